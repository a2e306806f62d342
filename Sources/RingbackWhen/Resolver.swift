import Foundation
import RingbackCore

/// Places a phrase on the calendar relative to `now`, always forward in time.
struct Resolver {
    let now: Date
    let calendar: BusinessCalendar
    let parts: PartsOfDay

    func resolve(_ phrase: Phrase) -> (when: When, isPast: Bool)? {
        if let minutes = phrase.minutesFromNow {
            let moment = now.addingTimeInterval(TimeInterval(minutes * 60))
            let rounded = Date(timeIntervalSince1970: (moment.timeIntervalSince1970 / 60).rounded(.down) * 60)
            return (When(date: rounded, timed: true), false)
        }
        let today = calendar.startOfDay(now)
        guard let time = phrase.time else {
            guard let spec = phrase.day, let day = day(spec) else { return nil }
            return (When(date: day, timed: false), day < today)
        }
        let clock = time.clockTime(parts)
        if time == .tonight, phrase.day == .today, calendar.date(on: today, at: clock) < now {
            // "Tonight" said after the evening began: the next half hour still counts.
            let halfHours = (now.timeIntervalSince1970 / 1800).rounded(.up) * 1800
            let moment = Date(timeIntervalSince1970: halfHours)
            if calendar.dayNumber(moment) == calendar.dayNumber(now) { return (When(date: moment, timed: true), false) }
        }
        if let spec = phrase.day {
            guard let day = day(spec) else { return nil }
            let moment = calendar.date(on: day, at: clock)
            return (When(date: moment, timed: true), moment < now)
        }
        // A time alone is the next such time: today if still ahead, else tomorrow, unless
        // the user said "this morning" and the like.
        let moment = calendar.date(on: today, at: clock)
        if moment >= now || phrase.saidToday { return (When(date: moment, timed: true), moment < now) }
        return (When(date: calendar.date(on: calendar.day(1, after: today), at: clock), timed: true), false)
    }

    /// The start of the local day a spec names; nil for impossible dates ("Feb 30").
    func day(_ spec: DaySpec) -> Date? {
        let today = calendar.startOfDay(now)
        let weekday = mondayBased(today)
        switch spec {
        case .today:
            return today
        case .tomorrow:
            return calendar.day(1, after: today)
        case let .weekday(target, mode):
            let offset = mondayBased(target)
            switch mode {
            case .coming: return calendar.day((offset - weekday + 6) % 7 + 1, after: today)
            case .this: return calendar.day((offset - weekday + 7) % 7, after: today)
            case .nextWeek: return calendar.day(7 - weekday + offset, after: today)
            }
        case .nextWeek:
            return calendar.workingDay(onOrAfter: calendar.day(7 - weekday, after: today))
        case .weekend(let next):
            let saturday = calendar.day(5 - weekday + (next ? 7 : 0), after: today)
            return max(saturday, today)
        case .endOfWeek(let next):
            var end = lastWorkingDay(through: calendar.day(6 - weekday + (next ? 7 : 0), after: today))
            if end < today { end = lastWorkingDay(through: calendar.day(13 - weekday, after: today)) }
            return end
        case .monthStart(let ahead):
            let first = firstOfMonth(monthsAhead: ahead)
            return calendar.workingDay(onOrAfter: first)
        case .monthEnd(let ahead):
            let last = calendar.calendar.date(byAdding: .day, value: -1, to: firstOfMonth(monthsAhead: ahead + 1))!
            return max(lastWorkingDay(through: last), today)
        case let .offset(count, unit):
            switch unit {
            case .days: return calendar.day(count, after: today)
            // Months and years are a rough span: the working day it lands on or after ("in 3
            // months" from 30 Nov is Mon 1 Mar, not Sun 28 Feb).
            case .weeks: return calendar.day(count * 7, after: today)
            case .months:
                return calendar.calendar.date(byAdding: .month, value: count, to: today).map {
                    calendar.workingDay(onOrAfter: calendar.startOfDay($0))
                }
            case .years:
                return calendar.calendar.date(byAdding: .year, value: count, to: today).map {
                    calendar.workingDay(onOrAfter: calendar.startOfDay($0))
                }
            case .businessDays:
                var day = today
                for _ in 0..<count { day = calendar.workingDay(onOrAfter: calendar.day(1, after: day)) }
                return day
            }
        case let .calendar(month, dayOfMonth, year):
            return calendarDate(month: month, day: dayOfMonth, year: year)
        case let .monthDay(dayOfMonth, ahead):
            let first = firstOfMonth(monthsAhead: ahead)
            guard let date = calendar.calendar.date(byAdding: .day, value: dayOfMonth - 1, to: first),
                calendar.calendar.component(.month, from: date) == calendar.calendar.component(.month, from: first)
            else { return nil }
            return calendar.startOfDay(date)
        case let .monthPart(part, month, ahead):
            var first = firstOfMonth(monthsAhead: ahead)
            if let month {
                // The named month: this year's while its part is still ahead, else next year's;
                // with 12 months ahead ("q4 next year"), next calendar year's.
                let current = calendar.calendar.component(.month, from: today)
                first = firstOfMonth(monthsAhead: ahead == 12 ? 12 - current + month : (month - current + 12) % 12)
                if ahead != 12, let day = partDay(part, of: first), day < today {
                    first = firstOfMonth(monthsAhead: (month - current + 12) % 12 + 12)
                }
            }
            return partDay(part, of: first)
        case .quarterStart(let ahead):
            let month = calendar.calendar.component(.month, from: today)
            return calendar.workingDay(onOrAfter: firstOfMonth(monthsAhead: 3 * ahead - (month - 1) % 3))
        case let .holiday(holiday, side):
            let year = calendar.calendar.component(.year, from: today)
            guard var date = holidayDate(holiday, year: year) else { return nil }
            if date < today, let next = holidayDate(holiday, year: year + 1) { date = next }
            if side == .before { return max(lastWorkingDay(through: calendar.day(-1, after: date)), today) }
            // The new year is a time to start again: its first working day.
            if side == .after || holiday == .newYear { return calendar.workingDay(onOrAfter: calendar.day(1, after: date)) }
            return date
        case .exact(let date):
            // ISO fields were read on UTC: keep the fields, in the user's zone.
            var utc = Calendar(identifier: .gregorian)
            utc.timeZone = TimeZone(identifier: "UTC")!
            let p = utc.dateComponents([.year, .month, .day], from: date)
            return calendar.calendar.date(from: DateComponents(year: p.year, month: p.month, day: p.day)).map(calendar.startOfDay)
        case let .after(base, days):
            return day(base).map { calendar.day(days, after: $0) }
        case let .workingDayAfter(base):
            return day(base).map { calendar.workingDay(onOrAfter: calendar.day(1, after: $0)) }
        }
    }

