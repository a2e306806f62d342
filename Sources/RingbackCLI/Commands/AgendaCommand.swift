import ArgumentParser
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

    @Option(help: "Show at most this many follow-ups in each section (the counts stay whole).")
    var limit: Int?

    @Flag(help: "Only what you owe people (your to-dos), however far ahead.")
    var owed = false

    func validate() throws {
        guard (0...3650).contains(days) else { throw ValidationError("--days must be between 0 and 3650") }
        if let limit, limit < 1 { throw ValidationError("--limit must be 1 or more") }
    }

    func run() throws {
        let session = try Session(global)
        var schedule = try session.store.schedule(indexer: session.indexer)
        if owed {
            schedule.items = schedule.items.filter { $0.step.kind == .promised }
            let last = schedule.items.map(\.step.due).max() ?? session.now
            let calendar = session.scheduler(schedule.settings).calendar
            let days = max(self.days, calendar.dayNumber(last) - calendar.dayNumber(session.now) + 1)
            return try Console.paged { try Self.render(schedule, session, days: days, limit: limit) }
        }
        try Console.paged { try Self.render(schedule, session, days: days, limit: limit) }
    }

    static func render(_ schedule: Schedule, _ session: Session, days: Int, limit: Int? = nil) throws {
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
        var groups = [("Overdue", sections.overdue), ("Today", sections.today)]
        if days > 0 { groups.append(("Next \(days) day\(days == 1 ? "" : "s")", sections.upcoming)) }
        for (title, items) in groups {
            let heading = "\(title) (\(items.count))"
            Console.print(title == "Overdue" && !items.isEmpty ? heading.red.bold : heading.bold)
            if items.isEmpty { Console.print("  nothing") }
            let shown = limit.map { Array(items.prefix($0)) } ?? items
            for view in views(shown) { Console.print("  " + view.headline) }
            if shown.count < items.count {
                Console.print("  ... and \(items.count - shown.count) more (--limit \(items.count) shows them)")
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
