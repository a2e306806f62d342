import Foundation
import RingbackCoach
import RingbackContent
import RingbackCore
import RingbackStore

/// Runs a role-play over a line source (the shell's, or the command's own) and saves the
/// result in the store.
enum Practice {
    static func run(choice: String?, session: Session, source: LineSource) {
        let practice = session.content.practice
        var picked = choice.flatMap(practice.scenario)
        if let choice, picked == nil { Console.print("No scenario matches '\(choice)'.") }
        while picked == nil {
            Console.print(list(practice))
            Console.print("Which one? (number or name, empty to stop)")
            guard case .line(let answer) = source.read(prompt: "  › ", remember: false), !answer.isEmpty else { return }
            picked = practice.scenario(answer)
        }
        guard let scenario = picked else { return }
        let settings = (try? session.store.settings()) ?? Settings()
        let checker = ReplyChecker(now: session.currentTime(), calendar: session.scheduler(settings).calendar, settings: settings)
        var role = PracticeSession(scenario: scenario, content: practice, checker: checker)
        for line in role.start() { Console.print(line) }
        while !role.finished {
            switch source.read(prompt: "  › ", remember: false) {
            case .end: return Console.print("Practice stopped; nothing recorded.")
            case .interrupt: Console.print(practice.lines.say(.yourTurn))
            case .line(let line):
                let reply = role.reply(line)
                for line in reply.lines { Console.print(line) }
                if let outcome = reply.outcome { save(outcome, session: session) }
            }
        }
    }

    /// One scenario a line: "1. get-back-to-you  "I'll get back to you" (sales)".
    /// One scenario in `practice --list --json`.
    struct Listed: Encodable {
        var number: Int
        var id: String
        var title: String
        var context: String
        var turns: Int
    }

    static func listing(_ practice: PracticeContent) -> [Listed] {
        practice.scenarios.enumerated().map {
            Listed(
                number: $0.offset + 1, id: $0.element.id, title: $0.element.title, context: $0.element.context.rawValue,
                turns: $0.element.turns.count)
        }
    }

    static func list(_ practice: PracticeContent) -> String {
        practice.scenarios.enumerated().map { "\($0.offset + 1). \($0.element.id)  \($0.element.title) (\($0.element.context.rawValue))" }
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
