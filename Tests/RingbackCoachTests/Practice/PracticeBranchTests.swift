import Foundation
import RingbackCoach
import RingbackContent
import RingbackCore
import RingbackTestSupport
import Testing

/// Every branch of every scene in content/practice.yaml, played through the engine: the
/// scene is walked to each turn, then a reply that meets the key (the turn's model line), one
/// that misses it, and one with blame (where the turn has a cold answer) each lead where the
/// content says.
struct PracticeBranchTests {
    static let practice = ShippedContent.content.practice
    static let miss = "Let me think about it."
    static let blame = "You never get back to me."

    enum Kind: String, CaseIterable { case yes, no, cold }

    static func reply(_ kind: Kind, at turn: PracticeContent.Turn) -> String {
        switch kind {
        case .yes: turn.better
        case .no: miss
        case .cold: blame
        }
    }

    static func branch(_ kind: Kind, of turn: PracticeContent.Turn) -> PracticeContent.Branch? {
        switch kind {
        case .yes: turn.yes
        case .no: turn.no
        case .cold: turn.cold
        }
    }

    /// The replies that lead from the first turn to `target` (shortest way).
    static func path(to target: Int, in scenario: PracticeContent.Scenario) -> [String]? {
        var paths: [Int: [String]] = [0: []]
        var queue = [0]
        while !queue.isEmpty {
            let index = queue.removeFirst()
            if index == target { return paths[index] }
            let turn = scenario.turns[index]
            for kind in Kind.allCases {
                guard let next = branch(kind, of: turn)?.next, paths[next] == nil else { continue }
                paths[next] = paths[index]! + [reply(kind, at: turn)]
                queue.append(next)
            }
        }
        return nil
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let scenario: String
        let turn: Int
        let kind: String
        var testDescription: String { "\(scenario) turn \(turn + 1) \(kind)" }
    }

    static let cases: [Case] = practice.scenarios.flatMap { scenario in
        scenario.turns.indices.flatMap { index in
            Kind.allCases.filter { branch($0, of: scenario.turns[index]) != nil }.map {
                Case(scenario: scenario.id, turn: index, kind: $0.rawValue)
            }
        }
    }

    @Test(arguments: cases)
    func eachBranchLeadsWhereTheContentSays(_ test: Case) throws {
        let scenario = try #require(Self.practice.scenario(test.scenario))
        let turn = scenario.turns[test.turn]
        let kind = try #require(Kind(rawValue: test.kind))
        let branch = try #require(Self.branch(kind, of: turn))
        var role = PracticeSession(scenario: scenario, content: Self.practice, checker: ReplyCheckerTests.checker)
        for step in try #require(Self.path(to: test.turn, in: scenario)) {
            #expect(role.reply(step).outcome == nil, "the way to the turn ended early")
        }
        let answer = role.reply(Self.reply(kind, at: turn))
        let exchange = try #require(role.exchanges.last)
        #expect(exchange.turn == turn.id)
        #expect(exchange.score.keyMet == (kind == .yes), "\(exchange.score.results)")
        if let say = branch.say { #expect(answer.lines.first == "They say: " + say) }
        if let next = branch.next, role.exchanges.count < PracticeSession.longest {
            #expect(answer.outcome == nil)
            #expect(answer.lines.suffix(2) == ["They say: " + scenario.turns[next].says, "What do you say?"])
        } else {
            let outcome = try #require(answer.outcome)
            #expect(answer.lines.contains { $0.hasPrefix("Scenario score \(outcome.points)/\(outcome.outOf)") })
        }
    }

    /// The model line at every turn plays the scene through to a pass; missing every key
    /// ends without one.
    @Test(arguments: practice.scenarios.map(\.id))
    func modelLinesPassAndMissesDoNot(id: String) throws {
        let scenario = try #require(Self.practice.scenario(id))
        var role = PracticeSession(scenario: scenario, content: Self.practice, checker: ReplyCheckerTests.checker)
        var outcome: PracticeSession.Outcome?
        var turn = 0
        while outcome == nil {
            let answer = role.reply(scenario.turns[turn].better)
            outcome = answer.outcome
            if let next = scenario.turns[turn].yes.next { turn = next }
        }
        #expect(outcome?.passed == true, "\(scenario.id): \(String(describing: outcome))")
        var missing = PracticeSession(scenario: scenario, content: Self.practice, checker: ReplyCheckerTests.checker)
        var end: PracticeSession.Outcome?
        while end == nil { end = missing.reply(Self.miss).outcome }
        #expect(end?.passed == false)
    }

    /// Twenty scenes or more across the three contexts; most run three to five exchanges
    /// along their longest way.
    @Test func scenesAreWholeConversations() {
        let scenarios = Self.practice.scenarios
        #expect(scenarios.count >= 20)
        #expect(Set(scenarios.map(\.context)) == Set(ContactContext.allCases))
        func longest(_ scenario: PracticeContent.Scenario, from index: Int, seen: Set<Int>) -> Int {
            let turn = scenario.turns[index]
            let nexts = [turn.yes.next, turn.no.next, turn.cold?.next].compactMap { $0 }.filter { !seen.contains($0) }
            return 1 + (nexts.map { longest(scenario, from: $0, seen: seen.union([$0])) }.max() ?? 0)
        }
        let lengths = scenarios.map { longest($0, from: 0, seen: [0]) }
        let whole = lengths.filter { (3...5).contains($0) }.count
        print("practice scenes: \(scenarios.count); exchanges along the longest way: \(lengths.map(String.init).joined(separator: ", "))")
        #expect(whole * 2 > scenarios.count)
        #expect(scenarios.filter(\.hasBusyLevel).count >= 10)
    }

    @Test func theBusyPersonaSpeaksCurtly() throws {
        let scenario = try #require(Self.practice.scenario("get-back-to-you"))
        let busy = PracticeSession(scenario: scenario, content: Self.practice, checker: ReplyCheckerTests.checker, busy: true)
        #expect(busy.start().contains("They say: Right, I've got another call. I'll get back to you."))
        let friendly = PracticeSession(scenario: scenario, content: Self.practice, checker: ReplyCheckerTests.checker)
        #expect(friendly.start().contains("They say: " + scenario.turns[0].says))
    }
}
