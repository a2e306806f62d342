import Foundation
import RingbackCore
import Testing

struct ContactRecordingTests {
    func contact() -> Contact { Contact(id: "dana", name: "Dana Ruiz", created: Fixtures.date("2026-11-01")) }

    @Test func anyTouchKeepsMyPromiseAndOnlyARealReplySettlesTheirs() {
        var dana = contact()
        let mine = Commitment(owner: .me, what: "call", due: Fixtures.date("2026-11-24T10:00"), timed: true, made: Fixtures.date("2026-11-20T10:00"))
        let theirs = Commitment(owner: .them, what: "budget", due: Fixtures.date("2026-11-27"), timed: false, made: Fixtures.date("2026-11-20T10:00"))
        dana.record(Fixtures.touch("2026-11-20T10:00", .connected), newCommitments: [mine, theirs], calendar: Fixtures.calendar)
        #expect(dana.commitments.count == 2)
        #expect(dana.isWaiting)
        dana.record(Fixtures.touch("2026-11-24T10:00", .voicemail), calendar: Fixtures.calendar)
        #expect(dana.commitments == [theirs])
        dana.record(Fixtures.touch("2026-11-28T10:00", .replied, .email), calendar: Fixtures.calendar)
        #expect(dana.commitments.isEmpty)
        #expect(dana.statusLabel == "active")
    }

    @Test func askingToStopMarksDoNotContact() {
        var dana = contact()
        var stop = Fixtures.touch("2026-11-20T10:00", .askedToStop)
        stop.note = "went with a competitor"
        dana.record(stop, calendar: Fixtures.calendar)
        #expect(dana.status == .doNotContact)
        #expect(dana.stopped == StopRecord(date: Fixtures.date("2026-11-20T10:00"), reason: "went with a competitor"))
    }

    @Test func aReplyBringsAReleasedContactBack() {
        var dana = contact()
        dana.release(on: Fixtures.date("2026-11-10"))
        dana.record(Fixtures.touch("2026-11-20T10:00", .sent, .email), calendar: Fixtures.calendar)
        #expect(dana.status == .released)
        dana.record(Fixtures.touch("2026-11-21T10:00", .replied, .email), calendar: Fixtures.calendar)
        #expect(dana.status == .active)
        #expect(dana.released == nil)
    }
}
