import Foundation

/// Dates the way people read them: "today", "tomorrow", "Thu 27 Nov, 13:00", and how
/// overdue something is. Always shows the weekday so a misreading is easy to catch.
public enum DateText {
    public static func describe(_ date: Date, timed: Bool, now: Date, calendar: BusinessCalendar) -> String {
        let days = calendar.dayNumber(date) - calendar.dayNumber(now)
        let day = dayName(date, calendar, now: now)
        var text: String
        switch days {
        case 0: text = "today (\(day))"
        case 1: text = "tomorrow (\(day))"
        case -1: text = "yesterday (\(day))"
        default: text = day
        }
        if timed { text += ", " + clock(date, calendar) }
        return text
    }

    /// "3 days overdue", "overdue since 10:00", or nil when not overdue.
    public static func overdue(_ date: Date, timed: Bool, now: Date, calendar: BusinessCalendar) -> String? {
        let days = calendar.dayNumber(now) - calendar.dayNumber(date)
        if days > 0 { return days == 1 ? "1 day overdue" : "\(days) days overdue" }
        if timed && date < now { return "overdue since \(clock(date, calendar))" }
        return nil
    }

    /// Whole days overdue (0 when due today or later).
    public static func overdueDays(_ date: Date, now: Date, calendar: BusinessCalendar) -> Int {
        max(0, calendar.dayNumber(now) - calendar.dayNumber(date))
    }

    /// "Thu 27 Nov" (with the year when it is not this year's).
    public static func dayName(_ date: Date, _ calendar: BusinessCalendar, now: Date) -> String {
        let parts = calendar.calendar.dateComponents([.year, .month, .day, .weekday], from: date)
        let weekday = Weekday(gregorianNumber: parts.weekday!)!.rawValue.capitalized
        let month = months[parts.month! - 1]
        let sameYear = calendar.calendar.component(.year, from: now) == parts.year!
        return "\(weekday) \(parts.day!) \(month)" + (sameYear ? "" : " \(parts.year!)")
    }

    /// A day as people say it aloud: "Friday" within the coming week, "Monday the 30th" within
    /// a month, else "Mon 14 Dec".
    public static func spokenDay(_ date: Date, _ calendar: BusinessCalendar, now: Date) -> String {
        let ahead = calendar.dayNumber(date) - calendar.dayNumber(now)
        let parts = calendar.calendar.dateComponents([.day, .weekday], from: date)
        guard (1...27).contains(ahead), let day = Weekday(gregorianNumber: parts.weekday!) else { return dayName(date, calendar, now: now) }
        guard ahead > 6 else { return day.spoken }
        let number = parts.day!
        let suffix = (11...13).contains(number % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][number % 10] ?? "th"
        return "\(day.spoken) the \(number)\(suffix)"
    }

    public static func clock(_ date: Date, _ calendar: BusinessCalendar) -> String {
        let parts = calendar.calendar.dateComponents([.hour, .minute], from: date)
        return ClockTime(hour: parts.hour!, minute: parts.minute!)!.description
    }

    /// ISO 8601 for JSON: `2026-11-24` for a day, `2026-11-24T10:00:00+01:00` for a time.
    public static func iso(_ date: Date, timed: Bool, calendar: BusinessCalendar) -> String {
        let p = calendar.calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let day = "\(digits(p.year!, 4))-\(digits(p.month!))-\(digits(p.day!))"
        guard timed else { return day }
        let offset = calendar.timeZone.secondsFromGMT(for: date)
        let zone = "\(offset < 0 ? "-" : "+")\(digits(abs(offset) / 3600)):\(digits(abs(offset) % 3600 / 60))"
        return "\(day)T\(digits(p.hour!)):\(digits(p.minute!)):\(digits(p.second!))\(zone)"
    }

    /// RFC 3339 with the zone's offset, the one format of every date in Ringback's JSON:
    /// `2026-11-24T10:00:00+01:00` (a day alone is its midnight).
    public static func rfc3339(_ date: Date, calendar: BusinessCalendar) -> String {
        iso(date, timed: true, calendar: calendar)
    }

    /// `value` with leading zeros to `width` digits (String(format:) is slow on Linux).
    private static func digits(_ value: Int, _ width: Int = 2) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
