import RingbackCore
import Testing

struct RhythmTests {
    @Test(arguments: [
        ("30d", 30), ("30 days", 30), ("2w", 14), ("every 2 weeks", 14), ("every month", 30), ("monthly", 30), ("Quarterly", 91),
        ("every week", 7), ("3 months", 90), ("1y", 365), ("fortnightly", 14), ("every-other-week", 14), ("45", 45),
    ])
    func aRhythmAsPeopleTypeIt(text: String, days: Int) {
        #expect(Rhythm.days(text) == days)
    }

    @Test func whatIsNotARhythmIsRefused() {
        for text in ["sometimes", "0d", "-3d", "5y", "every", "", "30 parsecs", "99999999999999999999d"] {
            #expect(Rhythm.days(text) == nil, "\(text)")
        }
    }

    @Test func describedAsSaid() {
        #expect(Rhythm.describe(30) == "every month")
        #expect(Rhythm.describe(14) == "every 2 weeks")
        #expect(Rhythm.describe(45) == "every 45 days")
        #expect(Rhythm.describe(7) == "every week")
    }
}
