import ArgumentParser
import RingbackCore
import RingbackStore

/// `ringback forget NAME`: removes a contact and their history (a junk row from an import, a
/// duplicate nobody needs); `ringback undo` brings them back. Someone who asked not to be
/// contacted is kept unless `--force`, and then remembered as `Forgotten`.
struct ForgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget",
        abstract: "Remove a contact and their history; `ringback undo` brings them back.",
        discussion: """
            Someone who asked not to be contacted is kept, since the stop must be remembered; with --force they go, \
            and their name, email and phones are kept so an import cannot bring them back.
            Examples:
              ringback forget "Grand Totals"
              ringback forget dana --force
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Who: enough of the name.", valueName: "name"), completion: CompletionCandidates.contactNames)
    var names: [String]
    var name: String { names.joined(separator: " ") }

    @Flag(help: "Forget someone who asked not to be contacted (their email and phones are kept to skip them in imports).")
    var force = false

    struct Report: Encodable {
        var contact: String
        var name: String
        var touches: Int
        /// True when their name, email and phones were kept because they asked not to be contacted.
        var remembered: Bool
    }

    func run() throws {
        let session = try Session(global)
        let (report, forgotten) = try session.store.update(summary: "forget \(name)", indexer: session.indexer) {
            change -> (Report, Contact) in
            let contact = try ContactLookup.find(name, in: &change.book, session: session)
            let remembered = contact.status == .doNotContact
            if remembered && !force { throw RequestError.forgetStopped(contact.label) }
            let touches = try change.touches(of: contact.id).count
            change.book.remove(id: contact.id)
            if remembered { change.settings.forgotten = (change.settings.forgotten ?? []) + [Forgotten(contact)] }
            change.summary = "forget \(contact.label)"
            return (Report(contact: contact.id, name: contact.label, touches: touches, remembered: remembered), contact)
        }
        session.warnAboutColleagues([forgotten])
        if session.json { return try Output.json(report) }
        let kept = report.remembered ? " Their name, email and phones are kept so an import skips them." : ""
        Console.print(
            RecordingText.sentence("Forgot \(report.name) and \(counted(report.touches, "touch", "touches"))") + kept
                + " `ringback undo` brings them back.")
    }
}
