import Foundation
import RingbackCoach
import RingbackContent
import RingbackCore
import RingbackTestSupport
import Testing

/// The stronger line is chosen for what a reply missed and keeps what it did well.
struct StrongerLineTests {
    static let checker = ReplyCorpusTests.checker
    static let practice = ShippedContent.content.practice

    func turn(_ id: String) throws -> PracticeContent.Turn {
        try #require(Self.practice.scenarios.first { $0.id == id }).turns[0]
    }

    func suggest(_ reply: String, _ id: String) throws -> String? {
        let turn = try turn(id)
        let scored = ReplyScore(reply, turn: turn, checker: Self.checker, passMark: Self.practice.passMark)
        return StrongerLine.suggest(for: reply, scored: scored, turn: turn, checker: Self.checker)
    }

    @Test func everyModelLineMeetsItsWholeRubric() throws {
        for scenario in Self.practice.scenarios {
            for turn in scenario.turns {
                for criterion in turn.rubric {
                    let result = Self.checker.check(turn.better, criterion)
                    #expect(result.met, "\(scenario.id): the model line misses \(criterion.rawValue) (\(result.reason))")
                }
            }
        }
    }

    @Test func aGoodStartKeepsItsWordsAndGetsWhatItMissed() throws {
        let line = try #require(try suggest("Sure, I'll follow up next week.", "get-back-to-you"))
        #expect(line.hasPrefix("Sure, I'll follow up next week. "))
        #expect(line.contains("Tuesday at 10, or is Thursday at 2 better?"))
        let channel = try #require(try suggest("Happy to. Can we talk Thursday at 2 about it?", "send-information"))
        #expect(channel == "Happy to. Can we talk Thursday at 2 about it? I'll send it by email.")
        let warmer = try #require(try suggest("Could we say Thursday at 4 or Friday at 8:30?", "cant-commit-to-a-time"))
        #expect(warmer == "Totally understand. Could we say Thursday at 4 or Friday at 8:30?")  // goodwill goes first
    }

    @Test func pressureAndOneWordRepliesGetTheModelLine() throws {
        let model = try turn("get-back-to-you").better
        #expect(try suggest("You need to decide today or the price goes up.", "get-back-to-you") == model)
        #expect(try suggest("fine", "get-back-to-you") == model)
        #expect(
            try suggest("Sure, but can I just call you back in a month in case things change?", "told-to-stop")
                == (try turn("told-to-stop").better))
    }

    @Test func aReplyThatMeetsEverythingHasNothingToAdd() throws {
        #expect(try suggest("Of course! Monday at 9 or Tuesday at 4, which works better for you?", "get-back-to-you") == nil)
    }

    /// Over the whole corpus: every suggestion meets the turn's rubric, and suggestions vary
    /// with the reply.
    @Test func suggestionsAlwaysMeetTheRubricAndVary() throws {
        let rows = try ReplyCorpusTests.load("replies")
        var distinct: [String: Set<String>] = [:]
        for row in rows {
            let turn = try turn(row.scenario)
            guard let line = try suggest(row.reply, row.scenario) else { continue }
            for criterion in turn.rubric {
                #expect(Self.checker.check(line, criterion).met, "line \(row.line): '\(line)' misses \(criterion.rawValue)")
            }
            distinct[row.scenario, default: []].insert(line)
        }
        let varied = distinct.values.filter { $0.count >= 3 }.count
        print(
            "stronger lines: \(distinct.values.map(\.count).reduce(0, +)) distinct over \(rows.count) replies; \(varied) scenarios with 3 or more"
        )
        #expect(varied >= 6)
    }
}
