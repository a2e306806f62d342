import Foundation

/// Local-day arithmetic in the user's time zone, skipping days the user does not work.
///
/// Pure: the time zone and working days are passed in, nothing is read from the machine.
public struct BusinessCalendar: Sendable {
    public let timeZone: TimeZone
    public let workingDays: Set<Weekday>
    public let calendar: Calendar

    public init(timeZone: TimeZone, workingDays: [Weekday]) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
        self.timeZone = timeZone
        self.workingDays = workingDays.isEmpty ? Set(Weekday.allCases) : Set(workingDays)
    }

    public func startOfDay(_ date: Date) -> Date { calendar.startOfDay(for: date) }

    /// A number per local day (days since 1970-01-01 in this time zone), for comparing days
    /// across month and year ends.
    public func dayNumber(_ date: Date) -> Int {
        let local = date.timeIntervalSince1970 + TimeInterval(timeZone.secondsFromGMT(for: date))
        return Int((local / 86_400).rounded(.down))
    }

    /// The start of the local day `days` days after the day of `date`.
    public func day(_ days: Int, after date: Date) -> Date {
        calendar.date(byAdding: .day, value: days, to: startOfDay(date))!
    }

    public func weekday(_ date: Date) -> Weekday {
        Weekday(gregorianNumber: calendar.component(.weekday, from: date))!
    }

    public func isWorkingDay(_ date: Date) -> Bool { workingDays.contains(weekday(date)) }

    /// The start of the first working day on or after the day of `date`.
    public func workingDay(onOrAfter date: Date) -> Date {
        var day = startOfDay(date)
        for _ in 0..<7 where !isWorkingDay(day) {
            day = self.day(1, after: day)
        }
        return day
    }

    /// `date` on the day of `day` at the given local clock time.
    public func date(on day: Date, at time: ClockTime) -> Date {
        calendar.date(bySettingHour: time.hour, minute: time.minute, second: 0, of: startOfDay(day))
            ?? startOfDay(day).addingTimeInterval(TimeInterval(time.hour * 3600 + time.minute * 60))
    }
}
