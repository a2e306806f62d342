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
        public var turn: String
        public var says: String
        public var reply: String
        public var score: ReplyScore
        public var reaction: String?
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
    /// True for the busy, curt persona (where the scene has one).
    public let busy: Bool
    private var turn = 0
    public private(set) var exchanges: [Exchange] = []
    private var scores: [ReplyScore] { exchanges.map(\.score) }
    public private(set) var finished = false

    /// A scene that goes round in circles ends after this many replies.
    public static let longest = 8

    public init(scenario: PracticeContent.Scenario, content: PracticeContent, checker: ReplyChecker, busy: Bool = false) {
        self.scenario = scenario
        self.content = content
        self.checker = checker
        self.busy = busy && scenario.hasBusyLevel
    }

    /// The scene and the other side's first line.
    public func start() -> [String] {
        [scenario.title, scenario.scene, say(.theySay, ["line": line(of: scenario.turns[0])]), say(.yourTurn)]
    }

    /// What they say at a turn, in the persona played.
    private func line(of turn: PracticeContent.Turn) -> String { busy ? turn.busySays ?? turn.says : turn.says }

    private func say(_ line: PracticeContent.Line, _ values: [String: String] = [:]) -> String {
        content.lines.say(line, values)
    }

    public mutating func reply(_ text: String) -> Reply {
        guard !finished else { return Reply(lines: [], outcome: nil) }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return Reply(lines: [say(.yourTurn)], outcome: nil) }
        var (lines, exchange) = assess(trimmed, turn: turn)
        exchanges.append(exchange)
        let branch = branch(for: exchange.score, trimmed, at: scenario.turns[turn])
        if let reaction = branch.say { lines.insert(say(.theySay, ["line": reaction]), at: 0) }
        if let next = branch.next, exchanges.count < Self.longest {
            turn = next
            lines += [say(.theySay, ["line": line(of: scenario.turns[next])]), say(.yourTurn)]
            return Reply(lines: lines, outcome: nil)
        }
        finished = true
        let outcome = summary()
        lines += closing(outcome)
        return Reply(lines: lines, outcome: outcome)
    }

    /// Blame, pressure or sarcasm gets the cold answer where the turn has one; otherwise the
    /// key decides.
    private func branch(for score: ReplyScore, _ reply: String, at turn: PracticeContent.Turn) -> PracticeContent.Branch {
        if let cold = turn.cold, score.cold != nil { return cold }
        return score.keyMet ? turn.yes : turn.no
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
        if let doubt = scored.doubt { lines.append(say(.coachsEar, ["reason": doubt])) }
        lines.append(better.map { say(.strongerLine, ["line": $0]) } ?? say(.nothingToAdd))
        let branch = branch(for: scored, reply, at: current)
        let exchange = Exchange(
            turn: current.id, says: line(of: current), reply: reply, score: scored, reaction: branch.say, stronger: better)
        return (lines, exchange)
    }

    private func summary() -> Outcome {
        let points = scores.reduce(0) { $0 + $1.points }
        let outOf = scores.reduce(0) { $0 + $1.outOf }
        var met: [Criterion: Bool] = [:]
        for result in scores.flatMap(\.results) { met[result.criterion] = (met[result.criterion] ?? true) && result.met }
        let passed = points * 100 >= content.passMark * outOf && scores.allSatisfy { $0.keyMet && $0.cold == nil && $0.doubt == nil }
        return Outcome(scenario: scenario.id, points: points, outOf: outOf, passed: passed, met: met)
    }

    /// The score, pass or not, and the one or two things to work on next.
    private func closing(_ outcome: Outcome) -> [String] {
        let score = ["points": String(outcome.points), "outOf": String(outcome.outOf), "passMark": String(content.passMark)]
        var lines = [say(outcome.passed ? .scenarioPassed : .scenarioNotYet, score)]
        // Enough points, but the skill this scene turns on was missed, or a reply went cold.
        if !outcome.passed, outcome.points * 100 >= content.passMark * outcome.outOf {
            if let key = scores.first(where: { !$0.keyMet })?.key, let text = content.criteria[key] {
                lines.append(say(.keyMissed, ["name": text.name]))
            } else if let cold = scores.lazy.compactMap(\.cold).first {
                lines.append(say(.coldFails, ["reason": cold]))
            } else if let doubt = scores.lazy.compactMap(\.doubt).first {
                lines.append(say(.doubtFails, ["reason": doubt]))
            }
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
