import Foundation
import RingbackCore
import RingbackScheduler
import RingbackTestSupport
import Testing

struct ICalendarTests {
    func render(_ items: [AgendaItem]) -> String {
        ICalendar.render(
            items, content: ShippedContent.content, calendar: SchedulerFixtures.calendar, stamp: Paris.date("2026-11-20T10:00"))
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
        #expect(text.contains("UID:ringback-jose-agreed-"))
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
