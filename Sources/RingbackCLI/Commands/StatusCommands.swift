import ArgumentParser
import RingbackCore
import RingbackStore

/// Shared body of the commands that change one contact's status.
enum StatusChange {
    static func apply(_ global: GlobalOptions, name: String, verb: String, _ body: @escaping (inout Contact, Session) -> Void) throws {
        let session = try Session(global)
        let contact = try session.store.update(summary: "\(verb) \(name)", indexer: session.indexer) { change -> Contact in
            var contact = try ContactLookup.find(name, in: change.document.contacts, session: session)
            body(&contact, session)
            let index = change.document.contacts.firstIndex { $0.id == contact.id }!
            change.document.contacts[index] = contact
            change.summary = "\(verb) \(contact.name)"
            return contact
        }
        if session.json { return try Output.json(["contact": contact.id, "name": contact.name, "status": contact.statusLabel]) }
        Console.print("\(contact.name): \(contact.statusLabel).")
    }
}

/// `ringback stop NAME`: they asked us to stop.
struct StopCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stop", abstract: "Mark a contact do-not-contact: never scheduled again.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Who asked to stop.", completion: CompletionCandidates.contactNames) var name: String
    @Option(help: "Why, in a few words.") var reason: String?

    func run() throws {
        try StatusChange.apply(global, name: name, verb: "stop") { contact, session in
            contact.markDoNotContact(on: session.now, reason: reason)
        }
        if !global.json { Console.print("A clear no frees your time for people who can still say yes.") }
    }
}

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

/// `ringback close NAME --won|--lost`: the follow-up is over, with an answer.
struct CloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "close", abstract: "Close a contact as won or lost: no more follow-ups.")

    enum Result: String, EnumerableFlag { case won, lost }

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Who.", completion: CompletionCandidates.contactNames) var name: String
    @Flag(help: "The answer.") var result: Result

    func run() throws {
        let status: ContactStatus = result == .won ? .won : .lost
        try StatusChange.apply(global, name: name, verb: "close") { contact, _ in
            contact.status = status
            contact.commitments.removeAll()
        }
    }
}

/// `ringback undo`: revert the last change.
struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo", abstract: "Revert the last change to the store (undo again to redo it).")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let session = try Session(global)
        let undone = try session.store.undo(indexer: session.indexer)
        if session.json { return try Output.json(["undone": undone]) }
        Console.print(undone.map { "Undid: \($0)." } ?? "Nothing to undo.")
    }
}
