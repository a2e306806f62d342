import Foundation
import RingbackCore

/// A day as the user said it, before it is placed on the calendar.
indirect enum DaySpec: Equatable {
    enum WeekdayMode: Equatable {
        /// "friday", "coming friday": the next one to come, not today.
        case coming
        /// "this friday": this week's, or today's if today is Friday.
        case this
        /// "next friday", "friday next week": the one in next week.
        case nextWeek
    }

    enum Unit: Equatable { case days, weeks, months, years, businessDays }

    /// Where in a month: "early", "mid", "end of".
    enum MonthPart: Equatable { case start, early, middle, end }

    case today
    case tomorrow
    case weekday(Weekday, WeekdayMode)
    case nextWeek
    case weekend(next: Bool)
    case endOfWeek(next: Bool)
    case monthStart(monthsAhead: Int)
    case monthEnd(monthsAhead: Int)
    case offset(Int, Unit)
    /// month nil: "the 14th" (this month or the next that has it).
    case calendar(month: Int?, day: Int, year: Int?)
    /// "the 3rd of next month": a day of the month `monthsAhead` from this one.
    case monthDay(day: Int, monthsAhead: Int)
    /// "mid december" (a named month, the next to come) or "end of next month" (months ahead).
    /// With a month, `monthsAhead` is 0, or 12 for that month of next calendar year ("q4 next year").
    case monthPart(MonthPart, month: Int?, monthsAhead: Int)
    /// The first working day of the quarter `quartersAhead` from this one ("next quarter").
    case quarterStart(quartersAhead: Int)
    /// A holiday's own day, the first working day after it, or the last one before it.
    case holiday(Holiday, HolidaySide)
    case exact(Date)
    case after(DaySpec, days: Int)
    /// "after jan 5": the first working day after that day.
    case workingDayAfter(DaySpec)
}

/// "christmas", "after christmas", "before christmas".
enum HolidaySide: Equatable { case on, after, before }

/// The holidays people plan around ("after thanksgiving", "in the new year").
enum Holiday: Equatable {
    case newYear, easter, laborDay, thanksgiving, christmas
}

/// A time of day as the user said it.
enum TimeSpec: Equatable {
    case clock(ClockTime)
    case firstThing, morning, afterLunch, afternoon, endOfDay, evening
    /// The evening, or within the hour when the evening has begun.
    case tonight

    func clockTime(_ parts: PartsOfDay) -> ClockTime {
        switch self {
        case .clock(let time): return time
        case .firstThing: return parts.firstThing
        case .morning: return parts.morning
        case .afterLunch: return parts.afterLunch
        case .afternoon: return parts.afternoon
        case .endOfDay: return parts.endOfDay
        case .evening, .tonight: return parts.evening
        }
    }
}

/// A whole date phrase: a day, a time, both, or a number of minutes from now.
struct Phrase: Equatable {
    var day: DaySpec?
    var time: TimeSpec?
    var minutesFromNow: Int?
    /// The day was said as today ("today", "tonight", "this morning").
    var saidToday = false
}
