import Foundation
import RingbackCore
import RingbackTestSupport
import RingbackWhen
import Testing

/// A day of a month that is on no calendar ("the 31st of febuary") is named back as typed,
/// so the debrief and `understand` can say so instead of dropping it.
struct NoSuchDayTests {
    let parser = WhenFixtures.parser(Paris.date("2026-11-24T10:00"))

    @Test(arguments: [
        ("try him agian on the 31st of febuary", "31st of febuary"), ("call back april 31", "april 31"),
        ("feb 30 works", "feb 30"),
    ])
    func aDayOnNoCalendarIsNamed(text: String, day: String) {
        #expect(parser.noSuchDay(in: text)?.hasSuffix(day) == true, "\(String(describing: parser.noSuchDay(in: text)))")
        #expect(parser.read(text) == nil)
    }

    @Test(arguments: ["call her feb 28", "the 31st of december", "3rd try, no answer", "call thursday"])
    func aRealDayOrNoDayIsNot(text: String) {
        #expect(parser.noSuchDay(in: text) == nil, "\(text)")
    }
}