    private func calendarDate(month: Int?, day: Int, year: Int?) -> Date? {
        let today = calendar.startOfDay(now)
        let parts = calendar.calendar.dateComponents([.year, .month], from: today)
        func make(_ y: Int, _ m: Int) -> Date? {
            guard let date = calendar.calendar.date(from: DateComponents(year: y, month: m, day: day)),
                calendar.calendar.component(.day, from: date) == day
            else { return nil }
            return calendar.startOfDay(date)
        }
        guard let month else {
            // "the 14th": this month if still ahead, else the next month that has that day.
            for ahead in 0..<13 {
                let m = (parts.month! - 1 + ahead) % 12 + 1
                let y = parts.year! + (parts.month! - 1 + ahead) / 12
                if let date = make(y, m), date >= today { return date }
            }
            return nil
        }
        if let year { return make(year, month) }
        if let date = make(parts.year!, month), date >= today { return date }
        // Past this year (or 29 Feb in a common year): the next year that has it.
        for ahead in 1...8 { if let date = make(parts.year! + ahead, month) { return date } }
        return nil
    }

    /// The working day a part of a month stands for: the 1st, the 5th, the 15th (or the next
    /// working day), or the last working day.
    private func partDay(_ part: DaySpec.MonthPart, of first: Date) -> Date? {
        switch part {
        case .start: return calendar.workingDay(onOrAfter: first)
        case .early: return calendar.workingDay(onOrAfter: calendar.day(4, after: first))
        case .middle: return calendar.workingDay(onOrAfter: calendar.day(14, after: first))
        case .end:
            guard let next = calendar.calendar.date(byAdding: .month, value: 1, to: first) else { return nil }
            return lastWorkingDay(through: calendar.day(-1, after: calendar.startOfDay(next)))
        }
    }

    /// The day of a holiday in a year (the new year: the 1st of January after that year's December).
    private func holidayDate(_ holiday: Holiday, year: Int) -> Date? {
        func make(_ month: Int, _ day: Int, _ y: Int = year) -> Date? {
            calendar.calendar.date(from: DateComponents(year: y, month: month, day: day)).map(calendar.startOfDay)
        }
        /// The nth given weekday (Sunday 1 ... Saturday 7) of a month.
        func nth(_ n: Int, _ weekday: Int, of month: Int) -> Date? {
            guard let first = make(month, 1) else { return nil }
            let offset = (weekday - calendar.calendar.component(.weekday, from: first) + 7) % 7 + 7 * (n - 1)
            return calendar.day(offset, after: first)
        }
        switch holiday {
        case .newYear: return make(12, 31)
        case .christmas: return make(12, 25)
        case .thanksgiving: return nth(4, 5, of: 11)
        case .laborDay: return nth(1, 2, of: 9)
        case .easter:
            // Anonymous Gregorian computus.
            let a = year % 19
            let (b, c) = (year / 100, year % 100)
            let (d, e) = (b / 4, b % 4)
            let g = (8 * b + 13) / 25
            let h = (19 * a + b - d - g + 15) % 30
            let (i, k) = (c / 4, c % 4)
            let l = (32 + 2 * e + 2 * i - h - k) % 7
            let m = (a + 11 * h + 19 * l) / 433
            let month = (h + l - 7 * m + 90) / 25
            return make(month, (h + l - 7 * m + 33 * month + 19) % 32)
        }
    }

    private func firstOfMonth(monthsAhead: Int) -> Date {
        let parts = calendar.calendar.dateComponents([.year, .month], from: now)
        let start = calendar.calendar.date(from: DateComponents(year: parts.year, month: parts.month, day: 1))!
        return calendar.startOfDay(calendar.calendar.date(byAdding: .month, value: monthsAhead, to: start)!)
    }

    private func lastWorkingDay(through day: Date) -> Date {
        var day = day
        for _ in 0..<7 where !calendar.isWorkingDay(day) { day = calendar.day(-1, after: day) }
        return day
    }

    /// Monday 0 ... Sunday 6.
    private func mondayBased(_ date: Date) -> Int { mondayBased(calendar.weekday(date)) }

    private func mondayBased(_ weekday: Weekday) -> Int { (weekday.gregorianNumber + 5) % 7 }
}
