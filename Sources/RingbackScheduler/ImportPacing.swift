import Foundation
import RingbackCore

/// Spreads the first calls of imported contacts over working days, a number a day, after
/// the first calls already queued, so an import of 1,000 contacts is not 1,000 calls today.
public struct ImportPacing {
    private let perDay: Int
    private let calendar: BusinessCalendar
    /// First calls already queued, by day number.
    private var queued: [Int: Int]
    private var day: Date
    /// The day the last imported first call went on.
    public private(set) var lastDay: Date?

    public init(existing: [Contact], perDay: Int, calendar: BusinessCalendar, now: Date) {
        self.perDay = max(1, perDay)
        self.calendar = calendar
        var queued: [Int: Int] = [:]
        for contact in existing where contact.status == .active && contact.history.lastTouch == nil {
            queued[calendar.dayNumber(Scheduler.firstCallDay(contact, calendar)), default: 0] += 1
        }
        self.queued = queued
        day = calendar.workingDay(onOrAfter: calendar.startOfDay(now))
    }

    /// The day the next imported contact's first call goes on.
    public mutating func nextDay() -> Date {
        while queued[calendar.dayNumber(day), default: 0] >= perDay {
            day = calendar.workingDay(onOrAfter: calendar.day(1, after: day))
        }
        queued[calendar.dayNumber(day), default: 0] += 1
        lastDay = day
        return day
    }
}
