import Foundation
import RingbackCore
import RingbackScheduler
import RingbackTestSupport
import Testing

struct AgendaNarrowingTests {
    let calendar = SchedulerFixtures.calendar
    let now = Paris.date("2026-11-23T11:00")

    /// Many steps on few days, so ties at the cut are common; some contacts with a paired
    /// message and the step after it, some with a promise beside their cadence step.
    func randomItems(_ count: Int, seed: UInt64) -> [AgendaItem] {
        var generator = SeededGenerator(seed: seed)
        let kinds: [StepKind] = [.cadence, .agreed, .promised, .pairedMessage, .first, .nurture]
        var items: [AgendaItem] = []
        for index in 0..<count {
            let name = "Person \(Int.random(in: 0..<count, using: &generator))"
            let day = Int.random(in: -6...12, using: &generator)
            let timed = Bool.random(using: &generator)
            let due = calendar.day(day, after: calendar.startOfDay(now)).addingTimeInterval(
                timed ? 3600 * Double(Int.random(in: 8...18, using: &generator)) : 0)
            let kind = kinds.randomElement(using: &generator)!
            items.append(
                AgendaItem(
                    name: name, company: nil,
                    step: NextStep(
                        contact: "c\(index % (count / 2))", due: due, timed: timed, channel: .call, kind: kind, technique: "t", script: "s",
                        attempt: 1)))
        }
        return items
    }

    /// The first `limit` of each section read from the chosen contacts only are the first
    /// `limit` of the whole agenda, and the counts are the whole sections'.
    @Test(arguments: [1, 3, 25], [0, 1, 7])
    func narrowedSectionsMatchTheWholeAgenda(limit: Int, days: Int) {
        for seed in 1...20 as ClosedRange<UInt64> {
            let items = randomItems(200, seed: seed)
            let whole = Agenda.sections(items, now: now, calendar: calendar, days: days)
            let narrowing = AgendaNarrowing(items.map(BriefStep.init), now: now, calendar: calendar, days: days, limit: limit)
            #expect(narrowing.overdue == whole.overdue.count)
            #expect(narrowing.today == whole.today.count)
            #expect(narrowing.upcoming == whole.upcoming.count)
            let read = items.filter { narrowing.contacts.contains($0.step.contact) }
            let narrowed = Agenda.sections(read, now: now, calendar: calendar, days: days)
            #expect(Array(narrowed.overdue.prefix(limit)) == Array(whole.overdue.prefix(limit)))
            #expect(Array(narrowed.today.prefix(limit)) == Array(whole.today.prefix(limit)))
            #expect(Array(narrowed.upcoming.prefix(limit)) == Array(whole.upcoming.prefix(limit)))
            // It narrows: far fewer contacts than the store's when the limit is small.
            if limit == 1 { #expect(narrowing.contacts.count < Set(items.map(\.step.contact)).count / 2) }
        }
    }

    /// With nothing overdue or due today, a day's agenda names the step that comes next: its
    /// contact is read too.
    @Test func theNextStepIsReadWhenNothingIsDueToday() {
        let later = randomItems(200, seed: 3).filter { $0.step.due >= calendar.day(1, after: now) }
        let narrowing = AgendaNarrowing(later.map(BriefStep.init), now: now, calendar: calendar, days: 0, limit: 5)
        #expect(narrowing.overdue == 0 && narrowing.today == 0 && narrowing.upcoming == 0)
        let read = later.filter { narrowing.contacts.contains($0.step.contact) }
        #expect(!read.isEmpty)
        #expect(Agenda.mostImportant(read, now: now, calendar: calendar) == Agenda.mostImportant(later, now: now, calendar: calendar))
    }
}
