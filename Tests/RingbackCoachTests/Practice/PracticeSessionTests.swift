import Foundation
import RingbackCoach
import RingbackContent
import RingbackCore
import RingbackTestSupport
import Testing

/// The role-play engine: scoring, the stronger line, the key skill, picking a scene.
struct PracticeSessionTests {
    static let practice = ShippedContent.content.practice

    func run(_ scenario: PracticeContent.Scenario, _ reply: String) -> (lines: [String], outcome: PracticeSession.Outcome?) {
        var role = PracticeSession(scenario: scenario, content: Self.practice, checker: ReplyCheckerTests.checker)
        let answer = role.reply(reply)
        return (answer.lines, answer.outcome)
    }

    @Test func scenariosArePickedByNumberOrName() {
        #expect(Self.practice.scenario("1")?.id == "get-back-to-you")
        #expect(Self.practice.scenario("told")?.id == "told-to-stop")
        #expect(Self.practice.scenario("Coffee")?.id == "lets-grab-coffee")
        #expect(Self.practice.scenario("99") == nil)
    }

    @Test func enoughPointsWithoutTheKeySkillIsNotAPass() throws {
        let scenario = try #require(Self.practice.scenario("told-to-stop"))
        let (lines, outcome) = run(scenario, "Thanks for your time, could I try you next quarter?")
        let result = try #require(outcome)
        #expect((result.points, result.outOf, result.passed) == (2, 3, false))
        #expect(lines.contains("Enough points, but this scene turns on one thing, and it was missed: Respected their no."))
        // Their words cannot be kept: they still ask for another call.
        #expect(lines.contains("A stronger line: " + scenario.turns[0].better))
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
