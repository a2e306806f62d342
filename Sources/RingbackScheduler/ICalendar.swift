import Foundation
import RingbackContent
import RingbackCore

/// Renders next steps as an RFC 5545 calendar: one VEVENT per follow-up, CRLF line
/// endings, text escaped and lines folded at 75 octets. Pure.
public enum ICalendar {
    public static func render(_ items: [AgendaItem], content: Content, calendar: BusinessCalendar, stamp: Date) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Ringback//Follow-ups//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
        for item in items {
            let step = item.step
            let explanation = StepExplanation(item, content: content)
            lines.append("BEGIN:VEVENT")
            // Two things owed to one person on one day are two events.
            let owed = step.kind == .promised ? "-" + checksum(step.what ?? "") : ""
            lines.append("UID:ringback-\(step.contact)-\(step.kind.rawValue)-\(Int(step.due.timeIntervalSince1970))\(owed)@ringback")
            lines.append("DTSTAMP:\(utc(stamp))")
            if step.timed {
                lines.append("DTSTART:\(utc(step.due))")
                lines.append("DURATION:PT15M")
            } else {
                lines.append("DTSTART;VALUE=DATE:\(localDate(step.due, calendar))")
                lines.append("DTEND;VALUE=DATE:\(localDate(calendar.day(1, after: step.due), calendar))")
                lines.append("TRANSP:TRANSPARENT")
            }
            lines.append("SUMMARY:\(escape(explanation.action))")
            let description =
                "Why: \(explanation.techniqueName). \(explanation.reason)\n\nScript: \(explanation.script)"
                + (explanation.mention.map { "\n\nMention: \($0)" } ?? "")
            lines.append("DESCRIPTION:\(escape(description))")
            lines.append("CATEGORIES:Ringback,\(escape(step.kind.rawValue))")
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
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
