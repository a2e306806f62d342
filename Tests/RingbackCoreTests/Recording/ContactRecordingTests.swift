import Foundation
import RingbackCore
import RingbackTestSupport
import Testing

struct ContactRecordingTests {
    func contact() -> Contact { Contact(id: "dana", name: "Dana Ruiz", created: Paris.date("2026-11-01")) }

    @Test func anAgreedCallIsKeptOnItsDayAndTheirPromiseStaysUntilSettled() {
        var dana = contact()
        let made = Paris.date("2026-11-20T10:00")
        let mine = Commitment(owner: .me, what: "call", due: Paris.date("2026-11-26T13:00"), timed: true, made: made)
        let theirs = Commitment(owner: .them, what: "budget", due: Paris.date("2026-11-27"), timed: false, made: made)
        dana.record(Fixtures.touch("2026-11-20T10:00", .connected), newCommitments: [mine, theirs], calendar: Paris.calendar)
        #expect(dana.commitments.count == 2)
        #expect(dana.isWaiting)
        // Tuesday's email before Thursday's agreed call leaves the call on.
        dana.record(Fixtures.touch("2026-11-24T10:00", .sent, .email), calendar: Paris.calendar)
        #expect(dana.commitments == [mine, theirs])
        // Thursday's call, even unanswered, keeps the appointment; their promise stays.
        dana.record(Fixtures.touch("2026-11-26T13:00", .voicemail), calendar: Paris.calendar)
        #expect(dana.commitments == [theirs])
        #expect(dana.settled?.map(\.how) == [.kept])
        // A reply does not settle their promise by itself: only done, cancelled or a stop do.
        dana.record(Fixtures.touch("2026-11-28T10:00", .replied, .email), calendar: Paris.calendar)
        #expect(dana.commitments == [theirs])
        #expect(dana.settle(matching: "budget", .done, at: Paris.date("2026-11-28T11:00")) == theirs)
        #expect(dana.commitments.isEmpty)
        #expect(dana.settled?.map(\.how) == [.kept, .done])
        #expect(dana.statusLabel == "active")
    }

    @Test func aNewerAgreedTimeReplacesTheOlderOne() {
        var dana = contact()
        let first = Commitment(
            owner: .me, what: "call", due: Paris.date("2026-11-26T13:00"), timed: true, made: Paris.date("2026-11-20T10:00"))
        dana.record(Fixtures.touch("2026-11-20T10:00", .connected), newCommitments: [first], calendar: Paris.calendar)
        let second = Commitment(
            owner: .me, what: "call", due: Paris.date("2026-11-30T10:00"), timed: true, made: Paris.date("2026-11-24T10:00"))
        dana.record(Fixtures.touch("2026-11-24T10:00", .sent, .email), newCommitments: [second], calendar: Paris.calendar)
        #expect(dana.commitments == [second])
        #expect(
            dana.settled?.first
                == SettledPromise(commitment: first, how: .replaced, at: Paris.date("2026-11-24T10:00"), touch: "2026-11-24T10:00"))
    }

    @Test func askingToStopMarksDoNotContact() {
        var dana = contact()
        var stop = Fixtures.touch("2026-11-20T10:00", .askedToStop)
        stop.note = "went with a competitor"
        dana.record(stop, calendar: Paris.calendar)
        #expect(dana.status == .doNotContact)
        #expect(dana.stopped == StopRecord(date: Paris.date("2026-11-20T10:00"), reason: "went with a competitor"))
    }

    @Test func aReplyBringsAReleasedContactBack() {
        var dana = contact()
        dana.release(on: Paris.date("2026-11-10"))
        dana.record(Fixtures.touch("2026-11-20T10:00", .sent, .email), calendar: Paris.calendar)
        #expect(dana.status == .released)
        dana.record(Fixtures.touch("2026-11-21T10:00", .replied, .email), calendar: Paris.calendar)
        #expect(dana.status == .active)
        #expect(dana.released == nil)
    }
}
