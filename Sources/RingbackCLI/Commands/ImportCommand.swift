import ArgumentParser
import Foundation
import RingbackContent
import RingbackCore
import RingbackInterchange
import RingbackScheduler
import RingbackStore

/// `ringback import FILE`: contacts from a CRM's CSV export or vCards (all or nothing,
/// people already in the store merged, not added twice), or a JSON backup restored whole.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import contacts from a CSV export or vCards (all rows or none), or restore a JSON backup into an empty store.",
        discussion: """
            CSV from HubSpot, Pipedrive (people or deals), Salesforce (reports and data exports), LinkedIn Connections.csv, Google \
            Contacts, Outlook, or Ringback's own export: the header may come after note lines and a report's footer is skipped. \
            Columns are matched by name and prefix (Name, First Name + Last Name, Person - Name; Company, Account Name, \
            Organization - Name; Email, Email - Work; Phone, Mobile, Phone - Mobile; Notes; Lifecycle Stage, Lead Status, \
            Deal - Status, status; Last Activity Date; Context; Cadence; Preferred Channel; Tags); --map names any other. \
            A customer comes in as won, an unqualified lead as released, an unsubscribed person as do-not-contact; a last \
            activity date is their last touch, so the cadence goes on from it. Someone already in the store (same email or \
            phone, or same name and company) is filled in rather than added twice; rows without a name are skipped and counted.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, vcard, json }

    @OptionGroup var global: GlobalOptions

    @Argument(
        help: "The file (.csv, .vcf or a JSON backup), or - for standard input.", completion: .file(extensions: ["csv", "vcf", "json"]))
    var file: String

    @Option(help: "csv, vcard or json (default: from the file's extension; csv otherwise).")
    var format: Format?

    @Option(
        help: "Context for rows that do not say: sales, job-search or networking (default: sales; networking for LinkedIn connections).",
        completion: CompletionCandidates.contexts)
    var context: String?

    @Option(
        help: ArgumentHelp(
            "Use a column for a field: \"Source=note\", \"Stage=status\", \"Fax=ignore\". Repeat for more. Fields: \(ImportTable.mapChoices.joined(separator: ", ")).",
            valueName: "column=field"))
    var map: [String] = []

    @Flag(help: "Show what would be imported and merged, and change nothing.")
    var dryRun = false

    /// What `import --json` prints.
    struct Report: Encodable {
        struct Column: Encodable {
            var column: String
            var field: String
        }
        var dryRun: Bool
        var imported: Int
        var merged: Int
        var skippedWithoutName: [Int]
        var used: [Column]
        var ignored: [String]
        var contacts: [ContactImport.Landing]
        var firstCallsUntil: String?
    }

    func run() throws {
        let session = try Session(global)
        let fromStdin = file == "-"
        let file = fromStdin ? "<stdin>" : self.file
        guard let data = fromStdin ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: file) else {
            throw RequestError.file(path: file, .unreadable)
        }
        let format = try self.format ?? Self.format(of: file, data: data)
        if format == .json { return try restore(JSONBackup.read(data, file: file), from: file, session: session) }
        let (text, encoding) = try Self.text(of: data, file: file)
        let table =
            format == .vcard
            ? try VCardImport.table(text, file: file) : try ImportTable.csv(text, file: file, map: try ImportTable.map(map))
        // LinkedIn's Connections.csv: people met, not leads.
        let linkedIn = table.ignored.contains("Connected On")
        let contextName = context ?? (linkedIn ? "networking" : "sales")
        guard let defaultContext = ContactContext(loose: contextName) else {
            throw RequestError.malformed(option: "--context", value: contextName, expected: ContactContext.expected)
        }
        let settings = try session.store.settings()
        let calendar = session.scheduler(settings).calendar
        let rules = ImportRecord.Rules(
            cadences: Set(session.content.cadences.keys).subtracting([Content.nurtureCadence]), dateOrder: settings.dateOrder,
            calendar: calendar, now: session.now)
        var records: [ImportRecord] = []
        var nameless: [Int] = []
        var problems: [String] = []
        for row in table.rows {
            switch ImportRecord.check(row.values, line: row.line, file: file, rules: rules) {
            case .record(let record): records.append(record)
            case .nameless: nameless.append(row.line)
            case .problems(let found): problems += found
            }
        }
        guard problems.isEmpty else { throw RequestError.rows(problems) }
        var result = ContactImport()
        if dryRun {
            let store = session.store
            var change = Change(
                settings: settings, book: ContactBook(directory: store, read: { try store.contact(id: $0)?.contact }), summary: "dry run")
            try result.apply(records, defaultContext: defaultContext, to: &change, calendar: calendar, now: session.now)
        } else {
            result = try session.store.update(summary: "import \(file)", indexer: session.indexer) { change -> ContactImport in
                var result = ContactImport()
                try result.apply(records, defaultContext: defaultContext, to: &change, calendar: calendar, now: session.now)
                change.summary = "import of \(result.added) contacts from \(file)"
                return result
            }
        }
        let report = Report(
            dryRun: dryRun, imported: result.added, merged: result.merged, skippedWithoutName: nameless,
            used: table.used.map { Report.Column(column: $0.column, field: $0.field.rawValue) }, ignored: table.ignored,
            contacts: result.landings, firstCallsUntil: result.lastFirstCall.map { DateText.rfc3339($0, calendar: calendar) })
        if session.json { return try Output.json(report) }
        let until = result.lastFirstCall.map { DateText.describe($0, timed: false, now: session.now, calendar: calendar) }
        ImportText(report: report, file: file, table: table, encoding: encoding).print(
            chosenContext: context == nil && linkedIn ? defaultContext : nil, firstCallsUntil: until)
    }

    /// The file's text: UTF-8 (a byte-order mark dropped), UTF-16 with its mark (Outlook's
    /// "Unicode" CSV), or else Windows-1252 (Excel's and older Outlook's CSV), named in the summary.
    static func text(of data: Data, file: String) throws -> (String, String?) {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]), let text = String(data: data, encoding: .utf16) {
            return (text, "UTF-16")
        }
        if let text = String(data: data, encoding: .utf8) {
            return (text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text, nil)
        }
        guard !data.contains(0), let text = String(data: data, encoding: .windowsCP1252) else {
            throw RequestError.file(path: file, .notText)
        }
        return (text, "Windows-1252")
    }

    /// The format a file's first bytes say, else its name's extension; a calendar is refused.
    static func format(of file: String, data: Data) throws -> Format {
        let start = String(decoding: data.prefix(64), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
        if start.hasPrefix("BEGIN:VCALENDAR") {
            throw RequestError.file(
                path: file, .invalid("it is a calendar (iCalendar), not contacts; import a CSV export, vCards or a backup"))
        }
        if start.hasPrefix("BEGIN:VCARD") { return .vcard }
        if start.hasPrefix("{") { return .json }
        switch (file as NSString).pathExtension.lowercased() {
        case "vcf", "vcard": return .vcard
        case "json": return .json
        default: return .csv
        }
    }

    /// Restores a JSON backup into an empty store.
    private func restore(_ backup: JSONBackup, from file: String, session: Session) throws {
        guard !dryRun else {
            try JSONBackup.requireEmpty(session.store)
            return Console.print(
                "Would restore \(counted(backup.contacts.count, "contact")), \(counted(backup.touches.count, "touch", "touches")) and \(counted(backup.practice.count, "practice result")); nothing was changed."
            )
        }
        try backup.restore(into: session.store, summary: "restore of \(file)", indexer: session.indexer)
        if session.json {
            return try Output.json(["contacts": backup.contacts.count, "touches": backup.touches.count, "practice": backup.practice.count])
        }
        Console.print(
            "Restored \(counted(backup.contacts.count, "contact")), \(counted(backup.touches.count, "touch", "touches")) and \(counted(backup.practice.count, "practice result")) from \(file)."
        )
    }
}
