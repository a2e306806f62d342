import Foundation
import RingbackCore
import RingbackWhen

/// Reads a WHEN typed by the user (ISO 8601 or everyday words) and refuses moments already past.
enum WhenInput {
    static func parse(_ text: String, option: String, settings: Settings, calendar: BusinessCalendar, now: Date) throws -> When {
        try read(text, option: option, settings: settings, calendar: calendar, now: now, allowPast: false).when
    }

    static func read(_ text: String, option: String, settings: Settings, calendar: BusinessCalendar, now: Date, allowPast: Bool) throws
        -> DateReading
    {
        let parser = WhenParser(now: now, calendar: calendar, settings: settings)
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
}
