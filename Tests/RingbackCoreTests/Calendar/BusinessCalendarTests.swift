import Foundation
import RingbackCore
import RingbackTestSupport
import Testing

struct BusinessCalendarTests {
    let calendar = Paris.calendar

    @Test func weekendsAreSkipped() {
        let saturday = Paris.date("2026-11-21T11:00")
        #expect(calendar.workingDay(onOrAfter: saturday) == Paris.date("2026-11-23"))
        let friday = Paris.date("2026-11-20T17:00")
        #expect(calendar.workingDay(onOrAfter: friday) == Paris.date("2026-11-20"))
    }

    @Test func customWorkingDaysAreHonoured() {
        let sixDays = BusinessCalendar(timeZone: Paris.timeZone, workingDays: [.mon, .tue, .wed, .thu, .fri, .sat])
        #expect(sixDays.workingDay(onOrAfter: Paris.date("2026-11-21")) == Paris.date("2026-11-21"))
    }

    @Test func dayArithmeticCrossesDaylightSavingAndYearEnd() {
        // Paris leaves summer time on Sunday 25 October 2026.
        let before = Paris.date("2026-10-24T09:00")
        #expect(calendar.day(3, after: before) == Paris.date("2026-10-27"))
        #expect(calendar.dayNumber(Paris.date("2027-01-01T00:30")) - calendar.dayNumber(Paris.date("2026-12-31T23:30")) == 1)
        #expect(calendar.dayNumber(Paris.date("2028-03-01")) - calendar.dayNumber(Paris.date("2028-02-28")) == 2)
    }

    @Test func clockTimesParseAndPrint() {
        #expect(ClockTime("9:05")?.description == "09:05")
        #expect(ClockTime("24:00") == nil)
        #expect(ClockTime("9") == nil)
        #expect(calendar.date(on: Paris.date("2026-11-23"), at: ClockTime("13:30")!) == Paris.date("2026-11-23T13:30"))
    }
}
