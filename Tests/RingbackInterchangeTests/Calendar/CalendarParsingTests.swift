import Foundation
import Testing

@testable import RingbackInterchange

/// Issue #26: iCalendar as calendar programs write it: folded lines, zones, repeating events.
struct CalendarParsingTests {
    let paris = TimeZone(identifier: "Europe/Paris")!

    func utc(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    @Test func linesAreUnfoldedAndParametersKeepTheirQuotedColons() {
        let lines = ContentLine.lines(
            "SUMMARY:Acme\r\n  demo\\, part 2\r\nATTENDEE;CN=\"Ruiz: Dana\";PARTSTAT=DECLINED:mailto:Dana@Acme.com\r\n")
        #expect(lines.count == 2)
        #expect(lines[0].text == "Acme demo, part 2")
        #expect(lines[1].parameters["CN"] == "Ruiz: Dana" && lines[1].value == "mailto:Dana@Acme.com")
    }

    @Test func timesAreReadInTheirZone() {
        let paris = CalendarZones(fallback: paris)
        #expect(CalendarTime.read("20261204T150000Z", tzid: nil, zones: paris)?.date == utc("2026-12-04T15:00:00Z"))
        #expect(CalendarTime.read("20261204T100000", tzid: "America/New_York", zones: paris)?.date == utc("2026-12-04T15:00:00Z"))
        // Outlook's and Mozilla's zone paths; an unknown name falls back to the user's zone.
        #expect(
            CalendarTime.read("20261204T100000", tzid: "/mozilla.org/20070129_1/Europe/Paris", zones: paris)?.date
                == utc("2026-12-04T09:00:00Z"))
        #expect(CalendarTime.read("20261208T090000", tzid: "Central Standard Time", zones: paris)?.date == utc("2026-12-08T15:00:00Z"))
        let unknown = CalendarTime.read("20261204T100000", tzid: "Somewhere Standard Time", zones: paris)
        #expect(unknown?.date == utc("2026-12-04T09:00:00Z") && unknown?.zoneUnknown == true)
        #expect(CalendarTime.read("20261204T100000", tzid: "America/New_York", zones: paris)?.zoneUnknown == false)
        #expect(CalendarTime.read("20261204", tzid: nil, zones: paris)?.allDay == true)
        #expect(CalendarTime.read("soon", tzid: nil, zones: paris) == nil)
    }

    /// Outlook's "Customized Time Zone": a VTIMEZONE of the file's own, matched by its offsets and months.
    @Test func aZoneTheFileDefinesIsTakenByItsOffsets() {
        let text = """
            BEGIN:VCALENDAR
            BEGIN:VTIMEZONE
            TZID:Customized Time Zone
            BEGIN:STANDARD
            DTSTART:16011104T020000
            RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11
            TZOFFSETFROM:-0400
            TZOFFSETTO:-0500
            END:STANDARD
            BEGIN:DAYLIGHT
            DTSTART:16010311T020000
            RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3
            TZOFFSETFROM:-0500
            TZOFFSETTO:-0400
            END:DAYLIGHT
            END:VTIMEZONE
            BEGIN:VTIMEZONE
            TZID:India
            BEGIN:STANDARD
            DTSTART:16010101T000000
            TZOFFSETTO:+0530
            END:STANDARD
            END:VTIMEZONE
            BEGIN:VEVENT
            UID:a
            DTSTART;TZID=Customized Time Zone:20261204T100000
            END:VEVENT
            BEGIN:VEVENT
            UID:b
            DTSTART;TZID=Customized Time Zone:20260610T100000
            END:VEVENT
            BEGIN:VEVENT
            UID:c
            DTSTART;TZID=India:20261204T100000
            END:VEVENT
            END:VCALENDAR
            """
        let events = CalendarEvent.events(in: text, place: "t.ics", fallback: paris).events
        // 10:00 at UTC-5 in December, UTC-4 in June (clocks changed in March), UTC+5:30.
        #expect(events.map(\.start.date) == [utc("2026-12-04T15:00:00Z"), utc("2026-06-10T14:00:00Z"), utc("2026-12-04T04:30:00Z")])
        #expect(events.allSatisfy { !$0.start.zoneUnknown })
    }

