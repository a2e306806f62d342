import Foundation
import RingbackContent
import RingbackCore
import RingbackScheduler

/// The contact table `export --format csv` writes: one row per contact by name, with the columns
/// `import` reads back (status, cadence, preferred channel, last touch and touches too), then
/// the next step as it stands.
public enum ContactCSV {
    public static let header = [
        "name", "company", "context", "status", "email", "phone", "mobile", "preferred channel", "cadence", "tags",
        "touches", "last touch", "next due", "next action", "next kind",
    ]

    /// The table of `contacts` with each one's first step in `items` (the agenda as it stands).
    public static func render(_ contacts: [Contact], next items: [AgendaItem], content: Content, scheduler: Scheduler) throws -> String {
        let next = Dictionary(items.map { ($0.step.contact, $0) }, uniquingKeysWith: { a, _ in a })
        let sorted = contacts.sorted { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
        let rows = sorted.map { c -> [String] in
            let step = next[c.id]
            return [
                c.name, c.company ?? "", c.context.rawValue, c.statusLabel, c.email ?? "", c.phone ?? "", c.mobile ?? "",
                c.preferredChannel?.rawValue ?? "", c.cadence ?? "", (c.tags ?? []).joined(separator: ", "), String(c.history.touches),
                c.history.lastTouch.map { DateText.iso($0, timed: true, calendar: scheduler.calendar) } ?? "",
                step.map { DateText.rfc3339($0.step.due, calendar: scheduler.calendar) } ?? "",
                step.map { StepExplanation($0, content: content).action } ?? "", step?.step.kind.rawValue ?? "",
            ]
        }
        return try CSVExport.render(header: header, rows: rows)
    }
}
