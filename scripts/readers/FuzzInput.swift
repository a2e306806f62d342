// What both fuzzers share (compiled with each by scripts/readers.sh): how an input becomes
// a reference moment and a text, and the calendar they read against.
import Foundation
import RingbackCore

let fuzzCalendar = BusinessCalendar(timeZone: TimeZone(identifier: "Europe/Paris")!, workingDays: Weekday.mondayToFriday)

/// The first four bytes pick the reference moment (2001 to 2137), the rest is the text.
func fuzzInput(_ start: UnsafeRawPointer, _ count: Int) -> (now: Date, text: String) {
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    var seconds: UInt32 = 0
    for byte in bytes.prefix(4) { seconds = seconds << 8 | UInt32(byte) }
    return (Date(timeIntervalSinceReferenceDate: TimeInterval(seconds)), String(decoding: bytes.dropFirst(4), as: UTF8.self))
}
