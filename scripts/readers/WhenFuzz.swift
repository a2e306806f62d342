// libFuzzer entry point for the date reader (built by scripts/readers.sh when fuzz).
// Any crash, hang or broken invariant is a finding.
import Foundation
import RingbackCore
import RingbackWhen

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let (now, text) = fuzzInput(start, count)
    let parser = WhenParser(now: now, calendar: fuzzCalendar, settings: Settings())
    if let reading = parser.read(text) {
        precondition(!reading.matched.isEmpty, "empty match")
        precondition(reading.span.upperBound <= text.endIndex, "span out of bounds")
        if !reading.isPast {
            precondition(reading.when.date >= fuzzCalendar.startOfDay(now), "a relative reading went back in time")
        }
    }
    return 0
}
