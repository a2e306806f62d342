import Foundation
import RingbackCore

/// Dates and calendars the core tests share.
enum Fixtures {
    static let paris = TimeZone(identifier: "Europe/Paris")!
    static let calendar = BusinessCalendar(timeZone: paris, workingDays: Weekday.mondayToFriday)

    /// A local Paris time, "2026-11-20T10:00".
    static func date(_ text: String) -> Date {
        When.iso8601(text, calendar: calendar)!.date
    }

    static func touch(_ at: String, _ outcome: Outcome, _ channel: Channel = .call) -> Touch {
        Touch(id: at, contact: "dana", at: date(at), channel: channel, outcome: outcome)
    }
}
