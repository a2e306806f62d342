import Foundation

/// One meeting on one day: a single event, or one instance of a recurring one (with its
/// own changes applied). `key` names it across syncs: the UID, and for an instance the
/// start it was scheduled at (its RECURRENCE-ID), however it was moved since.
public struct CalendarOccurrence: Equatable, Sendable {
    public var key: String
    public var start: Date
    public var allDay: Bool
    public var summary: String
    public var people: [CalendarEvent.Person]
    public var cancelled: Bool
    public var video: Bool
    public var sequence: Int

    /// The instances of `events` that start in `from...through`. Copies of one event (the
    /// same UID and RECURRENCE-ID, in two files) count once, the highest SEQUENCE winning;
    /// a recurring event is expanded in the window only, its EXDATEs left out and its
    /// instances replaced by the ones changed on their own.
    public static func expand(_ events: [CalendarEvent], from: Date, through: Date) -> (occurrences: [CalendarOccurrence], rulesUnread: Int)
    {
        var latest: [String: CalendarEvent] = [:]
        for event in events {
            let key = event.uid + "\u{0}" + (event.recurrenceID.map { stamp($0.date) } ?? "")
            if let known = latest[key], known.sequence > event.sequence { continue }
            latest[key] = event
        }
        var byKey: [String: CalendarOccurrence] = [:]
        var unread = 0
        for event in latest.values where event.recurrenceID == nil {
            guard let rule = event.rule else {
                if event.ruleUnread { unread += 1 }
                byKey[event.uid] = occurrence(event, key: event.uid, at: event.start.date)
                continue
            }
            let skipped = Set(event.exceptions.map { event.start.allDay ? dayStamp($0.date, event.start.zone) : stamp($0.date) })
            for start in rule.starts(from: event.start, through: through) {
                let mark = event.start.allDay ? dayStamp(start, event.start.zone) : stamp(start)
                guard !skipped.contains(mark) else { continue }
                let key = event.uid + "@" + stamp(start)
                byKey[key] = occurrence(event, key: key, at: start)
            }
        }
        for event in latest.values {
            guard let original = event.recurrenceID else { continue }
            let key = event.uid + "@" + stamp(original.date)
            var changed = occurrence(event, key: key, at: event.start.date)
            // An instance that only says it is cancelled keeps the series' people.
            if changed.people.isEmpty, let master = latest[event.uid + "\u{0}"] { changed.people = master.people }
            changed.cancelled = changed.cancelled || (latest[event.uid + "\u{0}"]?.cancelled ?? false)
            byKey[key] = changed
        }
        let window = byKey.values.filter { $0.start >= from && $0.start <= through }
        return (window.sorted { ($0.start, $0.key) < ($1.start, $1.key) }, unread)
    }

    private static func occurrence(_ event: CalendarEvent, key: String, at start: Date) -> CalendarOccurrence {
        CalendarOccurrence(
            key: key, start: start, allDay: event.start.allDay, summary: event.summary, people: event.people, cancelled: event.cancelled,
            video: event.video, sequence: event.sequence)
    }

    private static func stamp(_ date: Date) -> String { String(Int(date.timeIntervalSince1970)) }

    private static func dayStamp(_ date: Date, _ zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return "\(parts.year ?? 0)-\(parts.month ?? 0)-\(parts.day ?? 0)"
    }
}
