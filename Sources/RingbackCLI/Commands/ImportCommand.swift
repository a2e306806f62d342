import ArgumentParser
import Foundation
import RingbackContent
import RingbackCore

/// `ringback import FILE.csv`: contacts from a CRM export, all or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import contacts from a CSV export (all rows or none).",
        discussion: """
            Recognised columns (any case and spacing): Name / Full Name / Contact Name, or First Name + Last Name;
            Company / Account Name / Organization; Email / E-mail Address; Phone / Mobile / Work Phone;
            Context (sales, job-search, networking); Cadence; Preferred Channel; Notes. Other columns are ignored.
            Names already in the store are skipped.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The CSV file.")
    var file: String

    @Option(help: "Context for rows that do not say: sales, job-search or networking.")
    var context = "sales"

    func run() throws {
        let session = try Session(global)
        guard let defaultContext = ContactContext(loose: context) else {
            throw UserError("--context: '\(context)' is not sales, job-search or networking")
        }
        guard let data = FileManager.default.contents(atPath: file) else { throw UserError("cannot read \(file)") }
        guard let text = String(data: data, encoding: .utf8) else { throw UserError("\(file): not UTF-8 text") }
        let cadences = Set(session.content.cadences.keys).subtracting([Content.nurtureCadence])
        let rows = try CSVImport.parse(text, file: file, cadences: cadences)
        let (added, skipped) = try session.store.update(summary: "import \(file)", indexer: session.indexer) { change -> (Int, [String]) in
            var known = Set(change.document.contacts.map { NameMatcher.normalize($0.name) })
            var ids = Set(change.document.contacts.map(\.id))
            var skipped: [String] = []
            var added = 0
            for row in rows {
                let key = NameMatcher.normalize(row.name)
                if known.contains(key) { skipped.append(row.name); continue }
                var contact = Contact(id: ContactLookup.newID(for: row.name, taken: ids), name: row.name, company: row.company,
                                      context: row.context ?? defaultContext, created: session.now)
                contact.email = row.email
                contact.phone = row.phone
                contact.cadence = row.cadence
                contact.preferredChannel = row.prefers
                if let note = row.note { contact.tidbits.append(note) }
                change.document.contacts.append(contact)
                known.insert(key)
                ids.insert(contact.id)
                added += 1
            }
            change.summary = "import of \(added) contacts from \(file)"
            return (added, skipped)
        }
        if session.json { return try Output.json(["imported": added, "skipped": skipped.count]) }
        print("Imported \(added) contact\(added == 1 ? "" : "s") from \(file).")
        if !skipped.isEmpty { print("Skipped \(skipped.count) already in the store: \(skipped.prefix(10).joined(separator: ", "))\(skipped.count > 10 ? ", ..." : "").") }
    }
}
