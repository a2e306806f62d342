import Foundation
import Testing

struct WhenCommandTests {
    let ringback = RingbackProcess()

    @Test func printsADayOrADayAndTime() throws {
        #expect(try ringback.run(["when", "--now", "2026-11-22T16:30", "thursday"]).stdout == "2026-11-26\n")
        #expect(
            try ringback.run(["when", "--now", "2026-11-22T16:30", "yeah", "she", "said", "thursday", "after", "lunch"]).stdout
                == "2026-11-26T13:00\n")
    }

    @Test func jsonGivesTheSpanAndWeekday() throws {
        let text = "he said try him again on the 14th after 3"
        let json = try #require(try ringback.run(["when", "--json", "--now", "2026-11-22T16:30", text]).json() as? [String: Any])
        #expect(json["date"] as? String == "2026-12-14T15:00")
        #expect(json["weekday"] as? String == "mon")
        #expect(json["matched"] as? String == "the 14th after 3")
        #expect(json["start"] as? Int == 25)
        #expect(json["end"] as? Int == text.count)
        #expect(json["echo"] as? String == "Mon 14 Dec, 15:00")
    }

    /// "his time" has no contact here: read on the user's clock, and said so.
    @Test func theirTimeWithoutAContactIsSaid() throws {
        let result = try ringback.run(["when", "--now", "2026-11-22T16:30", "tomorrow at 9am his time"])
        #expect(result.stdout.hasPrefix("2026-11-23T09:00\nNot sure: read on your clock;"), "\(result.stdout)")
        let json = try #require(try ringback.run(["when", "--json", "--now", "2026-11-22T16:30", "10am pacific"]).json() as? [String: Any])
        #expect(json["zone"] as? String == "America/Los_Angeles")
    }

    @Test func noDateIsExitOne() throws {
        for text in ["we talked for 20 minutes", "sometime", ""] {
            let result = try ringback.run(["when", text])
            #expect(result.status == 1, "\(text)")
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
    }

    @Test func logReadsEverydayWordsAndEchoesThem() throws {
        let result = try ringback.run(["log", "Dana", "--outcome", "connected", "--next", "tuesday at 10", "--now", "2026-11-20T10:00"])
        #expect(result.stdout.contains("Understood --next 'tuesday at 10': Tue 24 Nov, 10:00."))
        #expect(result.stdout.contains("Next: Call Dana · Tue 24 Nov, 10:00"))
        let vague = try ringback.run(["log", "Dana", "--outcome", "connected", "--next", "sometime soon"])
        #expect(vague.status == 1)
        #expect(vague.stderr.contains("which day?"))
    }
}
