import Foundation
import RingbackCore

/// The time zone, working week and date helper the tests share: Paris, Monday to Friday.
public enum Paris {
    public static let timeZone = TimeZone(identifier: "Europe/Paris")!
    public static let calendar = BusinessCalendar(timeZone: timeZone, workingDays: Weekday.mondayToFriday)
    /// The same week with the default days off (1 January, 25 December), as a new user has.
    public static let defaultCalendar = BusinessCalendar(
        timeZone: timeZone, workingDays: Weekday.mondayToFriday, daysOff: Settings().daysOffCalendar)

    /// A local Paris time or day: "2026-11-20T10:00", "2026-11-20".
    public static func date(_ text: String) -> Date {
        When.iso8601(text, calendar: calendar)!.date
    }
}
