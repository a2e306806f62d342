import ArgumentParser
import RingbackCore
import RingbackStore

/// `ringback promise NAME [WHAT] --by WHEN | --text T | --priority P`: changes an open promise
/// (the user's to-do or theirs) in place: its day, its words, its priority.
struct PromiseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "promise",
        abstract: "Change an open promise: its day, its words or its priority.",
        discussion: """
            WHAT is a word or two of the promise; without it, the earliest thing you owe them. --by none takes its day away.
            Examples:
              ringback promise dana quote --by monday
              ringback promise dana quote --text "the revised quote with volume pricing"
              ringback promise sam budget --by "end of next week"
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Whose promise: enough of the name (quote a full name).", completion: CompletionCandidates.contactNames)
    var name: String

    @Argument(parsing: .remaining, help: "A word or two of the promise (\"quote\", \"budget\").")
    var what: [String] = []

    @Option(help: ArgumentHelp("Its new day (\"friday\", \"tomorrow 10am\"), or none.", valueName: "when"))
    var by: String?

    @Option(help: ArgumentHelp("Its new words.", valueName: "text"))
    var text: String?

    @Option(help: "high or normal (your own to-dos).")
    var priority: Priority?

    struct Report: Encodable {
        var contact: String
        var name: String
        var owner: String
        var before: String
        var after: String
        var due: String?
        var priority: String
    }

    func run() throws {
        guard by != nil || text != nil || priority != nil else {
            throw RequestError.needs(option: "promise", other: "--by WHEN, --text TEXT or --priority", why: " to say what changes")
        }
        if let text, text.trimmingCharacters(in: .whitespaces).isEmpty { throw RequestError.empty(example: "--text \"the revised quote\"") }
        let session = try Session(global)
        let (contact, before, after, calendar) = try session.store.update(summary: "change a promise of \(name)", indexer: session.indexer)
        {
            change -> (Contact, Commitment, Commitment, BusinessCalendar) in
            let (name, rest) = try ContactLookup.name(name, runningInto: what, in: &change.book)
            let words = rest.joined(separator: " ").trimmingCharacters(in: .whitespaces)
            let calendar = session.scheduler(change.settings).calendar
            let when: When?? = try by.map { typed in
                ["none", "no day", "-"].contains(typed.lowercased().trimmingCharacters(in: .whitespaces))
                    ? .none : try WhenInput.parse(typed, option: "--by", settings: change.settings, calendar: calendar, now: session.now)
            }
            let (contact, pair) = try change.editContact(named: name, session: session) { contact -> (Commitment, Commitment) in
                guard !contact.openPromises.isEmpty else { throw RequestError.nothingOwed(contact.label) }
                guard let before = contact.openPromise(matching: words.isEmpty ? nil : words),
                    let index = contact.commitments.firstIndex(of: before)
                else { throw RequestError.noSuchTodo(words, owed: contact.openPromises.map(\.what)) }
                var after = before
                if let when {
                    after.due = when?.date ?? after.made
                    after.timed = when?.timed ?? false
                    after.undated = when == nil ? true : nil
                }
                if let text { after.what = text.trimmingCharacters(in: .whitespaces) }
                if let priority { after.priority = priority == .high ? .high : nil }
                contact.commitments[index] = after
                return (before, after)
            }
            change.summary = "change a promise of \(contact.name): \(pair.1.what)"
            return (contact, pair.0, pair.1, calendar)
        }
        if session.json {
            return try Output.json(
                Report(
                    contact: contact.id, name: contact.name, owner: after.owner.rawValue, before: before.what, after: after.what,
                    due: after.hasDay ? DateText.iso(after.due, timed: after.timed, calendar: calendar) : nil,
                    priority: after.priority?.rawValue ?? Priority.normal.rawValue))
        }
        let whose = after.owner == .me ? "You owe \(contact.label)" : "\(contact.firstName) owes you"
        let was = RecordingText.todo(before, now: session.now, calendar: calendar)
        Console.print("\(whose): \(RecordingText.todo(after, now: session.now, calendar: calendar)) (was: \(was)).")
    }
}
