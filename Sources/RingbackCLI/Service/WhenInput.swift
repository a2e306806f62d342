import Foundation
import RingbackCore
import RingbackWhen

/// Reads a WHEN typed by the user (ISO 8601 or everyday words) and refuses moments already past.
enum WhenInput {
    static func parse(_ text: String, option: String, settings: Settings, calendar: BusinessCalendar, now: Date) throws -> When {
        try read(text, option: option, settings: settings, calendar: calendar, now: now, allowPast: false).when
    }

    /// `theirZone`: the contact's zone, for a time said on their clock ("9am his time").
    static func read(
        _ text: String, option: String, settings: Settings, calendar: BusinessCalendar, now: Date, allowPast: Bool,
        theirZone: String? = nil
    ) throws -> DateReading {
        let parser = WhenParser(now: now, calendar: calendar, settings: settings, theirZone: theirZone)
        guard let reading = parser.read(text) else {
            if let vague = WhenParser.vagueWord(in: text) {
                throw RequestError.date(option: option, .vague(word: vague))
            }
            throw RequestError.date(option: option, .none(text: text))
        }
        guard reading.unused.isEmpty || allowPast else {
            throw RequestError.date(
                option: option,
                .partlyRead(
                    matched: reading.matched,
                    echo: DateText.describe(reading.when.date, timed: reading.when.timed, now: now, calendar: calendar),
                    unused: reading.unused.joined(separator: " ")))
        }
        let stillAhead = reading.when.timed ? reading.when.date >= now : reading.when.date >= calendar.startOfDay(now)
        guard allowPast || stillAhead else {
            throw RequestError.date(
                option: option,
                .past(described: DateText.describe(reading.when.date, timed: reading.when.timed, now: now, calendar: calendar)))
        }
        return reading
    }

    /// When something already happened (a touch being corrected): what `read` takes, plus
    /// "3 days ago" and "last friday"; a day without a time keeps `clock`'s time of day, and a
    /// moment still ahead is refused.
    static func past(_ text: String, option: String, keepingTimeOf clock: Date, settings: Settings, calendar: BusinessCalendar, now: Date)
        throws -> Date
    {
        let words = text.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        if let ago = ago(words, now: now, calendar: calendar) { return ago }
        let last = words.first == "last" && words.count > 1
        let reading = try read(
            last ? words.dropFirst().joined(separator: " ") : text, option: option, settings: settings, calendar: calendar, now: now,
            allowPast: true)
        var date = reading.when.date
        if !reading.when.timed { date = timeOfDay(of: clock, on: date, calendar) }
        // "last friday": the reader places a weekday ahead; the one before is meant.
        while last && date > now { date = shift(date, days: -7, calendar) }
        guard date <= now else {
            throw RequestError.touchAhead(described: DateText.describe(date, timed: true, now: now, calendar: calendar))
        }
        return date
    }

    /// "3 days ago", "an hour ago", "2 weeks ago".
    private static func ago(_ words: [String], now: Date, calendar: BusinessCalendar) -> Date? {
        guard words.count == 3, words[2] == "ago" else { return nil }
        let counts = ["a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5]
        guard let count = Int(words[0]) ?? counts[words[0]], (1...1000).contains(count) else { return nil }
        let unit = words[1].hasSuffix("s") ? String(words[1].dropLast()) : words[1]
        switch unit {
        case "minute", "min": return now.addingTimeInterval(TimeInterval(-60 * count))
        case "hour", "hr": return now.addingTimeInterval(TimeInterval(-3600 * count))
        case "day": return shift(now, days: -count, calendar)
        case "week": return shift(now, days: -7 * count, calendar)
        default: return nil
        }
    }

    /// The same time of day, `days` days later (earlier when negative).
    private static func shift(_ date: Date, days: Int, _ calendar: BusinessCalendar) -> Date {
        timeOfDay(of: date, on: calendar.day(days, after: date), calendar)
    }

    /// `clock`'s time of day on the day of `day`.
    private static func timeOfDay(of clock: Date, on day: Date, _ calendar: BusinessCalendar) -> Date {
        calendar.startOfDay(day).addingTimeInterval(clock.timeIntervalSince(calendar.startOfDay(clock)))
    }
}
