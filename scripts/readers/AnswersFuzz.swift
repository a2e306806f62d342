// libFuzzer entry point for the debrief answer reader (built by scripts/readers.sh answers fuzz).
// Any crash, hang or broken invariant is a finding.
import Foundation
import RingbackCore
import RingbackReading

private let calendar = BusinessCalendar(timeZone: TimeZone(identifier: "Europe/Paris")!, workingDays: Weekday.mondayToFriday)
private let triggers = ["pointless", "ignoring me", "waste of time", "giving up"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    // The first four bytes pick the reference moment (2001 to 2137), the rest is the answer.
    var seconds: UInt32 = 0
    for byte in bytes.prefix(4) { seconds = seconds << 8 | UInt32(byte) }
    let now = Date(timeIntervalSinceReferenceDate: TimeInterval(seconds))
    let text = String(decoding: bytes.dropFirst(4), as: UTF8.self)
    let reader = AnswerReader(now: now, calendar: calendar, settings: Settings(), discouragement: triggers, names: ["Dana Ruiz"])
    let reading = reader.read(text)
    // Every part names words of the answer; dates are never before today; no promise is empty.
    let words = [reading.outcome?.words, reading.next?.words, reading.notBefore?.words, reading.stop?.words, reading.referral?.words]
    for part in words.compactMap({ $0 }) + reading.promises.map(\.words) {
        precondition(text.contains(part), "a part's words are not in the answer")
    }
    for when in [reading.next?.value, reading.notBefore?.value].compactMap({ $0 }) + reading.promises.compactMap(\.due) {
        precondition(when.date >= calendar.startOfDay(now), "a date before today")
    }
    precondition(reading.promises.allSatisfy { !$0.what.isEmpty }, "an empty promise")
    precondition(reading.stop == nil || reading.softNo == nil, "a stop and a soft no at once")
    return 0
}
