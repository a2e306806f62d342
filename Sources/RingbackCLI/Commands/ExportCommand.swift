import ArgumentParser
import Foundation
import RingbackCore
import RingbackInterchange
import RingbackScheduler
import RingbackStore

/// `ringback export`: a full JSON backup, a contact table (CSV) that imports again, or an
/// iCalendar file of follow-ups that a calendar can subscribe to.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a full backup (json), a contact table (csv), or follow-ups for a calendar (ics).",
        discussion: """
            json: settings, contacts, touches and practice results (data/export.schema.json); `ringback import FILE.json` restores it \
            into an empty store. csv: one row per contact that `ringback import` reads back with its status, cadence and channel. \
            ics: one event per follow-up under a UID that stays the same when it moves; with --output, running it again (from \
            cron, for a calendar that subscribes to the file) keeps unchanged events as they were and raises SEQUENCE on the \
            others. Files are written 0600: they hold notes about people.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, csv, ics }

    @OptionGroup var global: GlobalOptions

    @Option(help: "json, csv or ics.")
    var format: Format = .json

    @Option(help: ArgumentHelp("Write to this file (- for standard output, the default).", valueName: "file"), completion: .file())
    var output: String?

    func run() throws {
        let session = try Session(global)
        let settings = try session.store.settings()
        let scheduler = session.scheduler(settings)
        let backup = try JSONBackup(store: session.store)
        let items = Agenda.current(scheduler.agendaItems(for: backup.contacts), now: session.now, calendar: scheduler.calendar)
            .sorted { $0.step.due < $1.step.due }
        let views = items.map { StepView($0, content: session.content, now: session.now, calendar: scheduler.calendar) }
        let file = output.flatMap { $0 == "-" ? nil : $0 }
        let text: String
        switch format {
        case .json:
            text = String(decoding: try Output.encoder().encode(Everything(backup: backup, next: views)), as: UTF8.self) + "\n"
        case .csv:
            text = try ContactCSV.render(backup.contacts, next: items, content: session.content, scheduler: scheduler)
        case .ics:
            let previous = file.flatMap { FileManager.default.contents(atPath: $0) }.map {
                EventRevision.read(String(decoding: $0, as: UTF8.self))
            }
            let options = ICalendar.Options(
                name: settings.me.map { "Ringback: \($0)'s follow-ups" } ?? "Ringback follow-ups", reminderMinutes: settings.reminder)
            text = ICalendar.render(
                items, content: session.content, calendar: scheduler.calendar, now: session.now, options: options, previous: previous ?? [:]
            )
        }
        guard let file else { return Console.write(text, to: .standardOutput) }
        let folder = (file as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        guard folder.isEmpty || (FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) && isFolder.boolValue) else {
            throw RequestError.file(path: file, .unwritable("there is no folder \(folder)"))
        }
        do {
            try PrivateFile.write(file, Data(text.utf8))
        } catch {
            throw RequestError.file(path: file, .unwritable("\(error)"))
        }
        let count =
            format == .ics
            ? counted(items.count, "follow-up")
            : counted(backup.contacts.count, "contact")
        Console.write("Wrote \(count) to \(file).\n", to: .standardError)
    }
}

/// The JSON export: the backup with the next steps as they stood (`next`, read back by nobody).
private struct Everything: Encodable {
    var backup: JSONBackup
    var next: [StepView]

    private enum CodingKeys: String, CodingKey { case next }

    func encode(to encoder: Encoder) throws {
        try backup.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(next, forKey: .next)
    }
}
