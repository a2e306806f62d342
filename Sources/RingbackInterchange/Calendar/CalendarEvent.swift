import Foundation

/// One VEVENT as a calendar program wrote it: who was invited, when, whether it was
/// cancelled, its revision (`SEQUENCE`) and, for a recurring event, its rule and exceptions;
/// an instance moved or cancelled on its own carries a `RECURRENCE-ID`.
public struct CalendarEvent: Equatable, Sendable {
    /// Someone on the invitation (an ATTENDEE or the ORGANIZER), by address.
    public struct Person: Equatable, Sendable {
        public var email: String
        public var name: String?
        /// `PARTSTAT=DECLINED`: they said they would not come.
        public var declined: Bool
    }

    public var uid: String
    public var recurrenceID: CalendarTime?
    public var sequence: Int
    public var start: CalendarTime
    public var summary: String
    public var people: [Person]
    public var cancelled: Bool
    /// A video call: a conference property, or a meeting link in its place, text or URL.
    public var video: Bool
    public var rule: RecurrenceRule?
    /// A rule with parts this reader does not expand: only the first instance is taken.
    public var ruleUnread: Bool
    public var exceptions: [CalendarTime]
    /// The file it came from, for the report.
    public var place: String

    /// Every event in one iCalendar text; events without a UID or a readable DTSTART are
    /// counted in `unreadable`. A calendar sent with `METHOD:CANCEL` cancels its events.
    public static func events(in text: String, place: String, fallback: TimeZone) -> (events: [CalendarEvent], unreadable: Int) {
        var events: [CalendarEvent] = []
        var unreadable = 0
        var current: [ContentLine]?
        var depth = 0
        var cancelMethod = false
        let lines = ContentLine.lines(text)
        let zones = CalendarZones.defined(in: lines, fallback: fallback)
        for line in lines {
            if line.name == "METHOD" { cancelMethod = line.value.uppercased() == "CANCEL" }
            if line.name == "BEGIN" {
                if line.value.uppercased() == "VEVENT" && current == nil {
                    current = []
                    depth = 0
                } else if current != nil {
                    depth += 1
                }
                continue
            }
            if line.name == "END", var lines = current {
                if depth > 0 {
                    depth -= 1
                    continue
                }
                if cancelMethod { lines.append(ContentLine("STATUS:CANCELLED")!) }
                if let event = CalendarEvent(lines, place: place, zones: zones) { events.append(event) } else { unreadable += 1 }
                current = nil
                continue
            }
            // Lines of an alarm inside the event are not the event's.
            if depth == 0 { current?.append(line) }
        }
        return (events, unreadable)
    }

    init?(_ lines: [ContentLine], place: String, zones: CalendarZones) {
        func first(_ name: String) -> ContentLine? { lines.first { $0.name == name } }
        guard let uid = first("UID")?.value, !uid.isEmpty, let startLine = first("DTSTART"),
            let start = CalendarTime.read(startLine.value, tzid: startLine.parameters["TZID"], zones: zones)
        else { return nil }
        self.uid = uid
        self.start = start
        self.place = place
        recurrenceID = first("RECURRENCE-ID").flatMap { CalendarTime.read($0.value, tzid: $0.parameters["TZID"], zones: zones) }
        sequence = first("SEQUENCE").flatMap { Int($0.value.trimmingCharacters(in: .whitespaces)) } ?? 0
        summary = first("SUMMARY")?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        cancelled = first("STATUS")?.value.uppercased() == "CANCELLED"
        people = lines.compactMap { line -> Person? in
            guard line.name == "ATTENDEE" || line.name == "ORGANIZER" else { return nil }
            let address = line.value.lowercased().hasPrefix("mailto:") ? String(line.value.dropFirst(7)) : line.parameters["EMAIL"] ?? ""
            let email = address.trimmingCharacters(in: .whitespaces).lowercased()
            guard email.contains("@") else { return nil }
            return Person(email: email, name: line.parameters["CN"], declined: line.parameters["PARTSTAT"]?.uppercased() == "DECLINED")
        }
        let linked = lines.contains { line in
            if line.name == "CONFERENCE" || line.name.hasPrefix("X-GOOGLE-CONFERENCE") || line.name == "X-MICROSOFT-ONLINEMEETINGCONFLINK" {
                return true
            }
            guard ["LOCATION", "DESCRIPTION", "URL"].contains(line.name) else { return false }
            let text = line.value.lowercased()
            return Self.meetingHosts.contains { text.contains($0) }
        }
        video = linked
        exceptions = lines.filter { $0.name == "EXDATE" }.flatMap { CalendarTime.list($0, zones: zones) }
        if let ruleLine = first("RRULE") {
            let parsed = RecurrenceRule(ruleLine.value, zone: start.zone)
            rule = parsed
            ruleUnread = parsed == nil
        } else {
            rule = nil
            ruleUnread = false
        }
    }

    /// Where video meetings live.
    static let meetingHosts = ["zoom.us/", "meet.google.com/", "teams.microsoft.com/", "teams.live.com/", "webex.com/", "whereby.com/"]
}
