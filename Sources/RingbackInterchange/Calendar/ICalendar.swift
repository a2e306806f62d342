import Foundation
import RingbackContent
import RingbackCore
import RingbackScheduler

/// Renders next steps as an RFC 5545 calendar a calendar program can subscribe to or import
/// again: one VEVENT per follow-up under a UID that stays the same while the follow-up moves
/// (the contact's next step, the step after a paired message, each thing owed), `SEQUENCE`
/// and `LAST-MODIFIED` carried over from the previous export and raised only when the event
/// changed, a reminder on timed steps, overdue steps placed on today, and one cancellation for
/// each follow-up the previous export had and this one does not. CRLF line endings, text
/// escaped, lines folded at 75 octets. Pure.
public enum ICalendar {
    /// What the user chose about the calendar itself.
    public struct Options: Sendable {
        /// `X-WR-CALNAME`: the name a calendar program shows.
        public var name: String
        /// Minutes before a timed step its reminder goes off; nil for none.
        public var reminderMinutes: Int?

        public init(name: String = "Ringback follow-ups", reminderMinutes: Int? = 10) {
            self.name = name
            self.reminderMinutes = reminderMinutes
        }
    }

    public static func render(
        _ items: [AgendaItem], content: Content, calendar: BusinessCalendar, now: Date, options: Options = Options(),
        previous: [String: EventRevision] = [:]
    ) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Ringback//Follow-ups//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:\(escape(options.name))",
        ]
        let today = calendar.startOfDay(now)
        var seen: Set<String> = []
        for (uid, item) in identified(items) {
            seen.insert(uid)
            let body = eventBody(item, content: content, calendar: calendar, today: today, reminder: options.reminderMinutes)
            lines += event(uid: uid, body: body, previous: previous[uid], now: now)
        }
        for (uid, gone) in previous.sorted(by: { $0.key < $1.key }) where !seen.contains(uid) && !gone.cancelled {
            lines += event(uid: uid, body: gone.cancellation, previous: gone, now: now)
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// Each item with its stable UID: a contact's next step, the step after its paired
    /// message, and each thing owed by its words (two with the same words are numbered).
    static func identified(_ items: [AgendaItem]) -> [(String, AgendaItem)] {
        var taken: Set<String> = []
        return items.map { item in
            let step = item.step
            let role: String
            if step.kind == .promised || step.kind == .owed {
                role = "owed-" + checksum(step.what ?? "")
            } else {
                role = taken.contains(uid(step.contact, "next")) ? "then" : "next"
            }
            var uid = uid(step.contact, role)
            var number = 2
            while taken.contains(uid) {
                uid = Self.uid(step.contact, "\(role)-\(number)")
                number += 1
            }
            taken.insert(uid)
            return (uid, item)
        }
    }

    static func uid(_ contact: String, _ role: String) -> String { "ringback-\(contact)-\(role)@ringback" }

    /// The event's own lines, without the ones that say when it was written.
    static func eventBody(_ item: AgendaItem, content: Content, calendar: BusinessCalendar, today: Date, reminder: Int?) -> [String] {
        let step = item.step
        let explanation = StepExplanation(item, content: content)
        var lines: [String] = []
        // Owed with no day yet: on today, like a late step, but never called late.
        let owed = step.kind == .owed
        let overdue = !owed && calendar.startOfDay(step.due) < today
        if step.timed && !overdue {
            lines.append("DTSTART:\(utc(step.due))")
            lines.append("DURATION:PT15M")
        } else {
            // Overdue steps go on today, where people look; the day they were due is kept below.
            let day = overdue || owed ? today : step.due
            lines.append("DTSTART;VALUE=DATE:\(localDate(day, calendar))")
            lines.append("DTEND;VALUE=DATE:\(localDate(calendar.day(1, after: day), calendar))")
            lines.append("TRANSP:TRANSPARENT")
        }
        lines.append("SUMMARY:\(escape((overdue ? "Overdue: " : "") + explanation.action))")
        var description =
            "Why: \(explanation.techniqueName). \(explanation.reason)\n\nScript: \(explanation.script)"
            + (explanation.mention.map { "\n\nMention: \($0)" } ?? "")
        if overdue {
            description = "Due \(DateText.iso(step.due, timed: step.timed, calendar: calendar)).\n\n" + description
        }
        lines.append("DESCRIPTION:\(escape(description))")
        lines.append("CATEGORIES:Ringback,\(escape(step.kind.rawValue))")
        if step.timed && !overdue, let minutes = reminder {
            let alarm = ["ACTION:DISPLAY", "TRIGGER:-PT\(minutes)M", "DESCRIPTION:\(escape(explanation.action))"]
            lines += ["BEGIN:VALARM"] + alarm + ["END:VALARM"]
        }
        return lines
    }

    /// One VEVENT: the body with its revision, carried over while the body is unchanged.
    static func event(uid: String, body: [String], previous: EventRevision?, now: Date) -> [String] {
        let digest = checksum(body.joined(separator: "\n"))
        let unchanged = previous?.digest == digest
        let sequence = previous.map { unchanged ? $0.sequence : $0.sequence + 1 } ?? 0
        let modified = unchanged ? previous?.lastModified ?? utc(now) : utc(now)
        let created = previous?.created ?? utc(now)
        let revision = ["DTSTAMP:\(utc(now))", "CREATED:\(created)", "LAST-MODIFIED:\(modified)", "SEQUENCE:\(sequence)"]
        return ["BEGIN:VEVENT", "UID:\(uid)"] + revision + body + ["X-RINGBACK-DIGEST:\(digest)", "END:VEVENT"]
    }

    /// A short hash of a text that stays the same from run to run (djb2).
    static func checksum(_ text: String) -> String {
        String(text.unicodeScalars.reduce(UInt32(5381)) { ($0 &* 33) &+ $1.value }, radix: 16)
    }

    /// TEXT value escaping (RFC 5545 3.3.11).
    static func escape(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            case "\r": continue
            default: out.append(ch)
            }
        }
        return out
    }

    /// Splits a content line into lines of at most 75 octets, never inside a UTF-8 sequence;
    /// continuation lines start with one space (RFC 5545 3.1).
    static func fold(_ line: String) -> String {
        var pieces: [String] = []
        var current = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > 75 {
                pieces.append(current)
                current = " "
                octets = 1
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        pieces.append(current)
        return pieces.joined(separator: "\r\n")
    }

    static func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let p = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", p.year!, p.month!, p.day!, p.hour!, p.minute!, p.second!)
    }

    static func localDate(_ date: Date, _ calendar: BusinessCalendar) -> String {
        let p = calendar.calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d%02d%02d", p.year!, p.month!, p.day!)
    }
}
