import ArgumentParser
import Foundation
import RingbackContent
import RingbackCore
import RingbackScheduler

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

    /// What `import --json` prints.
    struct Imported: Encodable {
        var imported: Int
        var skipped: Int
        var firstCallsUntil: String?
    }

    @Argument(help: "The CSV file, or - for standard input.", completion: .file(extensions: ["csv"]))
    var file: String

    @Option(help: "Context for rows that do not say: sales, job-search or networking.", completion: CompletionCandidates.contexts)
    var context = "sales"

    func run() throws {
        let session = try Session(global)
        guard let defaultContext = ContactContext(loose: context) else {
            throw RequestError.malformed(option: "--context", value: context, expected: ContactContext.expected)
        }
        let fromStdin = file == "-"
        let file = fromStdin ? "<stdin>" : self.file
        guard let data = fromStdin ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: file) else {
            throw RequestError.file(path: file, .unreadable)
        }
        guard let text = String(data: data, encoding: .utf8) else { throw RequestError.file(path: file, .notText) }
        let cadences = Set(session.content.cadences.keys).subtracting([Content.nurtureCadence])
        let rows = try CSVImport.parse(text, file: file, cadences: cadences)
        let (added, skipped, lastDay, calendar) = try session.store.update(summary: "import \(file)", indexer: session.indexer) {
            change -> (Int, [String], Date?, BusinessCalendar) in
            let everyone = try change.book.everyone()
            var known = Set(everyone.map(\.key))
            var ids = Set(everyone.map(\.id))
            var skipped: [String] = []
            var added = 0
            let calendar = session.scheduler(change.settings).calendar
            // Contacts never called yet, already queued for a first call.
            let queued = try session.store.directory().filter { $0.status == .active && $0.touches == 0 }
                .compactMap { try change.book.contact(id: $0.id) }
            var pacing = ImportPacing(existing: queued, perDay: change.settings.importsPerDay, calendar: calendar, now: session.now)
            for row in rows {
                let key = NameMatcher.normalize(row.name)
                if known.contains(key) {
                    skipped.append(row.name)
                    continue
                }
                let details = ContactDetails(
                    company: row.company, context: row.context ?? defaultContext, email: row.email, phone: row.phone,
                    preferredChannel: row.prefers, cadence: row.cadence, tidbit: row.note)
                var contact = Contact.new(named: row.name, details: details, taken: ids, on: session.now)
                contact.firstCallOn = pacing.nextDay()
                change.book.put(contact)
                known.insert(key)
                ids.insert(contact.id)
                added += 1
            }
            change.summary = "import of \(added) contacts from \(file)"
            return (added, skipped, pacing.lastDay, calendar)
        }
        let until = lastDay.map { DateText.describe($0, timed: false, now: session.now, calendar: calendar) }
        if session.json {
            return try Output.json(
                Imported(imported: added, skipped: skipped.count, firstCallsUntil: lastDay.map { DateText.rfc3339($0, calendar: calendar) })
            )
        }
        Console.print("Imported \(added) contact\(added == 1 ? "" : "s") from \(file).")
        if let until, added > 0 {
            Console.print("First calls are spread over working days up to \(until) (imports-per-day sets how many a day).")
        }
        if !skipped.isEmpty {
            Console.print(
                "Skipped \(skipped.count) already in the store: \(skipped.prefix(10).joined(separator: ", "))\(skipped.count > 10 ? ", ..." : "")."
            )
        }
    }
}
