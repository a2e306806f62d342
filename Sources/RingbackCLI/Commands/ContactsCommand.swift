import ArgumentParser
import RingbackCore
import RingbackPostgres
import RingbackScheduler
import RingbackStore

/// `ringback contacts`: everyone, with status and next step.
struct ContactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "contacts", abstract: "List contacts with their status and next step.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Only this status: active, waiting, released, won, lost, do-not-contact.", completion: CompletionCandidates.statuses)
    var status: String?

    @Option(help: "Only contacts with this label.")
    var tag: String?

    @Flag(help: "On a team store, only the contacts nobody owns (`ringback assign --all-unowned --to REP` hands them over).")
    var unowned = false

    @Option(
        help: "One page of the list: \(Self.pageSize) contacts a page, in name order. A team store's list on a terminal starts with page 1."
    )
    var page: Int?

    @Flag(help: "The whole list, even where a page would do.")
    var all = false

    static let pageSize = 50

    struct Row: Encodable {
        var id: String
        var name: String
        var company: String?
        var context: String
        var status: String
        var touches: Int
        var tags: [String]
        /// On a team store, whose contact it is.
        var owner: String?
        var next: StepView?
        /// With `--status waiting`: what they owe, and by when ("the budget · by Fri 27 Nov").
        var theyOwe: [String]?
    }

    /// What each listed contact owes the user, read from their records (`--status waiting`
    /// only: who owes me something is answered with what).
    private func owed(_ listed: [ContactSummary], _ session: Session, _ calendar: BusinessCalendar) throws -> [String: [String]] {
        guard status == "waiting" else { return [:] }
        var owed: [String: [String]] = [:]
        for summary in listed {
            guard let contact = try session.store.contact(id: summary.id)?.contact else { continue }
            owed[summary.id] = contact.commitments.filter { $0.owner == .them }.map { promise in
                promise.what + " · "
                    + (promise.hasDay
                        ? "by " + DateText.describe(promise.due, timed: promise.timed, now: session.now, calendar: calendar) : "no day yet")
            }
        }
        return owed
    }

    func run() throws {
        let session = try Session(global)
        let valid = ContactStatus.allCases.map(\.rawValue) + ["waiting"]
        if let status, !valid.contains(status) {
            throw RequestError.notOneOf(option: "--status", value: status, kind: "a status", choices: valid)
        }
        let team = session.store as? PostgresStore
        if unowned && team == nil { throw RequestError.needsTeamStore("contacts --unowned") }
        if let page, page < 1 {
            throw RequestError.malformed(option: "--page", value: String(page), expected: "is not a page; pages start at 1")
        }
        if page != nil && all { throw RequestError.needs(option: "--all", other: "no --page", why: ": it lists every page") }
        // A team's list on a terminal shows its first page: a million contacts are not read to fill one screen.
        let paged = page ?? (team != nil && Console.isTerminal && !session.json && !all ? 1 : nil)
        let (listed, total, schedule) = try contacts(session, team: team, page: paged)
        let calendar = session.scheduler(schedule.settings).calendar
        var next: [String: AgendaItem] = [:]
        for item in Agenda.current(schedule.items, now: session.now, calendar: calendar)
        where item.step.kind != .promised && item.step.kind != .owed {
            if next[item.step.contact] == nil { next[item.step.contact] = item }
        }
        session.warnIfNameless()
        let owes = try owed(listed, session, calendar)
        if session.json {
            return try Output.jsonArray(listed) { contact in
                Row(
                    id: contact.id, name: contact.name, company: contact.company, context: contact.context, status: contact.statusLabel,
                    touches: contact.touches, tags: contact.tags, owner: contact.owner,
                    next: next[contact.id].map { StepView($0, content: session.content, now: session.now, calendar: calendar) },
                    theyOwe: owes[contact.id])
            }
        }
        let pages = (total + Self.pageSize - 1) / Self.pageSize
        if listed.isEmpty, let paged, total > 0 {
            throw RequestError.malformed(
                option: "--page", value: String(paged),
                expected: "is past the end: there \(pages == 1 ? "is 1 page" : "are \(pages) pages")")
        }
        if listed.isEmpty {
            let kind = unowned ? "No contacts without an owner" : "No contacts"
            return Console.print("\(kind)\(status.map { " with status \($0)" } ?? "")\(tag.map { " tagged \($0)" } ?? "").")
        }
        let table = listed.map { contact in
            ContactTable.Row(
                name: contact.name, company: contact.company ?? "", status: contact.statusLabel, touches: String(contact.touches),
                next: next[contact.id].map { StepView.brief($0.step, now: session.now, calendar: calendar) } ?? "", owner: contact.owner)
        }
        // Everyone's list on a team says whose each contact is.
        let owners = team != nil && global.team
        Console.paged {
            for line in ContactTable.render(table, width: Console.isTerminal ? Console.width : nil, owners: owners) { Console.print(line) }
            for contact in listed { for what in owes[contact.id] ?? [] { Console.print("  \(contact.name) owes you: \(what)") } }
            if let paged, pages > 1 {
                let more = paged < pages ? "`ringback contacts\(global.team ? " --team" : "") --page \(paged + 1)` for more, " : ""
                Console.print("Page \(paged) of \(pages) · \(total) contacts. \(more)--all for everyone.")
            }
        }
    }

    /// The contacts listed (one page of them when `page` is given), how many there are in all,
    /// and the schedule their next steps come from. A team store reads only the page, unless
    /// a --status or --tag filter needs every record.
    private func contacts(_ session: Session, team: PostgresStore?, page: Int?) throws -> ([ContactSummary], Int, Schedule) {
        let offset = ((page ?? 1) - 1) * Self.pageSize
        if page != nil, let team, status == nil, tag == nil {
            let found = try team.directoryPage(unowned: unowned, offset: offset, limit: Self.pageSize, indexer: session.indexer)
            return (found.contacts, found.total, found.schedule)
        }
        let schedule = try session.store.schedule(indexer: session.indexer)
        // On a team store: your own contacts and nobody's, everyone's with --team.
        let listed = try session.store.directory()
            .filter { team?.shows(owner: $0.owner) ?? true }
            .filter { !unowned || $0.owner == nil }
            .filter { status == nil || $0.statusLabel == status || (status == "active" && $0.status == .active) }
            .filter { contact in tag.map { contact.tags.contains($0.lowercased()) } ?? true }
            .sorted { $0.key < $1.key }
        guard page != nil else { return (listed, listed.count, schedule) }
        return (Array(listed.dropFirst(offset).prefix(Self.pageSize)), listed.count, schedule)
    }
}
