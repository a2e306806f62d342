import Foundation
import RingbackCore
import RingbackInterchange
import RingbackScheduler
import RingbackTestSupport
import Testing

struct ICalendarTests {
    static let calendar = Scheduler(content: ShippedContent.content, settings: Settings(), timeZone: Paris.timeZone).calendar

    func render(_ items: [AgendaItem], now: String = "2026-11-20T10:00", previous: String? = nil) -> String {
        ICalendar.render(
            items, content: ShippedContent.content, calendar: Self.calendar, now: Paris.date(now),
            previous: previous.map(EventRevision.read) ?? [:])
    }

    func value(_ property: String, in text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { $0.hasPrefix(property + ":") }
            .map { String($0.dropFirst(property.count + 1)) }
    }

    func item(timed: Bool, name: String = "José Álvarez, Jr.") -> AgendaItem {
        AgendaItem(
            name: name, company: "Cobalt; Robotics",
            step: NextStep(
                contact: "jose", due: Paris.date(timed ? "2026-11-24T10:00" : "2026-11-24"), timed: timed, channel: .call,
                kind: .agreed, technique: "keep-the-appointment", script: "agreed-call", attempt: 1, what: "the pilot, phase 2"))
    }

    @Test func linesAreFoldedAt75OctetsWithCRLF() {
        let text = render([item(timed: true, name: String(repeating: "Zoë ", count: 40))])
        #expect(text.hasSuffix("\r\n"))
        let lines = text.components(separatedBy: "\r\n").dropLast()
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        // Unfolding gives back valid UTF-8 with every ë intact.
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains(String(repeating: "Zoë ", count: 10)))
    }

    @Test func timedAndAllDayEventsHaveProperStarts() {
        let timed = render([item(timed: true)])
        #expect(timed.contains("DTSTART:20261124T090000Z\r\n"))  // 10:00 in Paris
        let day = render([item(timed: false)])
        #expect(day.contains("DTSTART;VALUE=DATE:20261124\r\n"))
        #expect(day.contains("DTEND;VALUE=DATE:20261125\r\n"))
    }

    @Test func textIsEscapedAndTheUIDIsStable() {
        let text = render([item(timed: true)])
        #expect(text.contains("SUMMARY:Call José Álvarez\\, Jr. (Cobalt\\; Robotics)"))
        #expect(text == render([item(timed: true)]))
        #expect(value("UID", in: text) == ["ringback-jose-next@ringback"])
    }

    @Test func aMovedStepKeepsItsUIDAndRaisesItsSequenceAnUnchangedOneKeepsBoth() {
        let first = render([item(timed: true)])
        var moved = item(timed: true)
        moved.step.due = Paris.date("2026-11-25T15:00")
        let second = render([moved], now: "2026-11-21T09:00", previous: first)
        #expect(value("UID", in: second) == value("UID", in: first))
        #expect(value("SEQUENCE", in: first) == ["0"])
        #expect(value("SEQUENCE", in: second) == ["1"])
        #expect(value("LAST-MODIFIED", in: second) == ["20261121T080000Z"])
        #expect(value("CREATED", in: second) == ["20261120T090000Z"])
        let third = render([moved], now: "2026-11-22T09:00", previous: second)
        #expect(value("SEQUENCE", in: third) == ["1"])
        #expect(value("LAST-MODIFIED", in: third) == ["20261121T080000Z"])
        #expect(value("DTSTAMP", in: third) == ["20261122T080000Z"])
    }

    @Test func aFollowUpThatIsGoneIsCancelledOnce() {
        let first = render([item(timed: true)])
        let gone = render([], now: "2026-11-21T09:00", previous: first)
        #expect(value("STATUS", in: gone) == ["CANCELLED"])
        #expect(value("SEQUENCE", in: gone) == ["1"])
        #expect(value("SUMMARY", in: gone) == ["Call José Álvarez\\, Jr. (Cobalt\\; Robotics)"])
        let later = render([], now: "2026-11-22T09:00", previous: gone)
        #expect(value("UID", in: later).isEmpty)
    }

    @Test func timedStepsRemindOverdueOnesSitOnToday() {
        let timed = render([item(timed: true)])
        #expect(timed.contains("BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT10M\r\n"))
        #expect(timed.contains("X-WR-CALNAME:Ringback follow-ups\r\n"))
        let overdue = render([item(timed: true)], now: "2026-11-26T09:00")
        #expect(overdue.contains("DTSTART;VALUE=DATE:20261126\r\n"))
        #expect(value("SUMMARY", in: overdue).first?.hasPrefix("Overdue: Call José") == true)
        #expect(!overdue.contains("VALARM"))
        let quiet = ICalendar.render(
            [item(timed: true)], content: ShippedContent.content, calendar: Self.calendar, now: Paris.date("2026-11-20T10:00"),
            options: ICalendar.Options(reminderMinutes: nil))
        #expect(!quiet.contains("VALARM"))
    }

    @Test func thingsOwedOnTheSameDayAreSeparateEvents() {
        func owed(_ what: String) -> AgendaItem {
            AgendaItem(
                name: "Dana Ruiz", company: "Acme",
                step: NextStep(
                    contact: "dana", due: Paris.date("2026-11-25"), timed: false, channel: .email, kind: .promised,
                    technique: "deliver-what-you-promised", script: "promise-kept", attempt: 1, what: what))
        }
        let text = render([owed("the revised quote"), owed("the case study")])
        let uids = text.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
        #expect(uids.count == 2)
        #expect(Set(uids).count == 2)
        #expect(text.contains("SUMMARY:You owe Dana Ruiz (Acme): the revised quote"))
    }
}
