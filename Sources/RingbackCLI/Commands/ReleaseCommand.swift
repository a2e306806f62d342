import ArgumentParser
import RingbackCore

/// `ringback release NAME`: move to nurture.
struct ReleaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "release", abstract: "Release a contact to nurture: a light check-in every 90 days.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Who to release.", valueName: "name"), completion: CompletionCandidates.contactNames) var names: [String]
    /// The name as typed, unquoted words and all ("show dana ruiz").
    var name: String { names.joined(separator: " ") }
    @Flag(name: .customLong("override-stop"), help: "Release someone who asked not to be contacted: they said otherwise.")
    var overrideStop = false

    func run() throws {
        try StatusChange.apply(global, name: name, verb: "release") { contact, session in
            if contact.status == .doNotContact {
                guard overrideStop else {
                    throw RecordingError.doNotContact(name: contact.label, since: contact.stopped?.date, reason: contact.stopped?.reason)
                }
                contact.liftStop()
            }
            contact.release(on: session.now)
        }
    }
}
