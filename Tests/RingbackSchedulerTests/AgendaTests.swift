import Foundation
import RingbackCore
import RingbackScheduler
import RingbackTestSupport
import Testing

struct AgendaTests {
    func date(_ text: String) -> Date { Paris.date(text) }
    let calendar = SchedulerFixtures.calendar

    func item(_ name: String, _ due: String, timed: Bool = false, _ kind: StepKind = .cadence) -> AgendaItem {
        AgendaItem(
            name: name, company: nil,
            step: NextStep(
                contact: name, due: date(due), timed: timed, channel: .call, kind: kind, technique: "t", script: "s", attempt: 1))
    }

    @Test func sectionsSplitOverdueTodayAndUpcoming() {
        let items = [
            item("Old", "2026-11-18"), item("Missed", "2026-11-23T09:00", timed: true), item("Later", "2026-11-23T16:00", timed: true),
            item("Today", "2026-11-23"), item("Soon", "2026-11-27"), item("Far", "2026-12-20"),
        ]
        let sections = Agenda.sections(items, now: date("2026-11-23T11:00"), calendar: calendar, days: 7)
        #expect(sections.overdue.map(\.name) == ["Old", "Missed"])
        #expect(sections.today.map(\.name) == ["Today", "Later"])
        #expect(sections.upcoming.map(\.name) == ["Soon"])
    }

    @Test func aHighPriorityToDoComesFirstAmongThoseOfItsTime() {
        var urgent = item("Zoe", "2026-11-23", .owed)
        urgent.step.high = true
        let items = [item("Ann", "2026-11-23", .owed), urgent, item("Bea", "2026-11-23", .owed)]
        let sections = Agenda.sections(items, now: date("2026-11-23T11:00"), calendar: calendar, days: 7)
        #expect(sections.today.map(\.name) == ["Zoe", "Ann", "Bea"])
        // An earlier time still comes first.
        let earlier = item("Cal", "2026-11-20", .owed)
        #expect(Agenda.sections(items + [earlier], now: date("2026-11-23T11:00"), calendar: calendar, days: 7).today.first?.name == "Cal")
    }

    @Test func promisesComeBeforeCadenceSteps() {
        let items = [item("Cadence", "2026-11-20"), item("Promise", "2026-11-23T10:00", timed: true, .agreed)]
        #expect(Agenda.mostImportant(items, now: date("2026-11-23T11:00"), calendar: calendar)?.name == "Promise")
        // Before the agreed time, the overdue cadence step is what to do now.
        #expect(Agenda.mostImportant(items, now: date("2026-11-23T09:00"), calendar: calendar)?.name == "Cadence")
    }

    @Test func withNothingDueTheEarliestStepIsShown() {
        let items = [item("Later", "2026-12-01"), item("Sooner", "2026-11-30")]
        #expect(Agenda.mostImportant(items, now: date("2026-11-23T09:00"), calendar: calendar)?.name == "Sooner")
        #expect(Agenda.mostImportant([], now: date("2026-11-23T09:00"), calendar: calendar) == nil)
    }

    @Test func ranksFollowTheOrderOfTheKinds() {
        #expect(StepKind.allCases.map(\.rank) == Array(StepKind.allCases.indices))
    }

    /// The brief form (what `next` ranks every step in) chooses what the full form chooses.
    @Test func theBriefFormChoosesTheSameStep() {
        let items = [
            item("Cadence", "2026-11-20"), item("Promise", "2026-11-23T10:00", timed: true, .agreed), item("Later", "2026-12-01"),
            item("Tie B", "2026-11-20"), item("Tie A", "2026-11-20"),
        ]
        for now in ["2026-11-23T11:00", "2026-11-23T09:00", "2026-11-19T09:00"] {
            let index = Agenda.mostImportantIndex(items.map(BriefStep.init), now: date(now), calendar: calendar)
            #expect(index.map { items[$0] } == Agenda.mostImportant(items, now: date(now), calendar: calendar))
        }
    }
}
