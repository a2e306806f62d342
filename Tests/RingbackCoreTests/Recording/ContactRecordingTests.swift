import Foundation
import RingbackCore
import RingbackTestSupport
import Testing

struct ContactRecordingTests {
    func contact() -> Contact { Contact(id: "dana", name: "Dana Ruiz", created: Paris.date("2026-11-01")) }

    @Test func anyTouchKeepsMyPromiseAndOnlyARealReplySettlesTheirs() {
        var dana = contact()
        let mine = Commitment(
            owner: .me, what: "call", due: Paris.date("2026-11-24T10:00"), timed: true, made: Paris.date("2026-11-20T10:00"))
        let theirs = Commitment(
            owner: .them, what: "budget", due: Paris.date("2026-11-27"), timed: false, made: Paris.date("2026-11-20T10:00"))
        dana.record(Fixtures.touch("2026-11-20T10:00", .connected), newCommitments: [mine, theirs], calendar: Paris.calendar)
        #expect(dana.commitments.count == 2)
        #expect(dana.isWaiting)
        dana.record(Fixtures.touch("2026-11-24T10:00", .voicemail), calendar: Paris.calendar)
        #expect(dana.commitments == [theirs])
        dana.record(Fixtures.touch("2026-11-28T10:00", .replied, .email), calendar: Paris.calendar)
        #expect(dana.commitments.isEmpty)
        #expect(dana.statusLabel == "active")
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
