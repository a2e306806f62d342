import ArgumentParser
import Foundation
import Rainbow
import RingbackCoach
import RingbackCore
import RingbackPostgres

/// `ringback review`: the week (or N days) looked back on.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Look back on the week: touches, replies, next times set, promises slipped, contacts going cold (--team: each rep's).")

    @OptionGroup var global: GlobalOptions

    @Option(help: "How many days to look back (7 by default, the week).")
    var days = 7

    func validate() throws {
        guard (1...3650).contains(days) else { throw ValidationError("--days must be between 1 and 3650") }
    }

    func run() throws { try Console.paged { try report() } }

    private func report() throws {
        let session = try Session(global)
        let calendar = session.scheduler(try session.store.settings()).calendar
        if global.team {
            guard let store = session.store as? PostgresStore else { throw RequestError.needsTeamStore("review --team") }
            let from = Review.start(days: days, now: session.now, calendar: calendar)
            let reps = try store.teamWeek(
                from: from, now: session.now, today: calendar.startOfDay(session.now),
                coldBefore: Review.coldBefore(now: session.now, calendar: calendar))
            let team = TeamReview(from: from, to: session.now, reps: reps)
            if session.json { return try Output.json(team) }
            Console.print(
                "Since \(DateText.describe(team.from, timed: false, now: session.now, calendar: calendar)) (\(counted(days, "day")))".bold)
            for line in team.lines { Console.print(line) }
            return
        }
        // On a team store, your own contacts and nobody's, as `next` and `agenda` show them.
        let files = try (session.store as? PostgresStore)?.ownContacts() ?? session.store.allContacts()
        let review = Review(
            touches: files.flatMap(\.touches).sorted { $0.at < $1.at }, contacts: files.map(\.contact), days: days, now: session.now,
            calendar: calendar)
        if session.json { return try Output.json(review) }
        func day(_ date: Date) -> String { DateText.describe(date, timed: false, now: session.now, calendar: calendar) }
        Console.print("Since \(day(review.from)) (\(counted(days, "day")))".bold)
        let outcomes = review.byOutcome.sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        Console.print("  touches: \(review.touches)\(outcomes.isEmpty ? "" : " (\(outcomes))")")
        if review.fromMail > 0 { Console.print("  of them from your mail (sync mail): \(review.fromMail)") }
        if review.fromCalendar > 0 { Console.print("  of them from your calendar (sync calendar): \(review.fromCalendar)") }
        Console.print("  replies and conversations: \(review.replies)")
        if review.conversations > 0 {
            Console.print(
                "  conversations that ended with a next time set: \(review.conversationsWithNextTime) of \(review.conversations) (\(StatsCommand.percent(review.conversationsWithNextTime, of: review.conversations))%)"
            )
        }
        Console.print("  promises kept: \(review.kept)")
        Console.print("Slipped (\(review.slipped.count))".bold)
        if review.slipped.isEmpty { Console.print("  nothing: every open promise is still ahead") }
        for promise in review.slipped {
            let who = promise.owner == Party.me.rawValue ? "you owe \(promise.name)" : "\(promise.name) owes you"
            Console.print("  \(who): \(promise.what) · was due \(day(promise.due))")
        }
        Console.print("Going cold (\(review.cold.count)): no reply for \(Review.coldAfterDays)+ days".bold)
        if review.cold.isEmpty { Console.print("  nobody") }
        for cold in review.cold {
            let since = cold.daysSinceReply.map { "last reply \($0) days ago" } ?? "never replied"
            Console.print("  \(cold.name) · \(since) · \(cold.triesSince) tries since")
        }
    }
}
