import Foundation
import RingbackCore
import RingbackScheduler
import RingbackTestSupport
import Testing

struct ImportPacingTests {
    let calendar = SchedulerFixtures.calendar
    /// Friday 20 Nov 2026, 10:00.
    let now = Paris.date("2026-11-20T10:00")

    @Test func firstCallsFillWorkingDaysANumberADay() {
        var pacing = ImportPacing(existing: [], perDay: 2, calendar: calendar, now: now)
        let days = (0..<5).map { _ in DateText.dayName(pacing.nextDay(), calendar, now: now) }
        #expect(days == ["Fri 20 Nov", "Fri 20 Nov", "Mon 23 Nov", "Mon 23 Nov", "Tue 24 Nov"])
        #expect(pacing.lastDay.map { DateText.dayName($0, calendar, now: now) } == "Tue 24 Nov")
    }

    @Test func firstCallsAlreadyQueuedCountAgainstTheDay() {
        let queued = Contact(id: "a", name: "A", created: now)
        var called = Contact(id: "b", name: "B", created: now)
        called.history.record(Touch(id: "t", contact: "b", at: now, channel: .call, outcome: .voicemail), calendar: calendar)
        var pacing = ImportPacing(existing: [queued, called], perDay: 2, calendar: calendar, now: now)
        #expect(DateText.dayName(pacing.nextDay(), calendar, now: now) == "Fri 20 Nov")
        #expect(DateText.dayName(pacing.nextDay(), calendar, now: now) == "Mon 23 Nov")
    }

    @Test func theSchedulerKeepsTheDayAnImportGave() {
        var contact = Contact(id: "a", name: "A", created: now)
        contact.firstCallOn = Paris.date("2026-11-24T00:00")
        let step = SchedulerFixtures.scheduler.nextStep(for: contact)
        #expect(step.map { DateText.dayName($0.due, calendar, now: now) } == "Tue 24 Nov")
        #expect(step?.kind == .first)
    }
}
