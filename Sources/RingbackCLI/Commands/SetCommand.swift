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
              ringback set "dana, sam, kim" --tag q1          (several at once; one undo)
              ringback set --tagged cold --tag q2 --untag cold
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(
        help: ArgumentHelp("Who: enough of the name; several separated by commas (\"dana, sam lee\").", valueName: "name"),
        completion: CompletionCandidates.contactNames)
    var names: [String] = []
    var name: String { names.joined(separator: " ") }

    @OptionGroup var selection: ContactSelection

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
        let names = selection.tagged == nil ? ContactSelection.names(name) : []
        guard selection.tagged != nil || !names.isEmpty else { throw RequestError.empty(example: "ringback set dana --company Acme") }
        let session = try Session(global)
        let ids = try selection.taggedIDs(in: session.store)
        let details = try detailOptions.details(content: session.content)
        let cleared = detailOptions.cleared
        let untags = Set(untags.map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
        let edited = try session.store.update(summary: "set details of \(name)", indexer: session.indexer) {
            change -> [(Contact, [Changed])] in
            let edited = try change.editContacts(named: names, ids: ids, session: session) { contact -> Contact in
                let before = contact
                contact.apply(details)
                Self.clear(cleared, of: &contact)
                if let tags = contact.tags { contact.tags = tags.filter { !untags.contains($0) } }
                if contact.tags?.isEmpty == true { contact.tags = nil }
                return before
            }
            change.summary = edited.count == 1 ? "set details of \(edited[0].0.name)" : "set details of \(edited.count) contacts"
            return edited.map { contact, before in (contact, Self.changes(from: before, to: contact)) }
        }
        let reports = edited.map { Report(contact: $0.0.id, name: $0.0.name, changed: $0.1) }
        guard ids == nil, reports.count == 1, let (contact, changed) = edited.first else {
            if session.json { return try Output.json(reports) }
            let changedCount = edited.filter { !$0.1.isEmpty }.count
            guard changedCount > 0 else {
                return Console.print("Nothing changed: all \(counted(edited.count, "contact")) already have those details.")
            }
            Console.print(
                "Changed \(counted(changedCount, "contact")) of \(edited.count): "
                    + edited.map { $0.0.name + ($0.1.isEmpty ? " (already so)" : "") }.joined(separator: ", ") + ".")
            return Console.print("`ringback undo` takes the whole batch back.")
        }
        if session.json { return try Output.json(reports[0]) }
        guard !changed.isEmpty else {
            // "--untag nonexistent": say which tags there are, not only that nothing changed.
            if !untags.isEmpty {
                let has = contact.tags.map { "tags: " + $0.joined(separator: ", ") } ?? "no tags"
                let missing = untags.map { "'\($0)'" }.sorted().joined(separator: ", ")
                return Console.print("Nothing changed: \(contact.label) has no tag \(missing) (\(has)).")
            }
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
            case "every": contact.every = nil
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
            ("prefers", { $0.preferredChannel?.rawValue }), ("cadence", \.cadence), ("rhythm", { $0.every.map(Rhythm.describe) }),
            ("time zone", \.timeZone),
            ("tags", { $0.tags?.joined(separator: ", ") }),
        ]
        return fields.compactMap { field, value in
            let from = value(before) ?? ""
            let to = value(after) ?? ""
            return from == to ? nil : Changed(field: field, from: from, to: to)
        }
    }
}
