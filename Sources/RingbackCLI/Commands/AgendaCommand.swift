import ArgumentParser
import Foundation
import Rainbow
import RingbackCore
import RingbackScheduler
import RingbackStore

/// `ringback agenda`: overdue, today and upcoming follow-ups.
struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda", abstract: "Follow-ups that are overdue, due today, and coming up.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "How many days ahead to show.")
    var days = 7

    @Option(
        help: "Show at most this many follow-ups in each section (the counts stay whole; text shows \(Self.shownByDefault) unless told).")
    var limit: Int?

    @Flag(help: "Show every follow-up (the default for --json).")
    var all = false

    @Flag(help: "Only what you owe people (your to-dos), however far ahead.")
    var owed = false

    /// How many of each section the text shows unless told: a screenful, not thousands.
    static let shownByDefault = 25

    func validate() throws {
        guard (0...3650).contains(days) else { throw ValidationError("--days must be between 0 and 3650") }
        if let limit, limit < 1 { throw ValidationError("--limit must be 1 or more") }
        if all && limit != nil { throw ValidationError("--all and --limit cannot be used together") }
    }

    func run() throws {
        let session = try Session(global)
        let limit = all ? nil : self.limit ?? (session.json ? nil : Self.shownByDefault)
        var counts: AgendaNarrowing?
        var days = self.days
        var schedule: Schedule
        if let limit {
            // Only the contacts that can be shown are read in full; the counts come from brief.
            schedule = try session.store.schedule(indexer: session.indexer) { settings, brief in
                let calendar = session.scheduler(settings).calendar
                let steps = owed ? brief.filter { $0.kind == .promised || $0.kind == .owed } : brief
                days = reach(steps.map(\.due), session.now, calendar)
                let narrowing = AgendaNarrowing(steps, now: session.now, calendar: calendar, days: days, limit: limit)
                counts = narrowing
                return narrowing.contacts
            }
        } else {
            schedule = try session.store.schedule(indexer: session.indexer)
        }
        if owed { schedule.items = schedule.items.filter { $0.step.kind == .promised || $0.step.kind == .owed } }
        if counts == nil { days = reach(schedule.items.map(\.step.due), session.now, session.scheduler(schedule.settings).calendar) }
        try Console.paged { try Self.render(schedule, session, days: days, limit: limit, counts: counts) }
    }

    /// How many days ahead to show: `--days`, or with `--owed` as far as the last promise.
    private func reach(_ dues: [Date], _ now: Date, _ calendar: BusinessCalendar) -> Int {
        guard owed, let last = dues.max() else { return days }
        return max(days, calendar.dayNumber(last) - calendar.dayNumber(now) + 1)
    }

    static func render(_ schedule: Schedule, _ session: Session, days: Int, limit: Int? = nil, counts: AgendaNarrowing? = nil) throws {
        let calendar = session.scheduler(schedule.settings).calendar
        let sections = Agenda.sections(schedule.items, now: session.now, calendar: calendar, days: days)
        func views(_ items: [RingbackCore.AgendaItem]) -> [StepView] {
            items.map { StepView($0, content: session.content, now: session.now, calendar: calendar) }
        }
        if session.json {
            let all = sections.overdue + sections.today + sections.upcoming
            try Output.json(views(limit.map { Array(all.prefix($0)) } ?? all))
            return
        }
        var groups = [("Overdue", sections.overdue, counts?.overdue), ("Today", sections.today, counts?.today)]
        if days > 0 { groups.append(("Next \(counted(days, "day"))", sections.upcoming, counts?.upcoming)) }
        for (title, items, count) in groups {
            let total = count ?? items.count
            let heading = "\(title) (\(total))"
            Console.print(title == "Overdue" && total > 0 ? heading.red.bold : heading.bold)
            if total == 0 { Console.print("  nothing") }
            let shown = limit.map { Array(items.prefix($0)) } ?? items
            for view in views(shown) { Console.print("  " + view.headline) }
            if shown.count < total {
                Console.print("  ... and \(total - shown.count) more (--all shows them)")
            }
        }
        if days == 0, sections.overdue.isEmpty, sections.today.isEmpty,
            let next = Agenda.mostImportant(schedule.items, now: session.now, calendar: calendar)
        {
            Console.print(
                "Nothing due today. Next up: " + StepView(next, content: session.content, now: session.now, calendar: calendar).headline)
        }
    }
}
