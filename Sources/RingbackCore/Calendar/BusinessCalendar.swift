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

    /// A number per local day (days since 1970-01-01), for comparing days across month and year ends.
    public func dayNumber(_ date: Date) -> Int {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        // Days from the civil date (Howard Hinnant's algorithm).
        let month = parts.month!, day = parts.day!
        let year = parts.year! - (month <= 2 ? 1 : 0)
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
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
