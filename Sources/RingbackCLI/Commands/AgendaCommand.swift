import ArgumentParser
import RingbackScheduler
import RingbackStore

/// `ringback agenda`: overdue, today and upcoming follow-ups.
struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda", abstract: "Follow-ups that are overdue, due today, and coming up.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "How many days ahead to show.")
    var days = 7

    func validate() throws {
        guard (0...3650).contains(days) else { throw ValidationError("--days must be between 0 and 3650") }
    }

    func run() throws {
        let session = try Session(global)
        try Self.render(try session.store.schedule(indexer: session.indexer), session, days: days)
    }

    static func render(_ schedule: Schedule, _ session: Session, days: Int) throws {
        let calendar = session.scheduler(schedule.settings).calendar
        let sections = Agenda.sections(schedule.items, now: session.now, calendar: calendar, days: days)
        func views(_ items: [RingbackCore.AgendaItem]) -> [StepView] {
            items.map { StepView($0, content: session.content, now: session.now, calendar: calendar) }
        }
        if session.json {
            try Output.json(views(sections.overdue + sections.today + sections.upcoming))
            return
        }
        var groups = [("Overdue", sections.overdue), ("Today", sections.today)]
        if days > 0 { groups.append(("Next \(days) day\(days == 1 ? "" : "s")", sections.upcoming)) }
        for (title, items) in groups {
            print("\(title) (\(items.count))")
            if items.isEmpty { print("  nothing") }
            for view in views(items) { print("  " + view.headline) }
        }
        if days == 0, sections.overdue.isEmpty, sections.today.isEmpty,
           let next = Agenda.mostImportant(schedule.items, now: session.now, calendar: calendar) {
            print("Nothing due today. Next up: " + StepView(next, content: session.content, now: session.now, calendar: calendar).headline)
        }
    }
}

import RingbackCore
