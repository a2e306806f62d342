import Foundation
import RingbackCore
import RingbackTestSupport
import RingbackWhen
import Testing

/// A time said on another clock: the contact's ("9am his time") or a named one ("10 EST",
/// "2pm London time"), read on that clock; the zone words belong to the date phrase.
struct ZoneWordsTests {
    let now = Paris.date("2026-11-23T10:00")  // Monday; Paris is UTC+1
    func parser(theirZone: String? = nil) -> WhenParser {
        WhenParser(now: now, calendar: WhenFixtures.calendar, settings: Settings(), theirZone: theirZone)
    }

    @Test(arguments: [
        ("call him tomorrow at 9am his time", "2026-11-24T01:00", "Asia/Tokyo"),
        ("tomorrow 9 her time", "2026-11-24T01:00", "Asia/Tokyo"),
        ("tomorrow 9am pacific", "2026-11-24T18:00", "America/Los_Angeles"),
        ("tomorrow 10 EST", "2026-11-24T16:00", "America/New_York"),
        ("thursday 2pm London time", "2026-11-26T15:00", "Europe/London"),
        ("tomorrow at 3pm eastern time", "2026-11-24T21:00", "America/New_York"),
        ("tomorrow 11 cet", "2026-11-24T11:00", "Europe/Paris"),
    ])
    func aTimeOnAnotherClock(text: String, expected: String, zone: String) throws {
        let reading = try #require(parser(theirZone: "Asia/Tokyo").read(text))
        #expect(WhenFixtures.describe(reading) == expected)
        #expect(reading.zone == zone)
        #expect(reading.unused.isEmpty && !reading.matched.hasSuffix(" "))
    }

    @Test func theirClockUnknownIsReadOnTheUsersAndSaidSo() throws {
        let reading = try #require(parser().read("tomorrow at 9am their time"))
        #expect(WhenFixtures.describe(reading) == "2026-11-24T09:00")
        #expect(reading.zone == nil && reading.theirZoneUnknown)
        #expect(reading.matched == "tomorrow at 9am their time")
    }

    @Test func aPlaceAloneOrADayWithoutATimeIsNotAClock() throws {
        let place = try #require(parser().read("call him tomorrow at 9 in london"))
        #expect(place.zone == nil && WhenFixtures.describe(place) == "2026-11-24T09:00")
        let day = try #require(parser().read("friday pacific"))
        #expect(day.zone == nil && WhenFixtures.describe(day) == "2026-11-27")
        #expect(parser().read("10 EST").map(WhenFixtures.describe) != nil)
    }

    /// helper-39: "shes actually in our NYC office" names her place after "our".
    @Test func aPlaceAfterAPossessiveIsAPlace() {
        #expect(ZoneWords.placeZone(in: "shes actually in our NYC office") == "America/New_York")
        #expect(ZoneWords.placeZone(in: "he's in the london office this week") == "Europe/London")
        #expect(ZoneWords.placeZone(in: "in our budget") == nil)
        // helper-44, in Denver: "call her thurs at 4 her time, shes still in austin" was read on his clock.
        #expect(ZoneWords.placeZone(in: "call her thurs at 4 her time, shes still in austin") == "America/Chicago")
        #expect(ZoneWords.placeZone(in: "he moved to phoenix, he's in phoenix now") == "America/Phoenix")
    }
}
