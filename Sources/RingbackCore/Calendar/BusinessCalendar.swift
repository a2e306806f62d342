import Foundation

/// Local-day arithmetic in the user's time zone, skipping days the user does not work (their
/// weekdays off and days off such as 25 December).
///
/// Pure: the time zone, working days and days off are passed in, nothing is read from the machine.
public struct BusinessCalendar: Sendable {
    public let timeZone: TimeZone
    public let workingDays: Set<Weekday>
    public let daysOff: DaysOff
    public let calendar: Calendar

    public init(timeZone: TimeZone, workingDays: [Weekday], daysOff: DaysOff = .none) {
        self.daysOff = daysOff
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
        self.timeZone = timeZone
        self.workingDays = workingDays.isEmpty ? Set(Weekday.allCases) : Set(workingDays)
    }

    /// The start of the local day. Computed from the zone's offset, which is right on every
    /// day but one with a clock change before `date`; that case goes to Foundation's calendar.
    public func startOfDay(_ date: Date) -> Date {
        let offset = TimeInterval(timeZone.secondsFromGMT(for: date))
        let local = date.timeIntervalSince1970 + offset
        let guess = Date(timeIntervalSince1970: (local / 86_400).rounded(.down) * 86_400 - offset)
        if TimeInterval(timeZone.secondsFromGMT(for: guess)) == offset { return guess }
        return calendar.startOfDay(for: date)
    }

    /// A number per local day (days since 1970-01-01 in this time zone), for comparing days
    /// across month and year ends.
    public func dayNumber(_ date: Date) -> Int {
        let local = date.timeIntervalSince1970 + TimeInterval(timeZone.secondsFromGMT(for: date))
        return Int((local / 86_400).rounded(.down))
    }

    /// The start of the local day `days` days after the day of `date`.
    public func day(_ days: Int, after date: Date) -> Date {
        // Noon of the target day is always inside it, whatever the clock changes in between.
        startOfDay(startOfDay(date).addingTimeInterval(TimeInterval(days) * 86_400 + 43_200))
    }

    public func weekday(_ date: Date) -> Weekday {
        // Day 0 (1 January 1970) was a Thursday.
        Weekday(gregorianNumber: ((dayNumber(date) + 4) % 7 + 7) % 7 + 1)!
    }

    public func isWorkingDay(_ date: Date) -> Bool {
        workingDays.contains(weekday(date)) && !daysOff.contains(dayNumber: dayNumber(date))
    }

    /// The start of the first working day on or after the day of `date` (within 60 days).
    public func workingDay(onOrAfter date: Date) -> Date {
        var day = startOfDay(date)
        for _ in 0..<60 where !isWorkingDay(day) {
            day = self.day(1, after: day)
        }
        return day
    }

    /// `date` on the day of `day` at the given local clock time.
    public func date(on day: Date, at time: ClockTime) -> Date {
        let start = startOfDay(day)
        let guess = start.addingTimeInterval(TimeInterval(time.hour * 3600 + time.minute * 60))
        let startOffset = timeZone.secondsFromGMT(for: start)
        let startsAtMidnight = (Int(start.timeIntervalSince1970) + startOffset) % 86_400 == 0
        if startsAtMidnight && timeZone.secondsFromGMT(for: guess) == startOffset { return guess }
        // A clock change between midnight and that time: let the calendar place it.
        return calendar.date(bySettingHour: time.hour, minute: time.minute, second: 0, of: start) ?? guess
    }
}
