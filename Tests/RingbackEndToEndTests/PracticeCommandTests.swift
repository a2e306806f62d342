import Foundation
import Testing

struct PracticeCommandTests {
    let ringback = RingbackProcess()

    @Test func listsOneScenarioALine() throws {
        let result = try ringback.run(["practice", "--list"])
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count >= 10)
        #expect(lines.first == "1. get-back-to-you  \"I'll get back to you\" (sales, --busy)")
    }

    /// A three-exchange scene through the real binary, piped: the ask, their counter-offer,
    /// what the call is for.
    @Test func aWholeSessionThroughPipedInputIsScoredAndSaved() throws {
        let good = try ringback.run(
            ["practice", "get-back-to-you", "--now", "2026-11-23T09:00"],
            input: """

                Could I call you Tuesday at 10, or is Thursday afternoon better?
                Sure, Friday works. Shall we say Friday at 10?
                Nothing yet. I'll send you a calendar invite today with the two questions we'll cover on Friday.

                """)
        #expect(good.status == 0)
        #expect(good.stdout.contains("What do you say?\nWhat do you say?\nscore 4/4"))
        #expect(good.stdout.contains("They say: Thursday's bad for me, actually. How about Friday?\nWhat do you say?\nscore 3/3"))
        #expect(good.stdout.contains("They say: Friday at 10 is fine. What do you need from me?"))
        #expect(good.stdout.contains("They say: Great, send it over. Talk Friday."))
        #expect(good.stdout.contains("Scenario score 10/10: passed."))
        let weak = try ringback.run(["practice", "1", "--now", "2026-11-24T09:00"], input: "ok talk soon\nok bye\n")
        #expect(weak.stdout.contains("They say: Yeah, maybe. I'll let you know."))
        #expect(weak.stdout.contains("Work on next:"))
        let stats = try #require(try ringback.run(["stats", "--json"]).json() as? [String: Any])
        let practice = try #require(stats["practice"] as? [String: [Bool]])
        #expect(practice["specific-day"] == [true, false])
        let chart = try ringback.run(["stats", "--now", "2026-11-25T09:00"]).stdout.split(separator: "\n").first {
            $0.contains("Asked for a specific day or time")
        }
        #expect(chart?.contains("█▁") == true)
        #expect(chart?.contains("50% of 2") == true)
        #expect(chart?.hasSuffix("by week ·······▄") == true)  // both runs fall in this week: half met
    }

    @Test func aDrillOnTheWeakestSkillIsSuggestedAndRun() throws {
        try ringback.run(["practice", "cant-commit-to-a-time", "--now", "2026-11-23T09:00"], input: "ok\nok\n")
        let suggested = try ringback.run(["practice"], input: "\n")
        #expect(suggested.stdout.hasPrefix("Your weakest skill so far: "))
        #expect(suggested.stdout.contains("`ringback practice --drill "))
        let drill = try ringback.run(
            ["practice", "--drill", "two options", "--now", "2026-11-24T09:00"],
            input: String(repeating: "Would Tuesday at 10 or Thursday at 3 be easier?\n", count: 5))
        #expect(drill.stdout.hasPrefix("Drill: Offered two options\n5 moments from different scenes"))
        #expect(drill.stdout.contains("Scenario score 5/5: passed."))
        #expect(try ringback.run(["practice", "--drill", "juggling"]).stderr.contains("is not a skill"))
        let stats = try #require(try ringback.run(["stats", "--json"]).json() as? [String: Any])
        #expect((stats["practice"] as? [String: [Bool]])?["two-options"] == [false, true])
    }

    @Test func oneReplyIsScoredWithoutPlayingTheScene() throws {
        let pushy = try ringback.run(["practice", "get-back-to-you", "--reply", "You need to decide today or the price goes up."])
        #expect(pushy.status == 0)
        #expect(pushy.stdout.contains("score 1/4"))
        #expect(pushy.stdout.contains("✗ Stayed gracious: \"you need to\" is pressure"))
        #expect(pushy.stdout.hasSuffix("not yet (pass mark 65%, and the key skill was missed, and \"you need to\" is pressure)\n"))
        let good = try #require(
            try ringback.run(["practice", "told", "--reply", "Understood, thanks. I'll take you off my list.", "--turn", "1", "--json"])
                .json() as? [String: Any])
        let score = try #require(good["score"] as? [String: Any])
        #expect(score["passed"] as? Bool == true && score["points"] as? Int == 3)
        #expect(try ringback.run(["practice", "1", "--reply", "hi", "--turn", "9"]).stderr.contains("is not a turn of get-back-to-you"))
        #expect(try ringback.run(["practice", "--reply", "hi"]).status == 1)
        // Nothing was saved: a single reply is a check, not a practice run.
        let stats = try #require(try ringback.run(["stats", "--json"]).json() as? [String: Any])
        #expect((stats["practice"] as? [String: [Bool]])?.isEmpty == true)
    }

    /// Issue #28: 0.4.0 gave full marks to pushing past a no in scene 20, and failed one
    /// movable slot in scene 6.
    @Test func pressurePastANoFailsAndAMovableSlotPasses() throws {
        let pushy = try ringback.run([
            "practice", "20", "--reply", "I understand. Can I ask what they're charging? I'm pretty sure I can beat it.",
        ])
        #expect(pushy.stdout.contains("\"what they're charging\" pushes past their answer"), "\(pushy.stdout)")
        #expect(pushy.stdout.hasSuffix("pushes past their answer)\n"))
        let slot = try ringback.run([
            "practice", "6", "--reply", "Fair enough. I'll pencil in Thursday at 8:30 for ten minutes; if it doesn't work, just move it.",
        ])
        #expect(slot.stdout.contains("✓ Offered two options: \"Thursday at 8:30\", and they can move it"), "\(slot.stdout)")
        #expect(slot.stdout.hasSuffix("passed\n"))
    }

    @Test func aWholeRunAsJSON() throws {
        let run = try #require(
            try ringback.run(["practice", "1", "--json", "--now", "2026-11-23T09:00"], input: "Sure, I'll follow up next week.\nok\n")
                .json()
                as? [String: Any])
        #expect(run["finished"] as? Bool == true && run["passed"] as? Bool == false)
        let exchange = try #require((run["exchanges"] as? [[String: Any]])?.first)
        #expect(exchange["reply"] as? String == "Sure, I'll follow up next week.")
        #expect((exchange["stronger"] as? String)?.hasPrefix("Sure, I'll follow up next week. So it doesn't slip") == true)
    }

    @Test func pickingFromTheListWorksToo() throws {
        let result = try ringback.run(["practice"], input: "told\nUnderstood, thank you for telling me. I'll take you off my list.\n")
        #expect(result.stdout.contains("Which one?"))
        #expect(result.stdout.contains("Being told to stop"))
        #expect(result.stdout.contains("Scenario score 3/3: passed."))
    }

    @Test func anUnknownScenarioIsAUserError() throws {
        let result = try ringback.run(["practice", "juggling"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("practice --list"))
    }

    @Test func realWorldFiguresComeFromLoggedCalls() throws {
        try ringback.run(["log", "Dana", "--outcome", "connected", "--next", "friday at 10", "--now", "2026-11-23T09:00"])
        try ringback.run(["log", "Tom", "--outcome", "no-answer", "--now", "2026-11-23T09:00"])
        try ringback.run(["log", "Tom", "--outcome", "replied", "--channel", "email", "--now", "2026-11-24T09:00"])
        let text = try ringback.run(["stats"]).stdout
        #expect(text.contains("conversations that ended with a next time set: 1 of 1 (100%)"))
        #expect(text.contains("tries before a reply: 1.0 on average over 1 replies"))
        #expect(text.contains("replies and conversations by channel:"))
    }
}
