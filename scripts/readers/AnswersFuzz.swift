// libFuzzer entry point for the debrief answer reader (built by scripts/readers.sh answers fuzz).
// Any crash, hang or broken invariant is a finding.
import Foundation
import RingbackCore
import RingbackReading

private let triggers = ["pointless", "ignoring me", "waste of time", "giving up"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let (now, text) = fuzzInput(start, count)
    let reader = AnswerReader(now: now, calendar: fuzzCalendar, settings: Settings(), discouragement: triggers, names: ["Dana Ruiz"])
    let reading = reader.read(text)
    // Every part names words of the answer (their quoted words as the user would tell them,
    // `TheirVoice.quoted`); dates are never before today; no promise is empty.
    let told = TheirVoice.quoted(text)
    let words = [reading.outcome?.words, reading.next?.words, reading.notBefore?.words, reading.stop?.words, reading.referral?.words]
    for part in words.compactMap({ $0 }) + reading.promises.map(\.words) {
        precondition(text.contains(part) || told.contains(part), "a part's words are not in the answer")
    }
    for when in [reading.next?.value, reading.notBefore?.value].compactMap({ $0 }) + reading.promises.compactMap(\.due) {
        precondition(when.date >= fuzzCalendar.startOfDay(now), "a date before today")
    }
    precondition(reading.promises.allSatisfy { !$0.what.isEmpty }, "an empty promise")
    precondition(reading.stop == nil || reading.softNo == nil, "a stop and a soft no at once")
    return 0
}
