/// What an earlier export said about one event: enough to keep its `SEQUENCE` and
/// `LAST-MODIFIED` while it is unchanged, raise them when it changes, and cancel it once
/// when it is gone. Read back from the previous file with `EventRevision.read`.
public struct EventRevision: Equatable, Sendable {
    public var sequence: Int
    /// `X-RINGBACK-DIGEST`: a hash of the event's own lines.
    public var digest: String
    public var created: String?
    public var lastModified: String?
    /// The summary and dates, kept so a cancellation still names the event.
    var start: String?
    var summary: String?
    public var cancelled: Bool

    /// The lines that cancel this event in calendars that imported it.
    var cancellation: [String] {
        (start.map { [$0] } ?? []) + (summary.map { ["SUMMARY:\($0)"] } ?? []) + ["STATUS:CANCELLED"]
    }

    /// Every Ringback event in an iCalendar text, by UID; other calendars' events and
    /// anything unreadable are passed over (the file is ours, rewritten whole each time).
    public static func read(_ text: String) -> [String: EventRevision] {
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\n ", with: "")
        var events: [String: EventRevision] = [:]
        var uid: String?
        var current = EventRevision(sequence: 0, digest: "", cancelled: false)
        var depth = 0
        for raw in unfolded.split(whereSeparator: \.isNewline) {
            let line = String(raw)
            if line == "BEGIN:VEVENT" {
                uid = nil
                current = EventRevision(sequence: 0, digest: "", cancelled: false)
                depth = 1
                continue
            }
            guard depth > 0 else { continue }
            if line.hasPrefix("BEGIN:") { depth += 1 }
            if line.hasPrefix("END:") { depth -= 1 }
            if depth == 0 {
                if let uid, uid.hasPrefix("ringback-") { events[uid] = current }
                continue
            }
            guard depth == 1, let colon = line.firstIndex(of: ":") else { continue }
            let value = String(line[line.index(after: colon)...])
            switch line[..<colon] {
            case "UID": uid = value
            case "SEQUENCE": current.sequence = Int(value) ?? 0
            case "X-RINGBACK-DIGEST": current.digest = value
            case "CREATED": current.created = value
            case "LAST-MODIFIED": current.lastModified = value
            case "SUMMARY": current.summary = value
            case "STATUS": current.cancelled = value == "CANCELLED"
            case "DTSTART", "DTSTART;VALUE=DATE": current.start = line
            default: break
            }
        }
        return events
    }
}
