import Foundation

/// What is odd about a time agreed with someone, so it is questioned rather than refused:
/// outside the user's working hours, on the user's day off (a weekend or a holiday), or at
/// an hour outside working hours on the contact's own clock.
public enum TimeConcern: Equatable, Sendable {
    case outsideHours(WorkingHours)
    case dayOff
    /// Their local clock time then, their zone's name, and their weekday when it is not the
    /// user's ("02:00 Fri" for a Thursday 17:00 in London).
    case theirClock(ClockTime, zone: String, otherDay: Weekday? = nil)

    /// "02:00" or "02:00 Fri": their time, with their day when it differs.
    public var theirTime: String? {
        guard case .theirClock(let time, _, let day) = self else { return nil }
        return time.description + (day.map { " " + $0.rawValue.prefix(1).uppercased() + $0.rawValue.dropFirst() } ?? "")
    }

    /// The concerns about `when` for the user (their hours and calendar) and, when the
    /// contact has a zone of their own, for the contact (the same hours, on their clock).
    public static func about(_ when: When, hours: WorkingHours, calendar: BusinessCalendar, theirZone: String?) -> [TimeConcern] {
        var concerns: [TimeConcern] = []
        if !calendar.isWorkingDay(when.date) { concerns.append(.dayOff) }
        guard when.timed else { return concerns }
        if !hours.contains(when.date, calendar: calendar) { concerns.append(.outsideHours(hours)) }
        if let clock = theirClock(when.date, calendar: calendar, zone: theirZone), let zone = TimeZone(identifier: theirZone ?? ""),
            !hours.isWorkingTime(when.date, calendar: BusinessCalendar(timeZone: zone, workingDays: Array(calendar.workingDays)))
        {
            concerns.append(clock)
        }
        return concerns
    }

    /// The moment on the contact's clock, when their zone differs from the user's there.
    public static func theirClock(_ date: Date, calendar: BusinessCalendar, zone name: String?) -> TimeConcern? {
        guard let name, let zone = TimeZone(identifier: name), zone.secondsFromGMT(for: date) != calendar.timeZone.secondsFromGMT(for: date)
        else { return nil }
        let theirs = BusinessCalendar(timeZone: zone, workingDays: Array(calendar.workingDays))
        let minutes = Int(date.timeIntervalSince(theirs.startOfDay(date)) / 60)
        let day = theirs.weekday(date)
        return ClockTime(hour: minutes / 60, minute: minutes % 60).map {
            .theirClock($0, zone: name, otherDay: day == calendar.weekday(date) ? nil : day)
        }
    }

    /// Whether it is the contact's clock.
    public var isTheirClock: Bool {
        if case .theirClock = self { return true }
        return false
    }
}
