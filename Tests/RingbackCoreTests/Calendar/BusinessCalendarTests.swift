import Foundation
import RingbackTestSupport
import Testing

@testable import RingbackCore

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

struct DaysOffTests {
    @Test func christmasAndNewYearAreSkippedByDefault() {
        let calendar = BusinessCalendar(
            timeZone: Paris.timeZone, workingDays: Weekday.mondayToFriday, daysOff: Settings().daysOffCalendar)
        #expect(calendar.workingDay(onOrAfter: Paris.date("2026-12-25")) == Paris.date("2026-12-28"))
        #expect(calendar.workingDay(onOrAfter: Paris.date("2027-01-01T09:00")) == Paris.date("2027-01-04"))
        #expect(calendar.isWorkingDay(Paris.date("2026-12-24")))
    }

    @Test func yearlyAndSingleDatesAreRead() throws {
        let days = try #require(DaysOff(["05-01", "2026-12-24"]))
        let calendar = BusinessCalendar(timeZone: Paris.timeZone, workingDays: Weekday.mondayToFriday, daysOff: days)
        #expect(!calendar.isWorkingDay(Paris.date("2026-12-24")))
        #expect(calendar.isWorkingDay(Paris.date("2027-12-24")))
        #expect(!calendar.isWorkingDay(Paris.date("2028-05-01")))
        #expect(calendar.isWorkingDay(Paris.date("2026-12-25")))
        #expect(DaysOff(["13-01"]) == nil)
        #expect(DaysOff(["christmas"]) == nil)
    }

    @Test(arguments: [-25_567, -1, 0, 59, 365, 10_957, 20_781, 47_482])
    func civilDatesAgreeWithFoundation(day: Int) {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let parts = utc.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: TimeInterval(day) * 86_400))
        let (year, month, dayOfMonth) = DaysOff.civil(day)
        #expect(year == parts.year && month == parts.month && dayOfMonth == parts.day)
    }
}
