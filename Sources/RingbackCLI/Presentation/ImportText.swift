import RingbackCore
import RingbackInterchange

/// What `import` says in words: where the table was found, the columns used and ignored,
/// what was added and merged (every row in a dry run), and the rows skipped.
struct ImportText {
    var report: ImportCommand.Report
    var file: String
    var table: ImportTable
    /// The text encoding when it was not UTF-8.
    var encoding: String?

    func print(chosenContext: ContactContext?, firstCallsUntil: String?) {
        let rows = report.contacts.count + report.skippedWithoutName.count
        var read = "Read \(file): \(counted(rows, "row"))"
        var skipped: [String] = []
        if table.preamble > 0 { skipped.append("\(counted(table.preamble, "line")) before the header") }
        if table.footer > 0 { skipped.append(counted(table.footer, "footer line")) }
        if !skipped.isEmpty { read += " (skipped \(skipped.joined(separator: " and ")))" }
        if let encoding { read += ", read as \(encoding)" }
        Console.print(read + ".")
        Console.print("Columns used: " + table.used.map { "\($0.column) → \($0.field.rawValue)" }.joined(separator: ", ") + ".")
        if !table.ignored.isEmpty {
            Console.print("Columns ignored: \(table.ignored.joined(separator: ", ")) (--map COLUMN=FIELD to use one).")
        }
        if let chosenContext {
            let recruiters = table.used.contains { $0.field == .position } ? "; recruiters (by their position) job-search" : ""
            Console.print("Context: \(chosenContext.rawValue) for LinkedIn connections\(recruiters) (--context to choose).")
        }
        if report.dryRun {
            for landing in report.contacts {
                let what = ["new": "add   ", "merged": "merge "][landing.action] ?? "skip  "
                let into = landing.into.map { " into \($0)" } ?? ""
                let status = landing.status == "active" ? "" : " (\(landing.status))"
                let company = landing.company.map { " (\($0))" } ?? ""
                Console.print("  line \(landing.line): \(what)\(landing.name)\(company)\(into)\(status)")
            }
        }
        let verb = report.dryRun ? "Would import" : "Imported"
        var summary = "\(verb) \(counted(report.imported, "contact"))"
        if report.merged > 0 {
            let names = report.contacts.filter { $0.action == "merged" }.compactMap(\.into)
            summary +=
                "; \(report.dryRun ? "would merge" : "merged") \(report.merged) into contacts already there ("
                + Self.list(Array(Set(names)).sorted()) + ")"
        }
        Console.print(summary + ".")
        if !report.skippedWithoutName.isEmpty {
            let count = report.skippedWithoutName.count
            Console.print(
                "Skipped \(counted(count, "row")) with no name: "
                    + Self.list(report.skippedWithoutName.map { "\(file):\($0)" }) + ".")
        }
        let forgotten = report.contacts.filter { $0.action == "skipped" }
        if !forgotten.isEmpty {
            Console.print(
                "Skipped \(counted(forgotten.count, "row")) for people who asked not to be contacted and were forgotten: "
                    + Self.list(forgotten.map { "\($0.name) (\(file):\($0.line))" }) + ".")
        }
        if let firstCallsUntil, report.imported > 0 {
            let spread = report.dryRun ? "would be spread" : "are spread"
            Console.print("First calls \(spread) over working days up to \(firstCallsUntil) (imports-per-day sets how many a day).")
        }
        if report.dryRun { Console.print("Dry run: nothing was changed.") }
    }

    /// The first ten, then "...".
    static func list(_ items: [String]) -> String {
        items.prefix(10).joined(separator: ", ") + (items.count > 10 ? ", ... (\(items.count) in all)" : "")
    }
}
