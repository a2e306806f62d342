import ArgumentParser
import RingbackCore
import RingbackStore

/// `ringback done NAME [WHAT]`: a promise is settled: something the user owed is done, or
/// something they owed arrived; `--cancel` calls it off. Either way it is kept on record.
struct DoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "done",
        abstract: "Settle a promise: what you owed is done, or what they owed came.",
        discussion: """
            WHAT is a word or two of the promise; without it, the earliest thing you owe them. --cancel calls it off instead;
            `done NAME agreed --cancel` takes back a time agreed with them that was saved by mistake.
            `ringback show NAME` lists open promises; settled ones stay on record (show --json, "settled").
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Whose promise.", completion: CompletionCandidates.contactNames)
    var name: String

    @Argument(parsing: .remaining, help: "A word or two of the promise (\"quote\", \"budget\").")
    var what: [String] = []

    @Flag(help: "Call it off rather than mark it done.")
    var cancel = false

    @Option(
        help: ArgumentHelp(
            "Also log the message it went in (email, text, mail): a touch, so the plan counts it as the message it asked for.",
            valueName: "channel"))
    var sent: String?

    struct Done: Encodable {
        var contact: String
        var name: String
        var settled: String
        var owner: String
        var how: String
        var stillOpen: [String]
    }

    func run() throws {
        let session = try Session(global)
        let how: Settlement = cancel ? .cancelled : .done
        let channel = try sent.map { try WordInput.channel($0, option: "--sent") }
        if channel != nil && cancel {
            throw RequestError.needs(option: "--sent", other: "no --cancel", why: ": what was called off was not sent")
        }
        let (contact, settled) = try session.store.update(summary: "done for \(name)", indexer: session.indexer) {
            change -> (Contact, Commitment) in
            let (name, rest) = try ContactLookup.name(name, runningInto: what, in: &change.book)
            let words = rest.joined(separator: " ").trimmingCharacters(in: .whitespaces)
            let (contact, settled) = try change.editContact(named: name, session: session) { contact -> Commitment in
                // "done rosa 'next step' --cancel": a time agreed by mistake is taken back.
                if cancel, !words.isEmpty, contact.openPromise(matching: words) == nil,
                    let agreed = contact.cancelAgreed(matching: words, at: session.now)
                {
                    return agreed
                }
                guard !contact.openPromises.isEmpty else { throw RequestError.nothingOwed(contact.label) }
                guard let settled = contact.settle(matching: words.isEmpty ? nil : words, how, at: session.now) else {
                    throw RequestError.noSuchTodo(words, owed: contact.openPromises.map(\.what))
                }
                return settled
            }
            change.summary = "\(how.rawValue): \(settled.what) (\(contact.name))"
            // "sent dana the quote": the message it went in is a touch too.
            if let channel, settled.owner == .me {
                let entry = TouchEntry(
                    target: .existing(id: contact.id), outcome: .sent, channel: channel, note: "sent \(settled.what)",
                    details: ContactDetails())
                _ = try TouchRecording(entry).apply(to: &change, session: session)
            }
            return (contact, settled)
        }
        let still = contact.openPromises.map(\.what)
        if session.json {
            return try Output.json(
                Done(
                    contact: contact.id, name: contact.name, settled: settled.what, owner: settled.owner.rawValue, how: how.rawValue,
                    stillOpen: still))
        }
        let verb = cancel ? "Cancelled" : settled.owner == .me ? "Done" : "Received"
        Console.print("\(verb): \(settled.what) (\(contact.label)).")
        if let channel, settled.owner == .me { Console.print("Logged \(channel.rawValue) (sent).") }
        if !still.isEmpty { Console.print("Still open: \(still.joined(separator: "; ")).") }
    }
}
