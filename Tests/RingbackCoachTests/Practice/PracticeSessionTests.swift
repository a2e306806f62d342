import Foundation
import RingbackCoach
import RingbackContent
import RingbackCore
import RingbackTestSupport
import Testing

/// Both branches of every scenario in content/practice.yaml.
struct PracticeSessionTests {
    static let practice = ShippedContent.content.practice

    /// A strong and a weak reply for each scenario, as a trainee might type them.
    static let replies: [String: (good: String, weak: String)] = [
        "get-back-to-you": ("Of course. Could I call you Tuesday at 10, or is Thursday afternoon better?", "ok great, talk soon"),
        "send-information": ("Sure, I'll email you a one-pager today and call you Thursday at 2 to talk it through.", "ok will do"),
        "call-me-next-week": ("Great, which is better, Monday at 9 or Wednesday after lunch?", "sure, I'll call next week"),
        "voicemail-with-an-ask": (
            "Hi Tom, could you let me know by Thursday whether to extend the trial? I'll email you the details too.",
            "hi tom its me, call me back"
        ),
        "guidelines-up-front": (
            "Makes sense. I'll check in Friday, and if it's not a fit, just tell me; a no is completely fine.",
            "ok please keep us in mind"
        ),
        "cant-commit-to-a-time": (
            "Totally get it. Would 10 minutes Thursday at 4 or Friday at 8:30 be easier?", "no worries, call me whenever"
        ),
        "after-five-unanswered-calls": (
            "No problem at all, I know it gets busy. I'd like to settle the renewal by Friday; do you have ten minutes now?",
            "Finally! You never called me back."
        ),
        "two-option-note": (
            "Hi Chris, I haven't reached you, which usually means 1 you're busy but keen, or 2 it's off your list. Either is fine.",
            "Hi Chris, just checking in again."
        ),
        "final-opportunity": (
            "Hi Pat, I'll release the unit on Friday at noon unless I hear from you. If it's no longer right, that's completely fine.",
            "Hi Pat, are you still interested?"
        ),
        "interview-follow-up": (
            "Thank you, I enjoyed it. If I haven't heard by then, may I call you next Friday?", "thanks, looking forward to hearing back"
        ),
        "lets-grab-coffee": (
            "Love that! Are you free Wednesday at 8:30 or Thursday at noon? I'll text you a place.", "yes for sure, let's do it sometime"
        ),
        "told-to-stop": (
            "Understood, thank you for telling me. I'll take you off my list.", "Sorry! But could I maybe call you next quarter?"
        ),
    ]

    func run(_ scenario: PracticeContent.Scenario, _ reply: String) -> (lines: [String], outcome: PracticeSession.Outcome?) {
        var role = PracticeSession(scenario: scenario, content: Self.practice, checker: ReplyCheckerTests.checker)
        let answer = role.reply(reply)
        return (answer.lines, answer.outcome)
    }

    @Test func thereAreAtLeastTenScenariosAcrossContexts() {
        #expect(Self.practice.scenarios.count >= 10)
        #expect(Set(Self.practice.scenarios.map(\.context)) == Set(ContactContext.allCases))
        #expect(Set(Self.replies.keys) == Set(Self.practice.scenarios.map(\.id)))
    }

    @Test(arguments: practice.scenarios.map(\.id))
    func aStrongReplyGetsAgreementAndPasses(id: String) throws {
        let scenario = try #require(Self.practice.scenario(id))
        let (lines, outcome) = run(scenario, Self.replies[id]!.good)
        #expect(lines.first == "They say: " + (scenario.turns[0].yes.say ?? ""))
        let result = try #require(outcome)
        #expect(result.passed, "\(lines.joined(separator: "\n"))")
        #expect(lines.contains("score \(result.points)/\(result.outOf)"))
    }

    @Test(arguments: practice.scenarios.map(\.id))
    func aWeakReplyGetsTheOtherBranchAndAThingToWorkOn(id: String) throws {
        let scenario = try #require(Self.practice.scenario(id))
        let (lines, outcome) = run(scenario, Self.replies[id]!.weak)
        #expect(lines.first == "They say: " + (scenario.turns[0].no.say ?? ""))
        let result = try #require(outcome)
        #expect(!result.passed, "\(lines.joined(separator: "\n"))")
        #expect(lines.contains("Work on next:"))
        #expect(lines.contains { $0.hasPrefix("A stronger line: ") })
    }

    @Test func scenariosArePickedByNumberOrName() {
        #expect(Self.practice.scenario("1")?.id == "get-back-to-you")
        #expect(Self.practice.scenario("told")?.id == "told-to-stop")
        #expect(Self.practice.scenario("Coffee")?.id == "lets-grab-coffee")
        #expect(Self.practice.scenario("99") == nil)
    }

    @Test func enoughPointsWithoutTheKeySkillIsNotAPass() throws {
        let scenario = try #require(Self.practice.scenario("guidelines-up-front"))
        let (lines, outcome) = run(scenario, "Makes sense. I'll check in next week.")
        let result = try #require(outcome)
        #expect((result.points, result.outOf, result.passed) == (2, 3, false))
        #expect(lines.contains("Enough points, but this scene turns on one thing, and it was missed: Gave an easy way to say no."))
        #expect(
            lines.contains(
                "A stronger line: Makes sense. I'll check in next week. And if it turns out to be a no, just tell me; that's completely fine."
            ))
    }

    @Test func aReplyThatMeetsEverythingIsToldSo() throws {
        let scenario = try #require(Self.practice.scenario("get-back-to-you"))
        let (lines, _) = run(scenario, "Of course! Monday at 9 or Tuesday at 4, which works better for you?")
        #expect(lines.contains("That reply does everything this moment asks; keep it."))
        #expect(!lines.contains { $0.hasPrefix("A stronger line") })
    }

    @Test func anEmptyReplyIsAskedAgain() {
        var role = PracticeSession(scenario: Self.practice.scenarios[0], content: Self.practice, checker: ReplyCheckerTests.checker)
        #expect(role.reply("   ").lines == ["What do you say?"])
        #expect(!role.finished)
    }
}
