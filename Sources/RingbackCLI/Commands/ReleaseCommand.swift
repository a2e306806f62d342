import ArgumentParser

/// `ringback release NAME`: move to nurture.
struct ReleaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "release", abstract: "Release a contact to nurture: a light check-in every 90 days.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Who to release.", completion: CompletionCandidates.contactNames) var name: String

    func run() throws {
        try StatusChange.apply(global, name: name, verb: "release") { contact, session in
            contact.release(on: session.now)
        }
    }
}
