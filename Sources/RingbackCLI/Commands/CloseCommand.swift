import ArgumentParser
import RingbackCore

/// `ringback close NAME --won|--lost`: the follow-up is over, with an answer.
struct CloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "close", abstract: "Close a contact as won or lost: no more follow-ups.")

    enum Result: String, EnumerableFlag { case won, lost }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Who.", valueName: "name"), completion: CompletionCandidates.contactNames) var names: [String]
    /// The name as typed, unquoted words and all ("show dana ruiz").
    var name: String { names.joined(separator: " ") }
    @Flag(help: "The answer.") var result: Result

    func run() throws {
        try StatusChange.apply(global, name: name, verb: "close") { contact, session in
            contact.close(won: result == .won, on: session.now)
        }
    }
}
