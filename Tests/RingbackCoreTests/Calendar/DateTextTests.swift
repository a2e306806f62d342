import Foundation
import RingbackCore
import RingbackTestSupport
import Testing

struct DateTextTests {
    let calendar = Paris.calendar
    let now = Paris.date("2026-11-23T09:00")

    @Test func daysAreNamedRelativeToNowWithTheirWeekday() {
        #expect(DateText.describe(Paris.date("2026-11-23"), timed: false, now: now, calendar: calendar) == "today (Mon 23 Nov)")
        #expect(
            DateText.describe(Paris.date("2026-11-24T13:00"), timed: true, now: now, calendar: calendar) == "tomorrow (Tue 24 Nov), 13:00")
        #expect(DateText.describe(Paris.date("2026-11-26T13:00"), timed: true, now: now, calendar: calendar) == "Thu 26 Nov, 13:00")
        #expect(DateText.describe(Paris.date("2027-01-04"), timed: false, now: now, calendar: calendar) == "Mon 4 Jan 2027")
    }

    @Test func aDayIsSpokenAsPeopleSayIt() {
        #expect(DateText.spokenDay(Paris.date("2026-11-27"), calendar, now: now) == "Friday")
        #expect(DateText.spokenDay(Paris.date("2026-11-30"), calendar, now: now) == "Monday the 30th")
        #expect(DateText.spokenDay(Paris.date("2026-12-02"), calendar, now: now) == "Wednesday the 2nd")
        #expect(DateText.spokenDay(Paris.date("2026-12-23"), calendar, now: now) == "Wed 23 Dec")
        #expect(DateText.spokenDay(Paris.date("2026-11-23"), calendar, now: now) == "Mon 23 Nov")
    }

    @Test func overdueIsCountedInDaysOrSinceATime() {
        #expect(DateText.overdue(Paris.date("2026-11-20"), timed: false, now: now, calendar: calendar) == "3 days overdue")
        #expect(DateText.overdue(Paris.date("2026-11-23T08:30"), timed: true, now: now, calendar: calendar) == "overdue since 08:30")
        #expect(DateText.overdue(Paris.date("2026-11-23"), timed: false, now: now, calendar: calendar) == nil)
    }

    @Test func isoKeepsTheLocalOffset() {
        #expect(DateText.iso(Paris.date("2026-11-24T10:00"), timed: true, calendar: calendar) == "2026-11-24T10:00:00+01:00")
        #expect(DateText.iso(Paris.date("2026-07-24T10:00"), timed: true, calendar: calendar) == "2026-07-24T10:00:00+02:00")
        #expect(DateText.iso(Paris.date("2026-11-24"), timed: false, calendar: calendar) == "2026-11-24")
    }
}
