import ArgumentParser
import RingbackCore
import RingbackStore

/// `ringback done NAME [WHAT]`: something the user owed a contact is done.
struct DoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "done",
        abstract: "Mark something you owed a contact as done: ringback done dana quote.",
        discussion: "Without WHAT, the earliest thing you owe them. `ringback show NAME` lists what you owe.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Who it was for.", completion: CompletionCandidates.contactNames)
    var name: String

    @Argument(parsing: .remaining, help: "A word or two of what it was (\"quote\"), when you owe them several things.")
    var what: [String] = []

    struct Done: Encodable {
        var contact: String
        var name: String
        var done: String
        var stillOwed: [String]
    }

    func run() throws {
        let session = try Session(global)
        let words = what.joined(separator: " ").trimmingCharacters(in: .whitespaces)
        let (contact, done) = try session.store.update(summary: "done for \(name)", indexer: session.indexer) {
            change -> (Contact, Commitment) in
            var contact = try ContactLookup.find(name, in: change.document.contacts, session: session)
            guard !contact.todos.isEmpty else { throw RequestError.nothingOwed(contact.label) }
            guard let done = contact.completeTodo(matching: words.isEmpty ? nil : words) else {
                throw RequestError.noSuchTodo(words, owed: contact.todos.map(\.what))
            }
            let index = change.document.contacts.firstIndex { $0.id == contact.id }!
            change.document.contacts[index] = contact
            change.summary = "done: \(done.what) for \(contact.name)"
            return (contact, done)
        }
        let still = contact.todos.map(\.what)
        if session.json { return try Output.json(Done(contact: contact.id, name: contact.name, done: done.what, stillOwed: still)) }
        Console.print("Done: \(done.what) for \(contact.label).")
        if !still.isEmpty { Console.print("Still owed: \(still.joined(separator: "; ")).") }
    }
}
