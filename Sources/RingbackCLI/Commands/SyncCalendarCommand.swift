import ArgumentParser
import Foundation
import RingbackCore
import RingbackInterchange
import RingbackStore

/// `ringback sync calendar PATH...`: meetings with contacts, from the user's own calendar.
struct SyncCalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Read an .ics file or a vdir folder: a meeting held with a contact is recorded, one ahead is an agreed time.",
        discussion: """
            A contact is in a meeting when their address is an attendee's or the organizer's (and they did not \
            decline); your own addresses come from `ringback config email`. A meeting that has started is a \
            meeting-held touch (video when it has a meeting link); one ahead is an agreed time, unless an earlier \
            time is already agreed; a cancelled one takes its agreement back. Each meeting is recorded once, by its \
            UID and instance, the highest SEQUENCE winning; repeating meetings are expanded in the window only. \
            The files are only read. Example: vdirsyncer sync && ringback sync calendar ~/.calendars/work
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("iCalendar files (.ics) or folders of them (khal, vdirsyncer).", valueName: "path"))
    var paths: [String]
    @Flag(help: "Show what would be recorded; write nothing.") var dryRun = false
    @Option(help: ArgumentHelp("Meetings from this day on (default: 90 days ago).", valueName: "when")) var since: String?
    @Option(help: ArgumentHelp("Meetings up to this day (default: 60 days ahead).", valueName: "when")) var until: String?

    struct Report: Encodable {
        var files: Int
        var from: Date
        var through: Date
        var meetings: Int
        var withContacts: Int
        var items: [CalendarContacts.Item]
        var notContacts: [CalendarSync.Guest]
        var unreadable: Int
        var rulesUnread: Int
        /// Events whose TZID names no zone this system or the file knows: read in the user's zone.
        var zonesUnknown: Int
        var dryRun: Bool
    }

    func run() throws {
        let session = try Session(global)
        guard let mine = session.local.email, !mine.isEmpty else {
            throw RequestError.needs(
                option: "sync calendar", other: "your own addresses",
                why: " to tell you from the people you meet: ringback config email you@example.com")
        }
        let settings = try session.store.settings()
        let calendar = session.scheduler(settings).calendar
        let from =
            try since.map { try StatsCommand.start($0, session: session, settings: settings) }
            ?? calendar.startOfDay(calendar.day(-90, after: session.now))
        let through =
            try until.map { text -> Date in
                let reading = try WhenInput.read(
                    text, option: "--until", settings: settings, calendar: calendar, now: session.now, allowPast: false)
                return reading.when.timed ? reading.when.date : calendar.day(1, after: reading.when.date).addingTimeInterval(-1)
            } ?? calendar.day(61, after: calendar.startOfDay(session.now)).addingTimeInterval(-1)
        let read: (events: [CalendarEvent], files: Int, unreadable: Int)
        read = try CalendarFolder(paths: paths).events(fallback: calendar.timeZone)
        let expanded = CalendarOccurrence.expand(read.events, from: from, through: through)
        let byAddress = CalendarSync.byAddress(try session.store.allContacts())
        var sync = CalendarSync(mine: Set(mine), byAddress: byAddress)
        for occurrence in expanded.occurrences { sync.take(occurrence) }
        let items = try CalendarContacts.apply(sync, session: session, calendar: calendar, dryRun: dryRun)
        let report = Report(
            files: read.files, from: from, through: through, meetings: expanded.occurrences.count,
            withContacts: expanded.occurrences.count - sync.withoutContacts, items: items.sorted { ($0.at, $0.name) < ($1.at, $1.name) },
            notContacts: sync.guests.values.sorted { ($0.meetings, $1.email) > ($1.meetings, $0.email) }, unreadable: read.unreadable,
            rulesUnread: expanded.rulesUnread, zonesUnknown: read.events.filter(\.start.zoneUnknown).count, dryRun: dryRun)
        if session.json { return try Output.json(report) }
        for line in CalendarContacts.lines(report, calendar: calendar, now: session.now) { Console.print(line) }
    }
}
