import Foundation
import RingbackCore
import RingbackStore

/// The store side of `sync calendar`: each contact's meetings applied (`Contact.take`), in
/// one change, or worked out on a copy for `--dry-run`; and the report's lines.
enum CalendarContacts {
    /// One effect, for the report.
    struct Item: Encodable {
        var contact: String
        var name: String
        var at: Date
        var timed: Bool
        var summary: String
        var video: Bool
        var effect: CalendarMeeting.Effect
    }

    static func apply(_ sync: CalendarSync, session: Session, calendar: BusinessCalendar, dryRun: Bool) throws -> [Item] {
        guard !sync.meetings.isEmpty else { return [] }
        func items(_ contact: Contact, _ effects: [(CalendarMeeting, CalendarMeeting.Effect)]) -> [Item] {
            effects.map { meeting, effect in
                Item(
                    contact: contact.id, name: contact.name, at: meeting.start, timed: meeting.timed, summary: meeting.summary,
                    video: meeting.video, effect: effect)
            }
        }
        if dryRun {
            var out: [Item] = []
            for stored in try session.store.allContacts() {
                guard let meetings = sync.meetings[stored.contact.id] else { continue }
                var contact = stored.contact
                var touches = stored.touches
                out += items(contact, contact.take(meetings, touches: &touches, now: session.now, calendar: calendar))
            }
            return out
        }
        return try session.store.update(summary: "sync calendar", indexer: session.indexer) { change -> [Item] in
            var out: [Item] = []
            for (id, meetings) in sync.meetings.sorted(by: { $0.key < $1.key }) {
                guard var contact = try change.book.contact(id: id) else { continue }
                let before = try change.touches(of: id)
                var touches = before
                let effects = contact.take(meetings, touches: &touches, now: session.now, calendar: calendar)
                guard !effects.isEmpty else { continue }
                change.book.put(contact)
                if touches != before { change.replaceTouches(of: id, with: touches) }
                out += items(contact, effects)
            }
            change.summary = "sync calendar: \(out.count) meeting\(out.count == 1 ? "" : "s") applied"
            return out
        }
    }

    static func lines(_ report: SyncCalendarCommand.Report, calendar: BusinessCalendar, now: Date) -> [String] {
        func day(_ date: Date, _ timed: Bool) -> String { DateText.describe(date, timed: timed, now: now, calendar: calendar) }
        let files = "\(report.files) file\(report.files == 1 ? "" : "s")"
        var lines = [
            "Read \(files): \(report.meetings) meeting\(report.meetings == 1 ? "" : "s") from \(day(report.from, false)) "
                + "to \(day(report.through, false)), \(report.withContacts) with contacts."
        ]
        let count = { (effect: CalendarMeeting.Effect) in report.items.filter { $0.effect == effect }.count }
        let verb = report.dryRun ? "Would record" : "Recorded"
        lines.append(
            "\(verb): \(count(.held)) held, \(count(.agreed)) agreed time\(count(.agreed) == 1 ? "" : "s"), \(count(.moved)) moved, "
                + "\(count(.takenBack)) taken back; \(count(.earlierKept)) left for an earlier agreed time.")
        // Meetings left for an earlier agreed time are only counted: a weekly series would fill the screen.
        let shown = report.items.filter { $0.effect != .earlierKept }
        for item in shown.prefix(30) {
            let how: String
            switch item.effect {
            case .held: how = item.video ? "met (video)" : "met"
            case .agreed: how = "agreed"
            case .moved: how = "moved to"
            case .takenBack, .earlierKept: how = "cancelled"
            }
            let what = item.summary.isEmpty ? "" : ": \(item.summary)"
            lines.append("  \(item.name) · \(how) \(day(item.at, item.timed))\(what)")
        }
        if shown.count > 30 { lines.append("  and \(shown.count - 30) more (--json lists them all)") }
        if report.unreadable > 0 {
            lines.append("\(report.unreadable) event\(report.unreadable == 1 ? "" : "s") without a UID or a start: skipped.")
        }
        if report.rulesUnread > 0 {
            lines.append(
                "\(report.rulesUnread) repeating event\(report.rulesUnread == 1 ? "" : "s") with a rule not read: first meeting only.")
        }
        if report.zonesUnknown > 0 {
            lines.append(
                "\(report.zonesUnknown) event\(report.zonesUnknown == 1 ? "" : "s") in a time zone not known here: read in yours "
                    + "(\(calendar.timeZone.identifier)).")
        }
        if !report.notContacts.isEmpty {
            lines.append("Invited, not in your contacts (\(report.notContacts.count)):")
            for guest in report.notContacts.prefix(20) {
                let name = guest.name.map { "\($0) " } ?? ""
                lines.append("  \(name)<\(guest.email)> · \(guest.meetings) meeting\(guest.meetings == 1 ? "" : "s")")
            }
            if report.notContacts.count > 20 { lines.append("  and \(report.notContacts.count - 20) more (--json lists them all)") }
        }
        return lines
    }
}
