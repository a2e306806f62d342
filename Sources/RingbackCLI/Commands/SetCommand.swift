import ArgumentParser
import RingbackCore
import RingbackStore

/// `ringback set NAME --company … --tag …`: changes a contact's details without logging a
/// touch; `ringback undo` takes the change back.
struct SetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Change a contact's details without logging a call: company, email, phone, cadence, tags...",
        discussion: """
            Nothing is added to the history; `ringback undo` takes it back. An empty value clears a detail.
            Examples:
              ringback set dana --company Northwind --email dana@northwind.example
              ringback set dana --tag q1 --untag cold
              ringback set dana --cadence rapid-release --time-zone America/New_York
              ringback set dana --phone ""
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Who: enough of the name.", valueName: "name"), completion: CompletionCandidates.contactNames)
    var names: [String]
    var name: String { names.joined(separator: " ") }

    @OptionGroup var detailOptions: DetailOptions

    @Option(name: .customLong("untag"), help: "A label to take off (repeat for several).")
    var untags: [String] = []

    /// One detail as it was and as it is now ("" when unset).
    struct Changed: Encodable, Equatable {
        var field: String
        var from: String
        var to: String
    }

    struct Report: Encodable {
        var contact: String
        var name: String
        var changed: [Changed]
    }

    func run() throws {
        guard !detailOptions.isEmpty || !untags.isEmpty else { throw RequestError.nothingToSet }
        let session = try Session(global)
        let details = try detailOptions.details(content: session.content)
        let cleared = detailOptions.cleared
        let untags = Set(untags.map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
        let (contact, changed) = try session.store.update(summary: "set details of \(name)", indexer: session.indexer) {
            change -> (Contact, [Changed]) in
            let (contact, before) = try change.editContact(named: name, session: session) { contact -> Contact in
                let before = contact
                contact.apply(details)
                Self.clear(cleared, of: &contact)
                if let tags = contact.tags { contact.tags = tags.filter { !untags.contains($0) } }
                if contact.tags?.isEmpty == true { contact.tags = nil }
                return before
            }
            change.summary = "set details of \(contact.name)"
            return (contact, Self.changes(from: before, to: contact))
        }
        if session.json { return try Output.json(Report(contact: contact.id, name: contact.name, changed: changed)) }
        guard !changed.isEmpty else {
            return Console.print(RecordingText.sentence("Nothing changed: \(contact.label) already has those details"))
        }
        let said = changed.map { change in
            guard change.field != "tags" else { return "tags " + Self.tagChange(from: change.from, to: change.to) }
            if change.to.isEmpty { return "\(change.field) cleared" }
            return change.from.isEmpty ? "\(change.field) \(change.to)" : "\(change.field) \(change.from) → \(change.to)"
        }
        Console.print(RecordingText.sentence("\(contact.label): " + said.joined(separator: ", ")))
    }

    /// Clears the details given as an empty text; the cadence goes back to the default.
    static func clear(_ fields: [String], of contact: inout Contact) {
        for field in fields {
            switch field {
            case "company": contact.company = nil
            case "email": contact.email = nil
            case "phone": contact.phone = nil
            case "prefers": contact.preferredChannel = nil
            case "cadence": contact.cadence = nil
            case "time-zone": contact.timeZone = nil
            default: continue
            }
        }
    }

    /// "+vip, -cold": the tags added and taken off.
    static func tagChange(from: String, to: String) -> String {
        let before = from.components(separatedBy: ", ").filter { !$0.isEmpty }
        let after = to.components(separatedBy: ", ").filter { !$0.isEmpty }
        return (after.filter { !before.contains($0) }.map { "+" + $0 } + before.filter { !after.contains($0) }.map { "-" + $0 })
            .joined(separator: ", ")
    }

    /// The details that differ between two versions of a contact, in a fixed order.
    static func changes(from before: Contact, to after: Contact) -> [Changed] {
        let fields: [(String, (Contact) -> String?)] = [
            ("company", \.company), ("context", { $0.context.rawValue }), ("email", \.email), ("phone", \.phone),
            ("prefers", { $0.preferredChannel?.rawValue }), ("cadence", \.cadence), ("time zone", \.timeZone),
            ("tags", { $0.tags?.joined(separator: ", ") }),
        ]
        return fields.compactMap { field, value in
            let from = value(before) ?? ""
            let to = value(after) ?? ""
            return from == to ? nil : Changed(field: field, from: from, to: to)
        }
    }
}
