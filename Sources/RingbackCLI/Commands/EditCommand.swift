import ArgumentParser
import RingbackCore
import RingbackStore

/// `ringback edit TOUCH --note ...`: corrects one logged touch; `undo` takes it back.
struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Correct a logged touch: its time, channel, outcome or note (ids from `ringback touches NAME`).",
        discussion: "The contact's history is recounted from the corrected touches; `ringback undo` takes the edit back.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The touch: the start of its id, as `ringback touches NAME` shows it.")
    var touch: String

    @Option(
        help: ArgumentHelp("When it happened: \"yesterday at 3pm\", \"last friday\", \"3 days ago\", 2026-11-24T10:00.", valueName: "when"))
    var at: String?

    @Option(help: "How: call, email, text, mail, video, meeting.", completion: CompletionCandidates.channels)
    var channel: String?

    @Option(help: "What happened.", completion: CompletionCandidates.outcomes)
    var outcome: String?

    @Option(help: "The note (\"\" removes it).")
    var note: String?

    struct Edited: Encodable {
        var contact: String
        var name: String
        var before: TouchView
        var after: TouchView
    }

    func run() throws {
        let session = try Session(global)
        var edit = TouchEdit(note: note?.trimmingCharacters(in: .whitespacesAndNewlines))
        if let channel { edit.channel = try WordInput.channel(channel) }
        if let outcome { edit.outcome = try WordInput.outcome(outcome) }
        guard !edit.isEmpty || at != nil else { throw RequestError.nothingToEdit }
        let (contact, before, after, calendar) = try session.store.update(summary: "edit touch \(touch)", indexer: session.indexer) {
            change -> (Contact, Touch, Touch, BusinessCalendar) in
            let calendar = session.scheduler(change.settings).calendar
            var (contact, id) = try TouchLookup.find(touch, in: &change, session: session)
            var touches = try change.touches(of: contact.id)
            if let at, let old = touches.first(where: { $0.id == id }) {
                edit.at = try WhenInput.past(
                    at, option: "--at", keepingTimeOf: old.at, settings: change.settings, calendar: calendar, now: session.now)
            }
            let (before, after) = try TouchCorrection.edit(id, edit, contact: &contact, touches: &touches, calendar: calendar)
            change.book.put(contact)
            change.replaceTouches(of: contact.id, with: touches)
            change.summary = "edit touch \(TouchView.ref(id)) with \(contact.name)"
            return (contact, before, after, calendar)
        }
        if session.json {
            return try Output.json(Edited(contact: contact.id, name: contact.name, before: TouchView(before), after: TouchView(after)))
        }
        Console.print("Edited \(TouchView.ref(after.id)) with \(contact.label):")
        Console.print("  was: " + TouchView.line(before, now: session.now, calendar: calendar))
        Console.print("  now: " + TouchView.line(after, now: session.now, calendar: calendar))
    }
}
