import Foundation
import RingbackContent
import RingbackCore

/// One role-play: the other side speaks, the trainee replies, each reply is scored and they
/// react to it. A pure state machine like `Debrief`: lines in, lines out.
public struct PracticeSession: Sendable {
    /// What a finished scenario records.
    public struct Outcome: Equatable, Sendable {
        public var scenario: String
        public var points: Int
        public var outOf: Int
        public var passed: Bool
        public var met: [Criterion: Bool]
    }

    /// One exchange as it went: what they said, the reply, its score, their reaction and
    /// the stronger line (for `practice --json`).
    public struct Exchange: Equatable, Sendable, Encodable {
        public var turn: Int
        public var says: String
        public var reply: String
        public var score: ReplyScore
        public var reaction: String
        public var stronger: String?
    }

    public struct Reply: Equatable, Sendable {
        public var lines: [String]
        /// Set when the scenario is over.
        public var outcome: Outcome?
    }

    public let scenario: PracticeContent.Scenario
    let content: PracticeContent
    let checker: ReplyChecker
    private var turn = 0
    public private(set) var exchanges: [Exchange] = []
    private var scores: [ReplyScore] { exchanges.map(\.score) }
    public private(set) var finished = false

    public init(scenario: PracticeContent.Scenario, content: PracticeContent, checker: ReplyChecker) {
        self.scenario = scenario
        self.content = content
        self.checker = checker
    }

    /// The scene and the other side's first line.
    public func start() -> [String] {
        [scenario.title, scenario.scene, say(.theySay, ["line": scenario.turns[0].says]), say(.yourTurn)]
    }

    private func say(_ line: PracticeContent.Line, _ values: [String: String] = [:]) -> String {
        content.lines.say(line, values)
    }

    public mutating func reply(_ text: String) -> Reply {
        guard !finished else { return Reply(lines: [], outcome: nil) }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return Reply(lines: [say(.yourTurn)], outcome: nil) }
        let current = scenario.turns[turn]
        var (lines, exchange) = assess(trimmed, turn: turn)
        exchanges.append(exchange)
        lines.insert(say(.theySay, ["line": exchange.reaction]), at: 0)
        turn += 1
        if turn < scenario.turns.count && (exchange.score.keyMet || !current.ends) {
            lines += [say(.theySay, ["line": scenario.turns[turn].says]), say(.yourTurn)]
            return Reply(lines: lines, outcome: nil)
        }
        finished = true
        let outcome = summary()
        lines += closing(outcome)
        return Reply(lines: lines, outcome: outcome)
    }

    /// Scores one reply against one turn (0-based) without playing the scene: the score,
    /// each criterion's verdict and the stronger line, and the exchange it makes.
    public func assess(_ reply: String, turn index: Int) -> (lines: [String], exchange: Exchange) {
        let current = scenario.turns[index]
        let scored = ReplyScore(reply, turn: current, checker: checker, passMark: content.passMark)
        let better = StrongerLine.suggest(for: reply, scored: scored, turn: current, checker: checker)
        var lines = [say(.replyScore, ["points": String(scored.points), "outOf": String(scored.outOf)])]
        for result in scored.results {
            let name = content.criteria[result.criterion]?.name ?? result.criterion.rawValue
            lines.append(say(result.met ? .criterionMet : .criterionMissed, ["name": name, "reason": result.reason]))
        }
        lines.append(better.map { say(.strongerLine, ["line": $0]) } ?? say(.nothingToAdd))
        let exchange = Exchange(
            turn: index + 1, says: current.says, reply: reply, score: scored, reaction: scored.keyMet ? current.yes : current.no,
            stronger: better)
        return (lines, exchange)
    }

    private func summary() -> Outcome {
        let points = scores.reduce(0) { $0 + $1.points }
        let outOf = scores.reduce(0) { $0 + $1.outOf }
        var met: [Criterion: Bool] = [:]
        for result in scores.flatMap(\.results) { met[result.criterion] = (met[result.criterion] ?? true) && result.met }
        let passed = points * 100 >= content.passMark * outOf && scores.allSatisfy(\.keyMet)
        return Outcome(scenario: scenario.id, points: points, outOf: outOf, passed: passed, met: met)
    }

    /// The score, pass or not, and the one or two things to work on next.
    private func closing(_ outcome: Outcome) -> [String] {
        let score = ["points": String(outcome.points), "outOf": String(outcome.outOf), "passMark": String(content.passMark)]
        var lines = [say(outcome.passed ? .scenarioPassed : .scenarioNotYet, score)]
        // Enough points, but the skill this scene turns on was missed.
        if !outcome.passed, outcome.points * 100 >= content.passMark * outcome.outOf,
            let key = scores.first(where: { !$0.keyMet })?.key, let text = content.criteria[key]
        {
            lines.append(say(.keyMissed, ["name": text.name]))
        }
        let missed = Criterion.allCases.filter { outcome.met[$0] == false }.prefix(2)
        if missed.isEmpty {
            lines.append(say(.nothingToFix))
        } else {
            lines.append(say(.workOnNext))
            for criterion in missed {
                if let text = content.criteria[criterion] { lines.append(say(.workOnItem, ["name": text.name, "tip": text.tip])) }
            }
        }
        return lines
    }
}
