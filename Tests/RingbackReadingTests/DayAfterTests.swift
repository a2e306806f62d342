import RingbackReading
import Testing

/// A day counted from the day just named, not from today (reference: Tue 24 Nov 2026).
struct DayAfterTests {
    func next(_ text: String) -> String? { AnswerCorpus.day(AnswerCorpus.reader.read(text).next?.value) }

    @Test(arguments: [
        ("committee decides dec 15, ill call her the day after", "2026-12-16"),
        ("assistant said the cfo is back jan 11. gonna call a week after that", "2027-01-18"),
        ("ana's out til the 14th. try the tuesday after that", "2026-12-15"),
        ("client wants candidates before the 4th, debrief call the friday after at 2", "2026-12-11T14:00"),
        ("got thru to tom, he said call him the tuesday after thanksgiving", "2026-12-01"),
        ("he presents to his boss thurs and we talk the day after", "2026-11-27"),
    ])
    func aDayAfterCountsFromTheDayNamed(text: String, day: String) {
        #expect(next(text) == day, "\(text)")
    }

    /// Without a day named before it, "the day after" is not invented; "after thanksgiving" alone stays as it was.
    @Test func noAnchorNoDayAfter() {
        #expect(next("call her the day after") == nil)
        #expect(next("said try after thanksgiving") == "2026-11-27")
    }
}

/// Days that are not a next contact: a start date, and "sat" as sitting.
struct NotAPlanTests {
    @Test func aStartDateIsNotANextContact() {
        let reading = AnswerCorpus.reader.read("spoke to dan, he accepted the offer!! start date jan 11")
        #expect(reading.next == nil)
        #expect(reading.decision?.value == .yes)
    }

    @Test func sittingIsNotSaturday() {
        #expect(AnswerCorpus.reader.read("ugh another no show. sat at the cafe for 30 min").next == nil)
        #expect(AnswerCorpus.day(AnswerCorpus.reader.read("showing booked, see them sat at 11").next?.value) == "2026-11-28T11:00")
    }
}
