import ArgumentParser
import RingbackCore
import RingbackStore

/// `ringback rename NAME NEW-NAME`: correct a contact's name; the history stays.
struct RenameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rename", abstract: "Correct a contact's name (ringback rename \"Dana Ruis\" \"Dana Ruiz\"); the history stays.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The contact, as now named.", completion: CompletionCandidates.contactNames)
    var name: String

    @Argument(help: "The new name.")
    var newName: String

    func run() throws {
        let session = try Session(global)
        let wanted = newName.trimmingCharacters(in: .whitespaces)
        if let problem = ContactName.problem(with: wanted) { throw RequestError.recording(.unusableName(problem)) }
        let (old, contact) = try session.store.update(summary: "rename \(name)", indexer: session.indexer) { change -> (String, Contact) in
            let key = NameMatcher.normalize(wanted)
            let others = try session.store.candidates(for: wanted)
            let (contact, old) = try change.editContact(named: name, session: session) { contact -> String in
                if let other = others.first(where: { $0.id != contact.id && $0.key == key }) {
                    throw RequestError.nameTaken(other.company.map { "\(other.name) (\($0))" } ?? other.name)
                }
                let old = contact.name
                contact.rename(to: wanted)
                return old
            }
            change.summary = "rename \(old) to \(wanted)"
            return (old, contact)
        }
        session.warnAboutColleagues([contact])
        if session.json { return try Output.json(["contact": contact.id, "from": old, "name": contact.name]) }
        Console.print(RecordingText.sentence("Renamed \(old) to \(contact.label)"))
    }
}
