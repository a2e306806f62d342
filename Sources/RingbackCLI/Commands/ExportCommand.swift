import ArgumentParser
import Foundation
import RingbackCore
import RingbackScheduler
import RingbackStore

/// `ringback export`: the store as JSON, CSV, or an iCalendar file of follow-ups.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export contacts and history (json), a contact table (csv), or follow-ups for a calendar (ics).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, csv, ics }

    @OptionGroup var global: GlobalOptions

    @Option(help: "json, csv or ics.")
    var format: Format = .json

    @Option(help: ArgumentHelp("Write to this file (- for standard output, the default).", valueName: "file"), completion: .file())
    var output: String?

    struct Everything: Encodable {
        var schemaVersion: Int
        var settings: Settings
        var contacts: [Contact]
        var touches: [Touch]
        var next: [StepView]
    }

    func run() throws {
        let session = try Session(global)
        let settings = try session.store.settings()
        let files = try session.store.allContacts().sorted { ($0.contact.created, $0.contact.id) < ($1.contact.created, $1.contact.id) }
        let contacts = files.map(\.contact)
        let scheduler = session.scheduler(settings)
        let items = Agenda.current(scheduler.agendaItems(for: contacts), now: session.now, calendar: scheduler.calendar)
            .sorted { $0.step.due < $1.step.due }
        let views = items.map { StepView($0, content: session.content, now: session.now, calendar: scheduler.calendar) }
        let text: String
        switch format {
        case .json:
            let encoder = Output.encoder()
            let everything = Everything(
                schemaVersion: FileStore.schemaVersion, settings: settings, contacts: contacts,
                touches: files.flatMap(\.touches).sorted { $0.at < $1.at }, next: views)
            text = String(decoding: try encoder.encode(everything), as: UTF8.self) + "\n"
        case .csv:
            let next = Dictionary(views.map { ($0.contact, $0) }, uniquingKeysWith: { a, _ in a })
            let header = [
                "name", "company", "context", "status", "email", "phone", "preferred channel", "cadence",
                "touches", "last touch", "next due", "next action", "next kind",
            ]
            let rows = contacts.map { c -> [String] in
                let step = next[c.id]
                return [
                    c.name, c.company ?? "", c.context.rawValue, c.statusLabel, c.email ?? "", c.phone ?? "",
                    c.preferredChannel?.rawValue ?? "", scheduler.cadence(for: c).name, String(c.history.touches),
                    c.history.lastTouch.map { DateText.iso($0, timed: true, calendar: scheduler.calendar) } ?? "",
                    step?.due ?? "", step?.action ?? "", step?.kind ?? "",
                ]
            }
            text = try CSVExport.render(header: header, rows: rows)
        case .ics:
            text = ICalendar.render(items, content: session.content, calendar: scheduler.calendar, stamp: session.now)
        }
        guard let output, output != "-" else { return FileHandle.standardOutput.write(Data(text.utf8)) }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw RequestError.file(path: output, .unwritable(error.localizedDescription))
        }
        FileHandle.standardError.write(
            Data(
                "Wrote \(format == .ics ? items.count : contacts.count) \(format == .ics ? "follow-ups" : "contacts") to \(output).\n"
                    .utf8))
    }
}