    func event(_ lines: String) -> CalendarEvent {
        let text =
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\n\(lines)\nBEGIN:VALARM\nDESCRIPTION:not the summary\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n"
        return CalendarEvent.events(in: text, place: "t.ics", fallback: paris).events[0]
    }

    @Test func weeklyInstancesKeepTheirWallTimeAcrossTheClockChange() {
        let weekly = event(
            "DTSTART;TZID=Europe/Paris:20261019T090000\nRRULE:FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20261102T235959Z\nSUMMARY:Standup")
        let starts = CalendarOccurrence.expand([weekly], from: utc("2026-10-01T00:00:00Z"), through: utc("2026-12-31T00:00:00Z"))
            .occurrences
        // 09:00 in Paris is 07:00 UTC in summer time, 08:00 after 25 October.
        #expect(
            starts.map(\.start) == [
                utc("2026-10-19T07:00:00Z"), utc("2026-10-22T07:00:00Z"), utc("2026-10-26T08:00:00Z"), utc("2026-10-29T08:00:00Z"),
                utc("2026-11-02T08:00:00Z"),
            ])
        #expect(starts.first?.summary == "Standup")
    }

    @Test func monthlyByOrdinalWeekdayAndCountFromTheFirst() {
        let lastFriday = event("DTSTART:20260130T100000Z\nRRULE:FREQ=MONTHLY;BYDAY=-1FR;COUNT=12")
        let inWindow = CalendarOccurrence.expand([lastFriday], from: utc("2026-11-01T00:00:00Z"), through: utc("2027-06-01T00:00:00Z"))
        // Count 12 from January: November and December are the last two.
        #expect(inWindow.occurrences.map(\.start) == [utc("2026-11-27T10:00:00Z"), utc("2026-12-25T10:00:00Z")])
        let unread = event("DTSTART:20260130T100000Z\nRRULE:FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO,TU")
        let once = CalendarOccurrence.expand([unread], from: utc("2026-01-01T00:00:00Z"), through: utc("2027-01-01T00:00:00Z"))
        #expect(once.occurrences.count == 1 && once.rulesUnread == 1)
    }

    @Test func theHighestSequenceWinsAndAnInstanceCanBeCancelledAlone() {
        let series = event("DTSTART:20261130T090000Z\nRRULE:FREQ=DAILY;COUNT=3\nSEQUENCE:0\nATTENDEE:mailto:dana@acme.com")
        let newer = event("DTSTART:20261130T100000Z\nRRULE:FREQ=DAILY;COUNT=3\nSEQUENCE:2\nATTENDEE:mailto:dana@acme.com")
        let cancelled = event("RECURRENCE-ID:20261201T100000Z\nDTSTART:20261201T100000Z\nSTATUS:CANCELLED\nSEQUENCE:3")
        let all = CalendarOccurrence.expand(
            [newer, series, cancelled], from: utc("2026-11-01T00:00:00Z"), through: utc("2026-12-31T00:00:00Z"))
        #expect(all.occurrences.map(\.start) == [utc("2026-11-30T10:00:00Z"), utc("2026-12-01T10:00:00Z"), utc("2026-12-02T10:00:00Z")])
        #expect(all.occurrences.map(\.cancelled) == [false, true, false])
        // The cancelled instance keeps the series' people, so its agreement can be found.
        #expect(all.occurrences[1].people.map(\.email) == ["dana@acme.com"])
    }

    @Test func meetingLinksMakeItAVideoCall() {
        #expect(event("DTSTART:20261130T090000Z\nLOCATION:https://us02web.zoom.us/j/123").video)
        #expect(event("DTSTART:20261130T090000Z\nX-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij").video)
        #expect(event("DTSTART:20261130T090000Z\nLOCATION:Harbor HQ").video == false)
    }
}
