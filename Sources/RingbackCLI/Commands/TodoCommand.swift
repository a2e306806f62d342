import ArgumentParser
import Foundation
import RingbackCore
import RingbackStore
import RingbackWhen

/// `ringback todo NAME TEXT [--by WHEN] [--priority high] [--theirs]`: something the user owes
/// a contact (or, with `--theirs`, something the contact promised), put on the list without
/// logging a call; `done` settles it, `promise` changes it.
struct TodoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "todo",
        abstract: "Put something you owe a contact (or they promised you) on your list, without logging a call.",
        discussion: """
            A day at the end of the words ("... by friday") is read as --by. Without one it has no day yet: on today's
            list until done, never late.
            Examples:
              ringback todo dana send the case study --by friday
              ringback todo "Sam Lee" intro to our CTO --priority high
              ringback todo dana "send the budget" --by friday --theirs
            With --theirs it is their promise: your check-in comes the working day after its day.
            `ringback done NAME WORDS` settles it; `ringback promise NAME WORDS --by WHEN` moves it.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Whom you owe it to: enough of the name (quote a full name).", completion: CompletionCandidates.contactNames)
    var name: String

    @Argument(parsing: .remaining, help: "What you owe them (\"send the case study\").")
    var what: [String] = []

    @Option(help: ArgumentHelp("When you will do it by (\"friday\", \"tomorrow 10am\").", valueName: "when"))
    var by: String?

    @Option(help: "high puts it first among the to-dos of its day; normal is the default.")
    var priority: Priority = .normal

    @Flag(help: "It is their promise to you (\"send the budget\"), not yours.")
    var theirs = false

    struct Report: Encodable {
        var contact: String
        var name: String
        var todo: String
        var owner: String
        var due: String?
        var priority: String
    }

    func run() throws {
        guard !what.joined().trimmingCharacters(in: .whitespaces).isEmpty else {
            throw RequestError.empty(example: "ringback todo dana send the case study --by friday")
        }
        if theirs, priority == .high {
            throw RequestError.malformed(option: "--priority", value: "high", expected: "is for your own to-dos, not their promises")
        }
        let session = try Session(global)
        let (contact, todo, calendar) = try session.store.update(summary: "to-do for \(name)", indexer: session.indexer) {
            change -> (Contact, Commitment, BusinessCalendar) in
            let (name, words) = try ContactLookup.name(name, runningInto: what, in: &change.book)
            let text = words.joined(separator: " ").trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { throw RequestError.empty(example: "ringback todo dana send the case study --by friday") }
            let calendar = session.scheduler(change.settings).calendar
            var what = text
            var when = try by.map {
                try WhenInput.parse($0, option: "--by", settings: change.settings, calendar: calendar, now: session.now)
            }
            // "send pricing by friday", "send brochure friday": a day at the end of the words.
            if when == nil, let (rest, day) = Self.trailingDay(text, settings: change.settings, calendar: calendar, now: session.now) {
                what = rest
                when = day
            }
            var todo = Commitment(
                owner: theirs ? .them : .me, what: what, due: when?.date ?? session.now, timed: when?.timed ?? false,
                made: session.now, todo: !theirs, undated: when == nil)
            todo.priority = priority == .high ? .high : nil
            let (contact, _) = try change.editContact(named: name, session: session) { contact in contact.commitments.append(todo) }
            change.summary = theirs ? "promise of \(contact.name): \(what)" : "to-do for \(contact.name): \(what)"
            return (contact, todo, calendar)
        }
        if session.json {
            return try Output.json(
                Report(
                    contact: contact.id, name: contact.name, todo: todo.what, owner: todo.owner.rawValue,
                    due: todo.hasDay ? DateText.iso(todo.due, timed: todo.timed, calendar: calendar) : nil,
                    priority: todo.priority?.rawValue ?? Priority.normal.rawValue))
        }
        let line = RecordingText.todo(todo, now: session.now, calendar: calendar)
        Console.print(theirs ? "\(contact.label) owes you: \(line)." : "You owe \(contact.label): \(line).")
    }
}

extension TodoCommand {
    /// The words before a day that ends them, and the day: after "by" ("send pricing by friday
    /// morning"), or the last one to three words when they read whole as a day ("send brochure
    /// friday", "call back next tuesday"); nil when the words do not end with one.
    static func trailingDay(_ text: String, settings: Settings, calendar: BusinessCalendar, now: Date) -> (String, When)? {
        func day(_ words: String) -> When? {
            try? WhenInput.parse(words, option: "--by", settings: settings, calendar: calendar, now: now)
        }
        if let cut = text.range(of: " by ", options: .backwards), let when = day(String(text[cut.upperBound...])) {
            return (String(text[..<cut.lowerBound]), when)
        }
        let words = text.split(separator: " ").map(String.init)
        for count in stride(from: min(3, words.count - 1), through: 1, by: -1) {
            let tail = words.suffix(count).joined(separator: " ")
            guard let reading = WhenParser(now: now, calendar: calendar, settings: settings).read(tail),
                reading.matched.lowercased() == tail.lowercased(), let when = day(tail)
            else { continue }
            return (words.dropLast(count).joined(separator: " "), when)
        }
        return nil
    }
}

extension Priority: ExpressibleByArgument {}
