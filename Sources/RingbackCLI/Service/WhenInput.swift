import RingbackCore

/// Reads a WHEN typed on the command line and refuses moments already past.
enum WhenInput {
    static func parse(_ text: String, option: String, calendar: BusinessCalendar, now: Date) throws -> When {
        guard let when = When.iso8601(text, calendar: calendar) else {
            throw UserError("\(option): '\(text)' is not a date I can read; use 2026-11-24 or 2026-11-24T10:00")
        }
        let stillAhead = when.timed ? when.date >= now : when.date >= calendar.startOfDay(now)
        guard stillAhead else {
            throw UserError("\(option): \(DateText.describe(when.date, timed: when.timed, now: now, calendar: calendar)) is in the past")
        }
        return when
    }
}

import Foundation
