import ArgumentParser
import Foundation
import Rainbow
import RingbackCore
import RingbackPostgres
import RingbackScheduler
import RingbackStore

/// `ringback agenda`: overdue, today and upcoming follow-ups.
struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda", abstract: "Follow-ups that are overdue, due today, and coming up.",
        discussion: """
            Narrow it for a power hour: --channel call --context sales --days 0 (today's sales calls), --tag q1,
            --company acme; --sort last-contact puts those you have not reached for longest first.
            """)

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

    @Option(help: "Only steps by this channel: call, email, text...", completion: CompletionCandidates.channels)
    var channel: String?

    @Option(help: "Only contacts with this tag.")
    var tag: String?

    @Option(help: "Only contacts of this context: sales, job-search, networking.", completion: CompletionCandidates.contexts)
    var context: String?

    @Option(help: "Only contacts whose company contains these words.")
    var company: String?

    @Option(help: ArgumentHelp("On a team store, this rep's agenda (a manager's view, a colleague away).", valueName: "rep"))
    var rep: String?

    /// The order within each section.
    enum Order: String, ExpressibleByArgument, CaseIterable {
        case due
        case lastContact = "last-contact"
    }

    @Option(help: "due (the default), or last-contact: the longest since a touch first.")
    var sort: Order = .due

    /// How many of each section the text shows unless told: a screenful, not thousands.
    static let shownByDefault = 25

    func validate() throws {
        guard (0...3650).contains(days) else { throw ValidationError("--days must be between 0 and 3650") }
        if let limit, limit < 1 { throw ValidationError("--limit must be 1 or more") }
        if all && limit != nil { throw ValidationError("--all and --limit cannot be used together") }
    }

    func run() throws {
        // Another rep's agenda is read from everyone's, then narrowed to their contacts.
        var options = global
        options.team = options.team || rep != nil
        let session = try Session(options)
        if rep != nil && !(session.store is PostgresStore) { throw RequestError.needsTeamStore("agenda --rep") }
        let filter = try AgendaFilter(
            channel: channel, tag: tag, context: context, company: company, rep: try rep.map { try Reps.find($0, in: session.store).rep })
        let limit = all ? nil : self.limit ?? (session.json ? nil : Self.shownByDefault)
        var counts: AgendaNarrowing?
        var days = self.days
        var schedule: Schedule
        // Narrowed or sorted otherwise, every step is read: the brief counts are by time only.
        if let limit, filter.isEmpty, sort == .due {
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
        var keep: ((RingbackCore.AgendaItem) -> Bool)?
        if !filter.isEmpty {
            let contacts =
                filter.needsContacts ? Dictionary(try session.store.directory().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }) : [:]
            keep = { filter.keeps($0, contact: contacts[$0.step.contact]) }
        }
        var lastContact: [String: Date]?
        if sort == .lastContact {
            var last: [String: Date] = [:]
            for touch in try session.store.activity() where last[touch.contact].map({ touch.at > $0 }) ?? true {
                last[touch.contact] = touch.at
            }
            lastContact = last
        }
        if counts == nil { days = reach(schedule.items.map(\.step.due), session.now, session.scheduler(schedule.settings).calendar) }
        session.warnIfNameless()
        // JSON is written as it is made, text through the pager.
        if session.json {
            return try Self.render(schedule, session, days: days, limit: limit, counts: counts, keep: keep, lastContact: lastContact)
        }
        try Console.paged {
            if !filter.isEmpty { Console.print("Only \(filter.description):") }
            try Self.render(schedule, session, days: days, limit: limit, counts: counts, keep: keep, lastContact: lastContact)
        }
    }

    /// How many days ahead to show: `--days`, or with `--owed` as far as the last promise.
    private func reach(_ dues: [Date], _ now: Date, _ calendar: BusinessCalendar) -> Int {
        guard owed, let last = dues.max() else { return days }
        return max(days, calendar.dayNumber(last) - calendar.dayNumber(now) + 1)
    }

    /// Shows the sections: only the steps `keep` keeps, once the agenda has chosen which apply
    /// today (a filter does not bring back a step that waits behind another); with
    /// `lastContact` (each contact's latest touch), ordered by it, the longest since first
    /// (never touched before all), each line saying when.
    static func render(
        _ schedule: Schedule, _ session: Session, days: Int, limit: Int? = nil, counts: AgendaNarrowing? = nil,
        keep: ((RingbackCore.AgendaItem) -> Bool)? = nil, lastContact: [String: Date]? = nil
    ) throws {
        let calendar = session.scheduler(schedule.settings).calendar
        var sections = Agenda.sections(schedule.items, now: session.now, calendar: calendar, days: days)
        if let keep {
            sections.overdue = sections.overdue.filter(keep)
            sections.today = sections.today.filter(keep)
            sections.upcoming = sections.upcoming.filter(keep)
        }
        if let lastContact {
            let order = { (a: RingbackCore.AgendaItem, b: RingbackCore.AgendaItem) in
                (lastContact[a.step.contact] ?? .distantPast) < (lastContact[b.step.contact] ?? .distantPast)
            }
            sections.overdue = sections.overdue.sorted(by: order)
            sections.today = sections.today.sorted(by: order)
            sections.upcoming = sections.upcoming.sorted(by: order)
        }
        func views(_ items: [RingbackCore.AgendaItem]) -> [StepView] {
            items.map { StepView($0, content: session.content, now: session.now, calendar: calendar) }
        }
        func line(_ view: StepView) -> String {
            guard let lastContact else { return view.headline }
            let last = lastContact[view.contact].map { "last touch \(DateText.dayName($0, calendar, now: session.now))" } ?? "never touched"
            return view.headline + " · " + last
        }
        if session.json {
            let all = [sections.overdue, sections.today, sections.upcoming].joined()
            return try Output.jsonArray(all.prefix(limit ?? Int.max)) {
                StepView($0, content: session.content, now: session.now, calendar: calendar)
                    .heldFor(schedule.settings.hours, now: session.now, calendar: calendar)
            }
        }
        var groups = [("Overdue", sections.overdue, counts?.overdue), ("Today", sections.today, counts?.today)]
        if days > 0 { groups.append(("Next \(counted(days, "day"))", sections.upcoming, counts?.upcoming)) }
        for (title, items, count) in groups {
            let total = count ?? items.count
            let heading = "\(title) (\(total))"
            Console.print(title == "Overdue" && total > 0 ? heading.red.bold : heading.bold)
            if total == 0 { Console.print("  nothing") }
            let shown = limit.map { Array(items.prefix($0)) } ?? items
            for view in views(shown) { Console.print("  " + line(view)) }
            if shown.count < total {
                Console.print("  ... and \(total - shown.count) more (--all shows them)")
            }
        }
        if days == 0, sections.overdue.isEmpty, sections.today.isEmpty,
            let next = Agenda.mostImportant(keep.map { schedule.items.filter($0) } ?? schedule.items, now: session.now, calendar: calendar)
        {
            Console.print(
                "Nothing due today. Next up: " + StepView(next, content: session.content, now: session.now, calendar: calendar).headline)
        }
    }
}
