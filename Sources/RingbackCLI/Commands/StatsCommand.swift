import ArgumentParser
import Foundation
import RingbackCoach
import RingbackContent

/// `ringback stats`: practice progress per criterion beside real-world figures.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "Your practice progress per skill, next to your real-world follow-up figures.")

    @OptionGroup var global: GlobalOptions

    func run() throws { try Console.paged { try report() } }

    private func report() throws {
        let session = try Session(global)
        let document = try session.load()
        let stats = FollowUpStats(
            touches: try session.store.touches(),
            practice: document.practice)
        if session.json { return try Output.json(stats) }

        Console.print(
            "Practice (\(document.practice.count) scenario\(document.practice.count == 1 ? "" : "s"); █ met, ▁ missed, oldest first)")
        if stats.practice.isEmpty { Console.print("  none yet: \(session.hint(.practice))") }
        for criterion in Criterion.allCases {
            guard let results = stats.practice[criterion.rawValue], !results.isEmpty else { continue }
            let name = session.content.practice.criteria[criterion]?.name ?? criterion.rawValue
            let share = results.filter { $0 }.count * 100 / results.count
            Console.print(
                "  \(name.padding(toLength: 34, withPad: " ", startingAt: 0)) \(FollowUpStats.chart(results).padding(toLength: 20, withPad: " ", startingAt: 0)) \(share)% of \(results.count)"
            )
        }
        Console.print("Your calls")
        if stats.conversations == 0 {
            Console.print("  no conversations logged yet")
        } else {
            Console.print(
                "  conversations that ended with a next time set: \(stats.conversationsWithNextTime) of \(stats.conversations) (\(stats.conversationsWithNextTime * 100 / stats.conversations)%)"
            )
        }
        if !stats.attemptsBeforeReplies.isEmpty {
            let average = Double(stats.attemptsBeforeReplies.reduce(0, +)) / Double(stats.attemptsBeforeReplies.count)
            Console.print(
                "  tries before a reply: \(String(format: "%.1f", average)) on average over \(stats.attemptsBeforeReplies.count) replies (most: \(stats.attemptsBeforeReplies.max()!))"
            )
        }
        if !stats.repliesByChannel.isEmpty {
            let parts = stats.repliesByChannel.sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }
            Console.print("  replies and conversations by channel: \(parts.joined(separator: ", "))")
        }
    }
}
