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

    @Argument(help: ArgumentHelp("The contact.", valueName: "name"), completion: CompletionCandidates.contactNames)
    var names: [String]
    /// The name as typed, unquoted words and all ("show dana ruiz").
    var name: String { names.joined(separator: " ") }

    @Option(help: ArgumentHelp("The rep who takes it over, as they set `ringback config me`.", valueName: "rep"))
    var to: String

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
        let rep = to.trimmingCharacters(in: .whitespaces)
        if let problem = ContactName.problem(with: rep) {
            throw RequestError.malformed(option: "--to", value: to, expected: "is not a name: \(problem)")
        }
        let (contact, from) = try session.store.update(summary: "assign \(name) to \(rep)", indexer: session.indexer) {
            change -> (Contact, String?) in
            let (contact, from) = try change.editContact(named: name, session: session) { contact -> String? in
                defer { contact.owner = rep }
                return contact.owner
            }
            change.summary = "assign \(contact.name) to \(rep)"
            return (contact, from)
        }
        if session.json { return try Output.json(Assigned(contact: contact.id, name: contact.name, from: from, owner: rep)) }
        let was = from.map { $0 == rep ? " (already)" : " (was \($0)'s)" } ?? ""
        Console.print("\(contact.label) is now \(rep)'s contact\(was).")
    }
}
