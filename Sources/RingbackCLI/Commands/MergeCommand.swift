import ArgumentParser
import RingbackCore
import RingbackStore

/// `ringback merge A B`: B was the same person as A: everything B held moves to A and B goes.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge", abstract: "Merge a duplicate into a contact: touches, promises and tidbits combined, nothing lost.",
        discussion: """
            ringback merge "Dana Ruiz" "Dana R." keeps Dana Ruiz and moves everything Dana R. held to her: touches, open and \
            settled promises, tidbits, snoozes, tags, and the details she lacked. Details both have with different values are \
            named, the kept contact's stay. A stop on either side stops the merged contact. `ringback undo` splits them again.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The contact to keep.", completion: CompletionCandidates.contactNames)
    var keep: String

    @Argument(help: "The duplicate to merge into it (it goes).", completion: CompletionCandidates.contactNames)
    var duplicate: String

    struct Merged: Encodable {
        var contact: String
        var name: String
        var removed: String
        var removedName: String
        var moved: MergeSummary
        var next: StepView?
    }

    func run() throws {
        let session = try Session(global)
        let (contact, gone, summary, next) = try session.store.update(summary: "merge \(duplicate) into \(keep)", indexer: session.indexer)
        {
            change -> (Contact, Contact, MergeSummary, StepView?) in
            let scheduler = session.scheduler(change.settings)
            var contact = try ContactLookup.find(keep, in: &change.book, session: session)
            let other = try ContactLookup.find(duplicate, in: &change.book, session: session)
            var touches = try change.touches(of: contact.id)
            let summary = try contact.absorb(
                other, theirTouches: try change.touches(of: other.id), touches: &touches, at: session.now, calendar: scheduler.calendar)
            change.book.remove(id: other.id)
            change.book.put(contact)
            change.replaceTouches(of: contact.id, with: touches)
            change.summary = "merge \(other.name) into \(contact.name)"
            let next = scheduler.nextStep(for: contact, asOf: session.now).map {
                StepView($0, of: contact, content: session.content, now: session.now, calendar: scheduler.calendar)
            }
            return (contact, other, summary, next)
        }
        session.warnAboutColleagues([contact, gone])
        if session.json {
            return try Output.json(
                Merged(contact: contact.id, name: contact.name, removed: gone.id, removedName: gone.name, moved: summary, next: next))
        }
        Console.print(
            "Merged \(gone.label) into \(contact.label): \(counted(summary.touches, "touch", "touches")), "
                + "\(counted(summary.promises, "open promise")), \(counted(summary.tidbits, "new tidbit")).")
        if !summary.filled.isEmpty { Console.print("Taken from \(gone.name): \(summary.filled.joined(separator: ", ")).") }
        if !summary.differing.isEmpty {
            Console.print("Kept \(contact.name)'s; \(gone.name) had \(summary.differing.joined(separator: "; ")).")
        }
        if summary.stopped { Console.print("\(gone.name) had asked not to be contacted: \(contact.name) is do-not-contact now.") }
        if let next { Console.print("Next: " + next.detailed) }
        Console.print("`\(session.inShell ? "" : "ringback ")undo` splits them again.")
    }
}
