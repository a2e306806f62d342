import ArgumentParser
import RingbackCore
import RingbackStore

/// `ringback delete TOUCH`: removes a touch logged by mistake; `undo` brings it back.
struct DeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Remove a touch logged by mistake (ids from `ringback touches NAME`); `ringback undo` brings it back.",
        discussion: "The history is recounted without it; a promise it had settled (an agreed call it kept) is open again.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The touch: the start of its id, as `ringback touches NAME` shows it.")
    var touch: String

    struct Deleted: Encodable {
        var contact: String
        var name: String
        var deleted: TouchView
        var reopened: [String]
        var next: StepView?
    }

    func run() throws {
        let session = try Session(global)
        let (contact, deleted, reopened, next, calendar) = try session.store.update(
            summary: "delete touch \(touch)", indexer: session.indexer
        ) {
            change -> (Contact, Touch, [Commitment], StepView?, BusinessCalendar) in
            let scheduler = session.scheduler(change.settings)
            var (contact, id) = try TouchLookup.find(touch, in: &change, session: session)
            var touches = try change.touches(of: contact.id)
            let (deleted, reopened) = try TouchCorrection.delete(id, contact: &contact, touches: &touches, calendar: scheduler.calendar)
            change.book.put(contact)
            change.replaceTouches(of: contact.id, with: touches)
            change.summary = "delete touch \(TouchView.ref(id)) with \(contact.name)"
            let next = scheduler.nextStep(for: contact, asOf: session.now).map {
                StepView($0, of: contact, content: session.content, now: session.now, calendar: scheduler.calendar)
            }
            return (contact, deleted, reopened, next, scheduler.calendar)
        }
        session.warnAboutColleagues([contact])
        if session.json {
            return try Output.json(
                Deleted(contact: contact.id, name: contact.name, deleted: TouchView(deleted), reopened: reopened.map(\.what), next: next))
        }
        Console.print("Deleted from \(contact.label)'s history: " + TouchView.line(deleted, now: session.now, calendar: calendar))
        for promise in reopened { Console.print("Open again (that touch had settled it): \(promise.what)") }
        if let next { Console.print("Next: " + next.detailed) }
        Console.print("`\(session.inShell ? "" : "ringback ")undo` brings it back.")
    }
}
