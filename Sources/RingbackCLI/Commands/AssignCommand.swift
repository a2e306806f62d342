import ArgumentParser
import RingbackCore
import RingbackPostgres
import RingbackStore

/// `ringback assign NAME --to REP`: on a team store, hands a contact over to another rep.
struct AssignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign",
        abstract: "On a team store, hand a contact over to another rep: ringback assign \"Dana Ruiz\" --to Ana (undo takes it back).")

    @OptionGroup var global: GlobalOptions

    @Argument(
        help: ArgumentHelp("The contact; several separated by commas (\"dana, sam lee\").", valueName: "name"),
        completion: CompletionCandidates.contactNames)
    var names: [String] = []
    /// The name as typed, unquoted words and all ("show dana ruiz").
    var name: String { names.joined(separator: " ") }

    @Option(help: ArgumentHelp("The rep who takes it over, as they set `ringback config me`.", valueName: "rep"))
    var to: String

    @OptionGroup var selection: ContactSelection

    @Flag(help: "Every contact nobody owns (migrated or imported before a name was set), instead of names.")
    var allUnowned = false

    @Option(help: ArgumentHelp("Every contact of this rep (one who leaves), instead of names.", valueName: "rep"))
    var allFrom: String?

    /// What `assign --json` prints.
    struct Assigned: Encodable {
        var contact: String
        var name: String
        var from: String?
        var owner: String
    }

    func run() throws {
        let session = try Session(global)
        guard session.store is PostgresStore else { throw RequestError.needsTeamStore("assign") }
        if let problem = ContactName.problem(with: to.trimmingCharacters(in: .whitespaces)) {
            throw RequestError.malformed(option: "--to", value: to, expected: "is not a name: \(problem)")
        }
        // "ana" is Ana when she has contacts; a name nobody has yet may be a typo.
        let (rep, others) = try Reps.spelled(to, in: session.store)
        if let others, rep != session.local.me {
            let known = others.isEmpty ? "" : " (the reps with contacts: \(others.joined(separator: ", ")))"
            Output.warn("\(rep) has no contacts on this team yet\(known); check the spelling")
        }
        let whole = selection.tagged != nil || allUnowned || allFrom != nil
        let names = whole ? [] : ContactSelection.names(name)
        guard whole || !names.isEmpty else { throw RequestError.empty(example: "ringback assign dana --to Ana") }
        let ids =
            try allFrom.map { try Reps.find($0, in: session.store).contacts }
            ?? (allUnowned
                ? try session.store.directory().filter { $0.owner == nil }.map(\.id) : try selection.taggedIDs(in: session.store))
        if let ids, ids.isEmpty {
            if session.json { return try Output.json([Assigned]()) }
            return Console.print("Every contact has an owner; nothing changed.")
        }
        let assigned = try session.store.update(summary: "assign \(name) to \(rep)", indexer: session.indexer) {
            change -> [(Contact, String?)] in
            let assigned = try change.editContacts(named: names, ids: ids, session: session) { contact -> String? in
                defer { contact.owner = rep }
                return contact.owner
            }
            change.summary = assigned.count == 1 ? "assign \(assigned[0].0.name) to \(rep)" : "assign \(assigned.count) contacts to \(rep)"
            return assigned
        }
        let reports = assigned.map { Assigned(contact: $0.0.id, name: $0.0.name, from: $0.1, owner: rep) }
        guard ids == nil, assigned.count == 1, let (contact, from) = assigned.first else {
            if session.json { return try Output.json(reports) }
            Console.print("\(counted(assigned.count, "contact")) now \(rep)'s: \(assigned.map(\.0.name).joined(separator: ", ")).")
            return Console.print("`ringback undo` takes the whole batch back.")
        }
        if session.json { return try Output.json(reports[0]) }
        let was = from.map { $0 == rep ? " (already)" : " (was \($0)'s)" } ?? ""
        Console.print("\(contact.label) is now \(rep)'s contact\(was).")
    }
}
