import Foundation
import RingbackCore

/// Follow-ups grouped the way a day is planned: overdue, today, and the days ahead.
public struct AgendaSections: Equatable, Sendable {
    public var overdue: [AgendaItem]
    public var today: [AgendaItem]
    public var upcoming: [AgendaItem]
}

/// Ranks and groups next steps relative to `now`. Pure.
public enum Agenda {
    /// Steps due now (or overdue), most important first: promises kept before cadence
    /// steps, then the longest waiting. Nothing due now: the earliest step still to come.
    public static func mostImportant(_ items: [AgendaItem], now: Date, calendar: BusinessCalendar) -> AgendaItem? {
        let endOfToday = calendar.day(1, after: now)
        var bestDue: AgendaItem?
        var earliest: AgendaItem?
        for item in current(items, now: now, calendar: calendar) {
            if isDue(item.step, now: now, endOfToday: endOfToday) {
                if bestDue.map({ byImportance(item, $0) }) ?? true { bestDue = item }
            } else if earliest.map({ byTime(item, $0) }) ?? true {
                earliest = item
            }
        }
        return bestDue ?? earliest
    }

    /// Groups steps; `days` is how far ahead "upcoming" reaches.
    public static func sections(_ items: [AgendaItem], now: Date, calendar: BusinessCalendar, days: Int) -> AgendaSections {
        let startOfToday = calendar.startOfDay(now)
        let endOfToday = calendar.day(1, after: now)
        let horizon = calendar.day(max(days, 0) + 1, after: now)
        var sections = AgendaSections(overdue: [], today: [], upcoming: [])
        for item in current(items, now: now, calendar: calendar) {
            let step = item.step
            if step.timed ? step.due < now : step.due < startOfToday {
                sections.overdue.append(item)
            } else if step.due < endOfToday {
                sections.today.append(item)
            } else if step.due < horizon {
                sections.upcoming.append(item)
            }
        }
        sections.overdue.sort(by: byTime)
        sections.today.sort(by: byTime)
        sections.upcoming.sort(by: byTime)
        return sections
    }

    /// The items that still apply today: a voicemail's paired message only on its own day
    /// (its contact's cadence step, listed beside it, takes over after); without it, the
    /// cadence step waits until the paired day has passed.
    public static func current(_ items: [AgendaItem], now: Date, calendar: BusinessCalendar) -> [AgendaItem] {
        let today = calendar.startOfDay(now)
        let pairedToday = Set(items.filter { $0.step.kind == .pairedMessage && $0.step.due >= today }.map(\.step.contact))
        let hadPaired = Set(items.filter { $0.step.kind == .pairedMessage }.map(\.step.contact))
        return items.filter { item in
            if item.step.kind == .pairedMessage { return item.step.due >= today }
            // The step after a paired message waits while the paired one is today's.
            if hadPaired.contains(item.step.contact) && item.step.kind != .promised { return !pairedToday.contains(item.step.contact) }
            return true
        }
    }

    /// Whether a step is due now: a timed one whose time has come, a day whose day has come.
    public static func isDue(_ step: NextStep, now: Date, calendar: BusinessCalendar) -> Bool {
        isDue(step, now: now, endOfToday: calendar.day(1, after: now))
    }

    static func isDue(_ step: NextStep, now: Date, endOfToday: Date) -> Bool {
        step.timed ? step.due <= now : step.due < endOfToday
    }

    static func byImportance(_ a: AgendaItem, _ b: AgendaItem) -> Bool {
        (a.step.kind.rank, a.step.due, a.name) < (b.step.kind.rank, b.step.due, b.name)
    }

    static func byTime(_ a: AgendaItem, _ b: AgendaItem) -> Bool {
        (a.step.due, a.step.kind.rank, a.name) < (b.step.due, b.step.kind.rank, b.name)
    }
}
