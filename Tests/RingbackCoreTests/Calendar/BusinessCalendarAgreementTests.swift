import Foundation
import PropertyBased
import RingbackCore
import Testing

/// The calendar's fast day arithmetic must agree with Foundation's Calendar everywhere,
/// including zones whose clocks change at midnight.
struct BusinessCalendarAgreementTests {
    static let zones = [
        "Europe/Paris", "America/New_York", "America/Santiago", "Asia/Beirut", "Australia/Lord_Howe", "Asia/Kolkata", "UTC",
    ]

    @Test func fastPathsMatchFoundation() async {
        await propertyCheck(
            count: 4000, input: Gen.int(in: 0...(Self.zones.count - 1)), Gen.int(in: 946_684_800...2_524_608_000), Gen.int(in: -40...40)
        ) { zone, seconds, days in
            let timeZone = TimeZone(identifier: Self.zones[zone])!
            let business = BusinessCalendar(timeZone: timeZone, workingDays: Weekday.mondayToFriday)
            var reference = Calendar(identifier: .gregorian)
            reference.timeZone = timeZone
            let date = Date(timeIntervalSince1970: TimeInterval(seconds))
            #expect(business.startOfDay(date) == reference.startOfDay(for: date), "\(timeZone.identifier) \(date)")
            #expect(
                business.day(days, after: date)
                    == reference.startOfDay(for: reference.date(byAdding: .day, value: days, to: reference.startOfDay(for: date))!),
                "\(timeZone.identifier) \(date) + \(days)")
            #expect(business.weekday(date).gregorianNumber == reference.component(.weekday, from: date))
            let time = ClockTime(hour: (seconds / 7) % 24, minute: (seconds / 11) % 60)!
            let expected = reference.date(bySettingHour: time.hour, minute: time.minute, second: 0, of: reference.startOfDay(for: date))
            #expect(business.date(on: date, at: time) == expected, "\(timeZone.identifier) \(date) at \(time)")
        }
    }
}
