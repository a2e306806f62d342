import Foundation
import RingbackCore
import RingbackTestSupport
import Testing

struct WhenTests {
    let calendar = Paris.calendar

    @Test func readsDaysAndLocalTimes() throws {
        let day = try #require(When.iso8601("2026-11-24", calendar: calendar))
        #expect(!day.timed)
        #expect(day.date == calendar.startOfDay(day.date))
        let time = try #require(When.iso8601("2026-11-24T10:30", calendar: calendar))
        #expect(time.timed)
        #expect(time.date.timeIntervalSince(day.date) == 10.5 * 3600)
        #expect(When.iso8601("2026-11-24 10:30:15", calendar: calendar)?.date == time.date.addingTimeInterval(15))
    }

    @Test func honoursExplicitOffsets() {
        #expect(When.iso8601("2026-11-24T09:30Z", calendar: calendar)?.date == When.iso8601("2026-11-24T10:30", calendar: calendar)?.date)
        #expect(
            When.iso8601("2026-11-24T11:30+02:00", calendar: calendar)?.date == When.iso8601("2026-11-24T10:30", calendar: calendar)?.date)
    }

    @Test(arguments: ["2026-02-30", "2026-13-01", "2026-11-24T25:00", "tomorrow", "", "24/11/2026", "2026-11-24T10:60"])
    func rejectsWhatIsNotADate(text: String) {
        #expect(When.iso8601(text, calendar: calendar) == nil)
    }

    @Test func acceptsLeapDayOnlyInLeapYears() {
        #expect(When.iso8601("2028-02-29", calendar: calendar) != nil)
        #expect(When.iso8601("2027-02-29", calendar: calendar) == nil)
    }
}
