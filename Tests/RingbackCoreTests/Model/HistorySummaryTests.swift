import RingbackCore
import RingbackTestSupport
import Testing

struct HistorySummaryTests {
    @Test func touchesOnTheSameDayCountAsOneAttempt() {
        var summary = HistorySummary()
        summary.record(Fixtures.touch("2026-11-20T10:00", .voicemail), calendar: Paris.calendar)
        summary.record(Fixtures.touch("2026-11-20T10:05", .sent, .email), calendar: Paris.calendar)
        #expect(summary.attemptDays == 0)
        summary.record(Fixtures.touch("2026-11-23T10:00", .noAnswer), calendar: Paris.calendar)
        summary.record(Fixtures.touch("2026-11-30T10:00", .noAnswer), calendar: Paris.calendar)
        #expect(summary.attemptDays == 2)
        #expect(summary.touches == 4)
        #expect(summary.lastOutcome == .noAnswer)
    }

    @Test func aRealContactRestartsTheCount() {
        var summary = HistorySummary()
        for day in ["2026-11-20", "2026-11-23", "2026-11-30"] {
            summary.record(Fixtures.touch(day + "T10:00", .noAnswer), calendar: Paris.calendar)
        }
        summary.record(Fixtures.touch("2026-12-01T09:00", .replied, .email), calendar: Paris.calendar)
        #expect(summary.attemptDays == 0)
        #expect(summary.lastRealContact == Paris.date("2026-12-01T09:00"))
    }
}
