import Foundation

/// The user's working hours: agreed times outside them are questioned, not refused.
public struct WorkingHours: Codable, Equatable, Sendable, CustomStringConvertible {
    public var start: ClockTime
    public var end: ClockTime

    public static let standard = WorkingHours(start: ClockTime(hour: 9, minute: 0)!, end: ClockTime(hour: 17, minute: 30)!)

    public init(start: ClockTime, end: ClockTime) {
        self.start = start
        self.end = end
    }

    /// Reads "09:00-17:30"; nil when it is not two times in order.
    public init?(_ text: String) {
        let parts = text.split(separator: "-").map { ClockTime(String($0).trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, let start = parts[0], let end = parts[1], start < end else { return nil }
        self.init(start: start, end: end)
    }

    /// Whether a moment's local clock time falls inside the hours.
    public func contains(_ date: Date, calendar: BusinessCalendar) -> Bool {
        let minutes = Int(date.timeIntervalSince(calendar.startOfDay(date)) / 60)
        return minutes >= start.minutes && minutes <= end.minutes
    }

    /// Whether `date` is inside the hours on a working day: a step due "today" waits for it.
    public func isWorkingTime(_ date: Date, calendar: BusinessCalendar) -> Bool {
        calendar.isWorkingDay(date) && contains(date, calendar: calendar)
    }

    /// "09:00–17:30".
    public var description: String { "\(start)–\(end)" }
}
