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
        mostImportantIndex(items.map(BriefStep.init), now: now, calendar: calendar).map { items[$0] }
    }

    /// The same choice over steps in brief; the index of the one chosen. One pass, no copies:
    /// `next` runs it over every step in the store.
    public static func mostImportantIndex(_ steps: [BriefStep], now: Date, calendar: BusinessCalendar) -> Int? {
        let endOfToday = calendar.day(1, after: now)
        let current = Current(steps, now: now, calendar: calendar)
        var bestDue: Int?
        var earliest: Int?
        // Whether a step still applies is asked only of one that would lead.
        for index in steps.indices {
            let step = steps[index]
            if isDue(timed: step.timed, due: step.due, now: now, endOfToday: endOfToday) {
                if bestDue.map({ byImportance(step, steps[$0]) }) ?? true, current.contains(step) { bestDue = index }
            } else if earliest.map({ byTime(step, steps[$0]) }) ?? true, current.contains(step) {
                earliest = index
            }
        }
        return bestDue ?? earliest
    }

    /// Groups steps; `days` is how far ahead "upcoming" reaches.
    public static func sections(_ items: [AgendaItem], now: Date, calendar: BusinessCalendar, days: Int) -> AgendaSections {
        let bounds = SectionBounds(now: now, calendar: calendar, days: days)
        var sections = AgendaSections(overdue: [], today: [], upcoming: [])
        for item in current(items, now: now, calendar: calendar) {
            switch bounds.section(timed: item.step.timed, due: item.step.due, kind: item.step.kind) {
            case .overdue: sections.overdue.append(item)
            case .today: sections.today.append(item)
            case .upcoming: sections.upcoming.append(item)
            case nil: break
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
        let current = Current(items.map(BriefStep.init), now: now, calendar: calendar)
        return items.filter { current.contains(BriefStep($0)) }
    }

    /// Where a step falls: overdue, today, or within `days` ahead (else nowhere).
    struct SectionBounds {
        enum Section: Int, CaseIterable { case overdue, today, upcoming }

        let now: Date
        let startOfToday: Date
        let endOfToday: Date
        let horizon: Date

        init(now: Date, calendar: BusinessCalendar, days: Int) {
            self.now = now
            startOfToday = calendar.startOfDay(now)
            endOfToday = calendar.day(1, after: now)
            horizon = calendar.day(max(days, 0) + 1, after: now)
        }

        func section(timed: Bool, due: Date, kind: StepKind) -> Section? {
            // Owed with no day yet: never late, on today's list until done.
            if kind == .owed { return due < endOfToday ? .today : .upcoming }
            if timed ? due < now : due < startOfToday { return .overdue }
            if due < endOfToday { return .today }
            return due < horizon ? .upcoming : nil
        }
    }

    /// Which steps still apply today (see `current`), from the few paired messages.
    struct Current {
        let today: Date
        let pairedToday: Set<String>

        init(_ steps: [BriefStep], now: Date, calendar: BusinessCalendar) {
            let today = calendar.startOfDay(now)
            self.today = today
            pairedToday = Set(steps.lazy.filter { $0.kind == .pairedMessage && $0.due >= today }.map(\.contact))
        }

        func contains(_ step: BriefStep) -> Bool {
            if step.kind == .pairedMessage { return step.due >= today }
            // The step after a paired message waits while the paired one is today's.
            return step.kind == .promised || step.kind == .owed || pairedToday.isEmpty || !pairedToday.contains(step.contact)
        }
    }

    /// Whether a step is due now: a timed one whose time has come, a day whose day has come.
    public static func isDue(_ step: NextStep, now: Date, calendar: BusinessCalendar) -> Bool {
        isDue(timed: step.timed, due: step.due, now: now, endOfToday: calendar.day(1, after: now))
    }

    static func isDue(timed: Bool, due: Date, now: Date, endOfToday: Date) -> Bool {
        timed ? due <= now : due < endOfToday
    }

    static func byImportance(_ a: BriefStep, _ b: BriefStep) -> Bool {
        (a.kind.rank, a.due) != (b.kind.rank, b.due) ? (a.kind.rank, a.due) < (b.kind.rank, b.due) : a.name < b.name
    }

    static func byTime(_ a: BriefStep, _ b: BriefStep) -> Bool {
        (a.due, a.kind.rank) != (b.due, b.kind.rank) ? (a.due, a.kind.rank) < (b.due, b.kind.rank) : a.name < b.name
    }

    /// By time; at the same time and kind, a high-priority to-do first.
    static func byTime(_ a: AgendaItem, _ b: AgendaItem) -> Bool {
        let (first, second) = (BriefStep(a), BriefStep(b))
        if (first.due, first.kind) == (second.due, second.kind), a.step.high != b.step.high { return a.step.high == true }
        return byTime(first, second)
    }
}
