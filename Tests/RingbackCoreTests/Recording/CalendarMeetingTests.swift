import Foundation
import RingbackCore
import RingbackTestSupport
import Testing

/// Issue #26: what a calendar's meetings do to a contact's record.
struct CalendarMeetingTests {
    let now = Paris.date("2026-11-27T12:00")

    func meeting(_ id: String, _ at: String, cancelled: Bool = false, video: Bool = false) -> CalendarMeeting {
        CalendarMeeting(id: "cal-" + id, start: Paris.date(at), timed: true, summary: "Review", video: video, cancelled: cancelled)
    }

    func dana() -> Contact { Contact(id: "dana", name: "Dana Ruiz", created: Paris.date("2026-11-01")) }

    @Test func aMeetingHeldIsATouchAndOneAheadIsAnAgreedTime() {
        var contact = dana()
        var touches: [Touch] = []
        let effects = contact.take(
            [meeting("b", "2026-12-02T10:00"), meeting("a", "2026-11-24T15:00", video: true)], touches: &touches, now: now,
            calendar: Paris.calendar)
        #expect(effects.map(\.1) == [.held, .agreed])
        #expect(touches.map(\.id) == ["cal-a-dana"] && touches.first?.channel == .video && touches.first?.outcome == .meetingHeld)
        #expect(contact.history.lastTouch == Paris.date("2026-11-24T15:00"))
        #expect(contact.commitments.map(\.event) == ["cal-b"] && contact.commitments.first?.isAgreedContact == true)
        // The same meetings again change nothing.
        #expect(
            contact.take(
                [meeting("a", "2026-11-24T15:00", video: true), meeting("b", "2026-12-02T10:00")], touches: &touches, now: now,
                calendar: Paris.calendar
            ).isEmpty)
    }

    @Test func aLaterMeetingNeverReplacesAnEarlierAgreedTimeButAnEarlierOneDoes() {
        var contact = dana()
        var touches: [Touch] = []
        let typed = Commitment(owner: .me, what: "call", due: Paris.date("2026-12-01T10:00"), timed: true, made: now)
        contact.commitments = [typed]
        #expect(
            contact.take([meeting("later", "2026-12-04T10:00")], touches: &touches, now: now, calendar: Paris.calendar).map(\.1) == [
                .earlierKept
            ])
        #expect(contact.commitments == [typed])
        #expect(
            contact.take([meeting("sooner", "2026-11-30T10:00")], touches: &touches, now: now, calendar: Paris.calendar).map(\.1) == [
                .agreed
            ])
        #expect(contact.commitments.map(\.event) == ["cal-sooner"])
        #expect(contact.settled?.map(\.how) == [.replaced])
    }

    @Test func aMovedMeetingMovesItsAgreementAndACancelledOneTakesItBack() {
        var contact = dana()
        var touches: [Touch] = []
        _ = contact.take([meeting("x", "2026-12-02T10:00")], touches: &touches, now: now, calendar: Paris.calendar)
        #expect(
            contact.take([meeting("x", "2026-12-03T14:00")], touches: &touches, now: now, calendar: Paris.calendar).map(\.1) == [.moved])
        #expect(contact.commitments.first?.due == Paris.date("2026-12-03T14:00"))
        #expect(
            contact.take([meeting("x", "2026-12-03T14:00", cancelled: true)], touches: &touches, now: now, calendar: Paris.calendar).map(
                \.1) == [.takenBack])
        #expect(contact.commitments.isEmpty && contact.settled?.map(\.how) == [.cancelled])
        // Cancelled for good: seeing it again (an older copy) does not bring it back.
        #expect(contact.take([meeting("x", "2026-12-02T10:00")], touches: &touches, now: now, calendar: Paris.calendar).isEmpty)
    }

    @Test func theMeetingKeepsItsAgreementWhenItTakesPlace() {
        var contact = dana()
        var touches: [Touch] = []
        _ = contact.take([meeting("x", "2026-11-30T10:00")], touches: &touches, now: now, calendar: Paris.calendar)
        let later = Paris.date("2026-12-01T09:00")
        #expect(
            contact.take([meeting("x", "2026-11-30T10:00")], touches: &touches, now: later, calendar: Paris.calendar).map(\.1) == [.held])
        #expect(contact.commitments.isEmpty && contact.settled?.map(\.how) == [.kept])
    }
}
