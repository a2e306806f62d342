import ArgumentParser
import RingbackCore

/// `ringback stop NAME`: they asked us to stop.
struct StopCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stop", abstract: "Mark a contact do-not-contact: never scheduled again.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Who asked to stop.", valueName: "name"), completion: CompletionCandidates.contactNames) var names:
        [String]
    /// The name as typed, unquoted words and all ("show dana ruiz").
    var name: String { names.joined(separator: " ") }
    @Option(help: "Why, in a few words.") var reason: String?

    func run() throws {
        try StatusChange.apply(global, name: name, verb: "stop") { contact, session in
            contact.markDoNotContact(on: session.now, reason: reason)
        }
        if !global.json { Console.print("A clear no frees your time for people who can still say yes.") }
    }
}
