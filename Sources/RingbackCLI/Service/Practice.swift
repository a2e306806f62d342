import Foundation
import RingbackCoach
import RingbackContent
import RingbackCore
import RingbackStore

/// Runs a role-play over a line source (the shell's, or the command's own) and saves the
/// result in the store.
enum Practice {
    static func run(choice: String?, busy: Bool = false, session: Session, source: LineSource) {
        let practice = session.content.practice
        var picked = choice.flatMap(practice.scenario)
        if let choice, picked == nil { Console.print("No scenario matches '\(choice)'.") }
        if picked == nil, let advice = advice(session) { Console.print(advice) }
        while picked == nil {
            Console.print(list(practice))
            Console.print("Which one? (number or name, empty to stop)")
            guard case .line(let answer) = source.read(prompt: "  › ", remember: false), !answer.isEmpty else { return }
            picked = practice.scenario(answer)
        }
        guard let scenario = picked else { return }
        play(scenario, busy: busy, session: session, source: source)
    }

    /// The weakest skill so far and the scene (and drill) that trains it; nil before any practice.
    static func advice(_ session: Session) -> String? {
        let progress = PracticeProgress((try? session.store.practice()) ?? [])
        let practice = session.content.practice
        guard let weakest = progress.weakest, let scene = progress.suggestion(in: practice),
            let number = practice.scenarios.firstIndex(of: scene)
        else { return nil }
        let name = practice.criteria[weakest]?.name ?? weakest.rawValue
        let command = session.inShell ? "" : "ringback "
        return
            "Your weakest skill so far: \(name) (met \(progress.met) of \(progress.tries)). Try \(number + 1). \(scene.id), or `\(command)practice --drill \(weakest.rawValue)`."
    }

    /// Plays one scene (or drill) and saves its result.
    static func play(_ scenario: PracticeContent.Scenario, busy: Bool, session: Session, source: LineSource) {
        let practice = session.content.practice
        var role = PracticeSession(scenario: scenario, content: practice, checker: checker(session), busy: busy)
        // With --json the run is one document at its end: each exchange, its verdicts and the score.
        let show = { (line: String) in if !session.json { Console.print(line) } }
        for line in role.start() { show(line) }
        var outcome: PracticeSession.Outcome?
        while !role.finished {
            switch source.read(prompt: "  › ", remember: false) {
            case .end:
                show("Practice stopped; nothing recorded.")
                return printRun(role, outcome: nil, session: session)
            case .interrupt: show(practice.lines.say(.yourTurn))
            case .line(let line):
                let reply = role.reply(line)
                for line in reply.lines { show(line) }
                if let finished = reply.outcome {
                    outcome = finished
                    save(finished, session: session)
                }
            }
        }
        printRun(role, outcome: outcome, session: session)
    }

    /// A whole run in `practice --json`.
    struct Run: Encodable {
        var scenario: String
        var title: String
        var exchanges: [PracticeSession.Exchange]
        var finished: Bool
        var points: Int?
        var outOf: Int?
        var passed: Bool?
    }

    private static func printRun(_ role: PracticeSession, outcome: PracticeSession.Outcome?, session: Session) {
        guard session.json else { return }
        try? Output.json(
            Run(
                scenario: role.scenario.id, title: role.scenario.title, exchanges: role.exchanges, finished: outcome != nil,
                points: outcome?.points, outOf: outcome?.outOf, passed: outcome?.passed))
    }

    /// `practice SCENARIO --reply TEXT [--turn K]`: one reply scored against one turn, as a
    /// coach checks a line; nothing is saved.
    static func assess(_ reply: String, scenario choice: String, turn: Int, session: Session) throws {
        let practice = session.content.practice
        guard let scenario = practice.scenario(choice) else { throw RequestError.noScenario(choice, hint: session.hint(.listScenarios)) }
        guard scenario.turns.indices.contains(turn - 1) else {
            throw RequestError.malformed(
                option: "--turn", value: String(turn), expected: "is not a turn of \(scenario.id) (it has \(scenario.turns.count))")
        }
        let text = reply.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else {
            throw RequestError.empty(example: "ringback practice \(scenario.id) --reply \"Could I call you Tuesday at 10?\"")
        }
        let role = PracticeSession(scenario: scenario, content: practice, checker: checker(session))
        let (lines, exchange) = role.assess(text, turn: turn - 1)
        if session.json { return try Output.json(exchange) }
        Console.print(practice.lines.say(.theySay, ["line": exchange.says]))
        Console.print("> " + text)
        for line in lines { Console.print(line) }
        Console.print(
            exchange.score.passed
                ? "passed"
                : "not yet (pass mark \(practice.passMark)%\(exchange.score.keyMet ? "" : ", and the key skill was missed")"
                    + "\((exchange.score.cold ?? exchange.score.doubt).map { ", and \($0)" } ?? ""))")
    }

    private static func checker(_ session: Session) -> ReplyChecker {
        let settings = (try? session.store.settings()) ?? Settings()
        return ReplyChecker(now: session.currentTime(), calendar: session.scheduler(settings).calendar, settings: settings)
    }

    /// One scenario a line: "1. get-back-to-you  "I'll get back to you" (sales)".
    /// One scenario in `practice --list --json`.
    struct Listed: Encodable {
        var number: Int
        var id: String
        var title: String
        var context: String
        var turns: Int
        /// "friendly", and "busy" where the scene has a curt persona (`--busy`).
        var levels: [String]
    }

    static func listing(_ practice: PracticeContent) -> [Listed] {
        practice.scenarios.enumerated().map {
            Listed(
                number: $0.offset + 1, id: $0.element.id, title: $0.element.title, context: $0.element.context.rawValue,
                turns: $0.element.turns.count, levels: $0.element.hasBusyLevel ? ["friendly", "busy"] : ["friendly"])
        }
    }

    static func list(_ practice: PracticeContent) -> String {
        practice.scenarios.enumerated().map {
            "\($0.offset + 1). \($0.element.id)  \($0.element.title) (\($0.element.context.rawValue)\($0.element.hasBusyLevel ? ", --busy" : ""))"
        }
        .joined(separator: "\n")
    }

    private static func save(_ outcome: PracticeSession.Outcome, session: Session) {
        let record = PracticeRecord(
            scenario: outcome.scenario, at: session.currentTime(), points: outcome.points, outOf: outcome.outOf, passed: outcome.passed,
            met: Dictionary(uniqueKeysWithValues: outcome.met.map { ($0.key.rawValue, $0.value) }))
        do {
            try session.store.update(summary: "practice \(outcome.scenario)", indexer: session.indexer) {
                $0.addPractice(record)
            }
        } catch {
            Console.print("ringback: the result was not saved: \(error)")
        }
    }
}
