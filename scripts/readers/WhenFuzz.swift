// libFuzzer entry point for the date reader (built by scripts/readers.sh when fuzz).
// Any crash, hang or broken invariant is a finding.
import Foundation
import RingbackCore
import RingbackWhen

private let calendar = BusinessCalendar(timeZone: TimeZone(identifier: "Europe/Paris")!, workingDays: Weekday.mondayToFriday)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    // The first four bytes pick the reference moment (2001 to 2137), the rest is the text.
    var seconds: UInt32 = 0
    for byte in bytes.prefix(4) { seconds = seconds << 8 | UInt32(byte) }
    let now = Date(timeIntervalSinceReferenceDate: TimeInterval(seconds))
    let text = String(decoding: bytes.dropFirst(4), as: UTF8.self)
    let parser = WhenParser(now: now, calendar: calendar, settings: Settings())
    if let reading = parser.read(text) {
        precondition(!reading.matched.isEmpty, "empty match")
        precondition(reading.span.upperBound <= text.endIndex, "span out of bounds")
        if !reading.isPast {
            precondition(reading.when.date >= calendar.startOfDay(now), "a relative reading went back in time")
        }
    }
    return 0
}
