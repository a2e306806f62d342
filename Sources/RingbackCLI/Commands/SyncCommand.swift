import ArgumentParser
import Foundation
import RingbackCoach
import RingbackCore
import RingbackInterchange
import RingbackStore

/// `ringback sync mail|calendar PATH...`: the record keeps itself from the user's own mail and calendar.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync", abstract: "Record what your own mail and calendar show: mail, replies and meetings with contacts.",
        subcommands: [SyncMailCommand.self, SyncCalendarCommand.self, SyncLooksCommand.self])
}

struct SyncMailCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mail",
        abstract: "Read a Maildir, an mbox or .eml files: mail you sent to a contact is a sent email, theirs a reply.",
        discussion: """
            Your own addresses come from `ringback config email`. Each message is recorded once, by its Message-ID, \
            however often sync runs and whichever folders hold a copy; the mail files are only read. A reply that \
            asks to stop, gives a decision or names a day is listed under "needs a look" with the command that \
            applies it, never applied by itself. People who are not contacts are listed, not added (--add-new adds \
            them). Example: mbsync -a && ringback sync mail ~/Mail/INBOX ~/Mail/Sent
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Maildir folders, mbox files, .eml files or folders of them.", valueName: "path"))
    var paths: [String]
    @Flag(help: "Show what would be recorded; write nothing.") var dryRun = false
    @Option(help: ArgumentHelp("Only mail from this day on (2026-11-01, \"last month\").", valueName: "when")) var since: String?
    @Flag(help: "Add the people who are not contacts yet, with their address, and record their mail too.") var addNew = false

    struct Report: Encodable {
        var read: Int
        var recorded: Int
        var sent: Int
        var replies: Int
        var already: Int
        var contacts: Int
        var added: [String]
        var needsALook: [MailSync.Look]
        var notContacts: [MailSync.Stranger]
        var datedByFile: Int
        var skipped: Int
        var fromLists: Int
        var dryRun: Bool
    }

    func run() throws {
        let session = try Session(global)
        guard let mine = session.local.email, !mine.isEmpty else {
            throw RequestError.needs(
                option: "sync mail", other: "your own addresses",
                why: " to tell your mail from theirs: ringback config email you@example.com")
        }
        let settings = try session.store.settings()
        let calendar = session.scheduler(settings).calendar
        let start = try since.map { try StatsCommand.start($0, session: session, settings: settings) }
        var added: [String] = []
        if addNew {
            let strangers = try plan(session, mine: mine, settings: settings, since: start, withText: false).strangers.values
            let sorted = strangers.sorted { $0.email < $1.email }
            added = dryRun ? sorted.compactMap(MailContacts.name) : try MailContacts.add(sorted, session: session)
        }
        let sync = try plan(session, mine: mine, settings: settings, since: start, withText: true)
        var byContact: [String: [Touch]] = [:]
        for record in sync.recorded { byContact[record.contact.id, default: []].append(record.touch) }
        let new: [Touch]
        if dryRun {
            // The mail touches already stored were left out as they were read.
            new = sync.recorded.map(\.touch)
        } else {
            new = try MailContacts.record(byContact, session: session, calendar: calendar)
        }
        let newIDs = Set(new.map(\.id))
        let report = Report(
            read: sync.read, recorded: new.count, sent: new.filter { $0.outcome == .sent }.count,
            replies: new.filter { $0.outcome == .replied }.count, already: sync.already + sync.recorded.count - new.count,
            contacts: Set(new.map(\.contact)).count, added: added,
            // Said once: when the reply is recorded, not on every later run.
            needsALook: sync.looks.filter { newIDs.contains($0.touch) }.sorted { $0.at < $1.at },
            notContacts: addNew ? [] : sync.strangers.values.sorted { ($0.messages, $1.email) > ($1.messages, $0.email) },
            datedByFile: sync.fileDated, skipped: sync.skipped, fromLists: sync.fromLists, dryRun: dryRun)
        if !dryRun && !report.needsALook.isEmpty {
            let environment = ProcessInfo.processInfo.environment
            var pending = try PendingLooks.read(environment: environment)
            pending.add(report.needsALook, store: session.location)
            try pending.write(environment: environment)
        }
        if session.json { return try Output.json(report) }
        for line in MailContacts.lines(report, calendar: calendar, now: session.now) { Console.print(line) }
        if !dryRun && !report.needsALook.isEmpty {
            Console.print(
                session.inShell
                    ? "`sync looks` goes through them one by one." : "They stay on `ringback sync looks` until applied or dropped.")
        }
    }

    private func plan(_ session: Session, mine: [String], settings: Settings, since: Date?, withText: Bool) throws -> MailSync {
        let everyone = try session.store.allContacts()
        let byAddress = CalendarSync.byAddress(everyone)
        var recorded: Set<String> = []
        for stored in everyone where stored.contact.email?.isEmpty == false {
            for touch in stored.touches where touch.isFromMail { recorded.insert(touch.id) }
        }
        let calendar = session.scheduler(settings).calendar
        var sync = MailSync(
            mine: Set(mine), byAddress: byAddress, since: since, now: session.now, calendar: calendar,
            readReply: { text, contact, sent in
                Debrief.reader(
                    now: sent, calendar: calendar, settings: settings, content: session.content, contactName: contact.name, theirZone: nil
                ).read(text)
            })
        sync.recordedIDs = recorded
        try MailFolder(paths: paths).read(
            wantsText: { withText && sync.wantsText($0) },
            each: { message, headers, body in sync.take(message, text: body.flatMap { MailBody.text(headers: headers, body: $0) }) })
        return sync
    }
}
