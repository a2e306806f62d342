import ArgumentParser
import RingbackCore

/// `ringback touches NAME`: a contact's touches with the ids `edit` and `delete` take.
struct TouchesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "touches", abstract: "A contact's touches with their ids, oldest first (for edit and delete).")

    @OptionGroup var global: GlobalOptions

    @Argument(
        help: ArgumentHelp("Enough of the name to pick one contact.", valueName: "name"), completion: CompletionCandidates.contactNames)
    var names: [String]
    /// The name as typed, unquoted words and all ("show dana ruiz").
    var name: String { names.joined(separator: " ") }

    struct Listing: Encodable {
        var contact: String
        var name: String
        var touches: [TouchView]
    }

    func run() throws { try Console.paged { try list() } }

    private func list() throws {
        let session = try Session(global)
        let file = try ContactLookup.find(name, in: session.store, session: session)
        if session.json {
            return try Output.json(Listing(contact: file.contact.id, name: file.contact.name, touches: file.touches.map(TouchView.init)))
        }
        let calendar = session.scheduler(try session.store.settings()).calendar
        let count = file.touches.count
        Console.print("\(file.contact.label): \(count) touch\(count == 1 ? "" : "es")")
        for touch in file.touches {
            Console.print("  \(TouchView.ref(touch.id))  " + TouchView.line(touch, now: session.now, calendar: calendar))
        }
        let command = session.inShell ? "" : "ringback "
        Console.print(
            count == 0
                ? "No touches yet."
                : "Correct one: `\(command)edit ID --note ...` (or --at, --channel, --outcome); remove one: `\(command)delete ID`.")
    }
}
