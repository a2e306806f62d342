import Foundation
import RingbackCore

/// What a limited agenda needs from steps in brief: how many each section holds, and the
/// contacts whose steps can be among the first `limit` of a section (everyone tied at the
/// cut included, since names break ties and are not in brief), so the store reads only
/// those in full. At 100k contacts the agenda's first 25 cost what `next` costs.
public struct AgendaNarrowing: Equatable, Sendable {
    public var overdue = 0
    public var today = 0
    public var upcoming = 0
    public var contacts: Set<String> = []

    /// `days` as in `Agenda.sections`. With nothing overdue or due today and `days` 0, the
    /// contact of the step that comes next is chosen too (the agenda names it).
    public init(_ steps: [BriefStep], now: Date, calendar: BusinessCalendar, days: Int, limit: Int) {
        let bounds = Agenda.SectionBounds(now: now, calendar: calendar, days: days)
        let current = Agenda.Current(steps, now: now, calendar: calendar)
        // The first `limit` keys (due, kind) of each section, kept sorted as they are met.
        var firsts = [[Key]](repeating: [], count: Agenda.SectionBounds.Section.allCases.count)
        var sections = [Agenda.SectionBounds.Section?](repeating: nil, count: steps.count)
        for (index, step) in steps.enumerated() {
            guard let section = bounds.section(timed: step.timed, due: step.due, kind: step.kind), current.contains(step) else { continue }
            sections[index] = section
            let key = Key(step)
            let kept = section.rawValue
            if firsts[kept].count == limit, let last = firsts[kept].last, !(key < last) { continue }
            firsts[kept].insert(key, at: firsts[kept].firstIndex { key < $0 } ?? firsts[kept].endIndex)
            if firsts[kept].count > limit { firsts[kept].removeLast() }
        }
        for (index, step) in steps.enumerated() {
            guard let section = sections[index] else { continue }
            switch section {
            case .overdue: overdue += 1
            case .today: today += 1
            case .upcoming: upcoming += 1
            }
            if let last = firsts[section.rawValue].last, !(last < Key(step)) { contacts.insert(step.contact) }
        }
        if days == 0, overdue == 0, today == 0, let next = Agenda.mostImportantIndex(steps, now: now, calendar: calendar) {
            contacts.insert(steps[next].contact)
        }
    }

    /// A step's place in the agenda's order before names: when, then what kind.
    private struct Key: Comparable {
        var due: Date
        var rank: Int

        init(_ step: BriefStep) {
            due = step.due
            rank = step.kind.rank
        }

        static func < (a: Key, b: Key) -> Bool { (a.due, a.rank) < (b.due, b.rank) }
    }
}
