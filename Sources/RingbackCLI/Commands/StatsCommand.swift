import ArgumentParser
import Foundation
import RingbackCoach
import RingbackContent
import RingbackCore
import RingbackPostgres

/// `ringback stats`: practice progress per criterion beside real-world figures.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Your practice progress per skill, next to your real-world follow-up figures (--team: each rep's, on a team store).")

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Only what happened since this day (2026-11-01; default: all time).", valueName: "when"))
    var since: String?

    func run() throws { try Console.paged { try report() } }

    /// The moment `--since` names; a moment still ahead is refused.
    static func start(_ since: String, session: Session, settings: Settings) throws -> Date {
        let calendar = session.scheduler(settings).calendar
        let from = try WhenInput.read(since, option: "--since", settings: settings, calendar: calendar, now: session.now, allowPast: true)
        let start = from.when.timed ? from.when.date : calendar.startOfDay(from.when.date)
        guard start <= session.now else {
            let day = DateText.describe(from.when.date, timed: from.when.timed, now: session.now, calendar: calendar)
            throw RequestError.malformed(
                option: "--since", value: since, expected: "is \(day), still ahead; give a past day like 2026-11-01")
        }
        return start
    }

    /// "67%" for 2 of 3: rounded to the nearest whole percent.
    static func percent(_ part: Int, of whole: Int) -> Int {
        whole == 0 ? 0 : Int((Double(part) * 100 / Double(whole)).rounded())
    }

    private func report() throws {
        let session = try Session(global)
        let settings = try session.store.settings()
        let start = try since.map { try Self.start($0, session: session, settings: settings) }
        let practice = try session.store.practice().filter { $0.at >= start ?? .distantPast }
        if global.team {
            guard let store = session.store as? PostgresStore else { throw RequestError.needsTeamStore("stats --team") }
            // All time: the figures kept per contact and rep; a window: the touches in it.
            let figures =
                try start.map { start in
                    Dictionary(grouping: try store.activity(since: start).filter { $0.by != nil }) { $0.by ?? "" }
                        .mapValues { ActivityFigures(touches: $0) }
                } ?? store.figuresByRep()
            let team = TeamStats(figures: figures, practice: practice, now: session.now)
            if session.json { return try Output.json(team) }
            for line in team.lines { Console.print(line) }
            return
        }
        // All time: the figures kept per contact; a window: the touches in it.
        // On a team store, the touches you recorded, as the kept figures count them.
        let mine = { (touch: Touch) in (session.store as? PostgresStore)?.counts(touch) ?? true }
        let figures =
            try start.map { ActivityFigures(touches: try session.store.activity(since: $0).filter(mine)) } ?? session.store.figures()
        let stats = FollowUpStats(figures: figures, practice: practice, now: session.now)
        if session.json { return try Output.json(stats) }

        Console.print(
            "Practice (\(counted(practice.count, "scenario")); █ met, ▁ missed, oldest first; then the last \(FollowUpStats.weeks) weeks, · none)"
        )
        if stats.practice.isEmpty { Console.print("  none yet: \(session.hint(.practice))") }
        for criterion in Criterion.allCases {
            guard let results = stats.practice[criterion.rawValue], !results.isEmpty else { continue }
            let name = session.content.practice.criteria[criterion]?.name ?? criterion.rawValue
            let share = Self.percent(results.filter { $0 }.count, of: results.count)
            Console.print(
                "  \(name.padding(toLength: 34, withPad: " ", startingAt: 0)) \(FollowUpStats.chart(results).padding(toLength: 20, withPad: " ", startingAt: 0)) \("\(share)% of \(results.count)".padding(toLength: 10, withPad: " ", startingAt: 0)) by week \(FollowUpStats.weekly(stats.practiceByWeek[criterion.rawValue] ?? []))"
            )
        }
        Console.print("Your calls")
        if stats.conversations == 0 {
            Console.print("  no conversations logged yet")
        } else {
            Console.print(
                "  conversations that ended with a next time set: \(stats.conversationsWithNextTime) of \(stats.conversations) (\(Self.percent(stats.conversationsWithNextTime, of: stats.conversations))%)"
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
