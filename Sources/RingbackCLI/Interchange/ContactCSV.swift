import Foundation
import RingbackCore
import RingbackScheduler

/// The contact table `export --format csv` writes: one row per contact by name, with the columns
/// `import` reads back (status, cadence, preferred channel, last touch and touches too), then
/// the next step as it stands.
enum ContactCSV {
    static let header = [
        "name", "company", "context", "status", "email", "phone", "mobile", "preferred channel", "cadence", "tags",
        "touches", "last touch", "next due", "next action", "next kind",
    ]

    static func render(_ contacts: [Contact], next views: [StepView], scheduler: Scheduler) throws -> String {
        let next = Dictionary(views.map { ($0.contact, $0) }, uniquingKeysWith: { a, _ in a })
        let sorted = contacts.sorted { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
        let rows = sorted.map { c -> [String] in
            let step = next[c.id]
            return [
                c.name, c.company ?? "", c.context.rawValue, c.statusLabel, c.email ?? "", c.phone ?? "", c.mobile ?? "",
                c.preferredChannel?.rawValue ?? "", c.cadence ?? "", (c.tags ?? []).joined(separator: ", "), String(c.history.touches),
                c.history.lastTouch.map { DateText.iso($0, timed: true, calendar: scheduler.calendar) } ?? "",
                step?.due ?? "", step?.action ?? "", step?.kind ?? "",
            ]
        }
        return try CSVExport.render(header: header, rows: rows)
    }
}
