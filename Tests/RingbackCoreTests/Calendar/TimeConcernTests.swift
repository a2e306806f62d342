import Foundation
import RingbackCore
import RingbackTestSupport
import Testing

struct TimeConcernTests {
    let calendar = BusinessCalendar(timeZone: Paris.timeZone, workingDays: [.mon, .tue, .wed, .thu, .fri], daysOff: DaysOff(["12-25"])!)
    let hours = WorkingHours.standard
    func at(_ text: String, timed: Bool = true) -> When { When(date: Paris.date(text), timed: timed) }

    @Test func anOrdinaryTimeRaisesNothing() {
        #expect(TimeConcern.about(at("2026-11-24T10:00"), hours: hours, calendar: calendar, theirZone: nil).isEmpty)
        #expect(TimeConcern.about(at("2026-11-24T10:00"), hours: hours, calendar: calendar, theirZone: "Europe/London").isEmpty)
    }

    @Test func afterHoursAWeekendAHolidayAndTheirNight() {
        #expect(TimeConcern.about(at("2026-11-24T19:00"), hours: hours, calendar: calendar, theirZone: nil) == [.outsideHours(hours)])
        #expect(TimeConcern.about(at("2026-11-28T10:00"), hours: hours, calendar: calendar, theirZone: nil) == [.dayOff])
        #expect(TimeConcern.about(at("2026-12-25", timed: false), hours: hours, calendar: calendar, theirZone: nil) == [.dayOff])
        // 17:00 on Tuesday in Paris is 01:00 on Wednesday in Tokyo.
        let night = TimeConcern.about(at("2026-11-24T17:00"), hours: hours, calendar: calendar, theirZone: "Asia/Tokyo")
        #expect(night == [.theirClock(ClockTime(hour: 1, minute: 0)!, zone: "Asia/Tokyo", otherDay: .wed)])
        #expect(night.first?.theirTime == "01:00 Wed")
        #expect(TimeConcern.about(at("2026-11-24T17:00"), hours: hours, calendar: calendar, theirZone: "Mars/Base").isEmpty)
    }

    @Test func theirClockIsGivenOnlyWhenItDiffers() {
        #expect(TimeConcern.theirClock(Paris.date("2026-11-24T10:00"), calendar: calendar, zone: "Europe/Paris") == nil)
        #expect(
            TimeConcern.theirClock(Paris.date("2026-11-24T10:00"), calendar: calendar, zone: "America/New_York")
                == .theirClock(ClockTime(hour: 4, minute: 0)!, zone: "America/New_York"))
    }
}
