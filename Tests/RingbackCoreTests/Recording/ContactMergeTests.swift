import Foundation
import RingbackCore
import RingbackTestSupport
import Testing

/// Merging a duplicate: touches, promises and tidbits combined, nothing lost.
struct ContactMergeTests {
    let calendar = Paris.calendar

    func contact(_ id: String, _ name: String) -> Contact { Contact(id: id, name: name, created: Paris.date("2026-11-02T09:00")) }

    func touch(_ id: String, _ contact: String, _ at: String, _ outcome: Outcome) -> Touch {
        Touch(id: id, contact: contact, at: Paris.date(at), channel: .call, outcome: outcome)
    }

    @Test func everythingTheDuplicateHeldMovesOver() throws {
        var dana = contact("dana-ruiz", "Dana Ruiz")
        dana.company = "Acme"
        dana.email = "dana@acme.example"
        dana.tidbits = ["Q1 review moved"]
        var danaTouches = [touch("t1", dana.id, "2026-11-20T10:00", .voicemail)]
        dana.record(danaTouches[0], calendar: calendar)

        var duplicate = contact("dana-r", "Dana R.")
        duplicate.email = "dana@gmail.example"
        duplicate.phone = "+33 6 12 34 56 78"
        duplicate.tidbits = ["Q1 review moved", "likes cycling"]
        duplicate.tags = ["conference"]
        let theirs = [touch("t2", duplicate.id, "2026-11-18T10:00", .connected)]
        let budget = Commitment(owner: .them, what: "the budget", due: Paris.date("2026-11-27"), timed: false, made: theirs[0].at)
        duplicate.record(theirs[0], newCommitments: [budget], calendar: calendar)

        let summary = try dana.absorb(
            duplicate, theirTouches: theirs, touches: &danaTouches, at: Paris.date("2026-11-24T10:00"), calendar: calendar)
        #expect(danaTouches.map(\.id) == ["t2", "t1"])
        #expect(danaTouches.allSatisfy { $0.contact == "dana-ruiz" })
        #expect(dana.history.touches == 2 && dana.history.lastRealContact == Paris.date("2026-11-18T10:00"))
        #expect(dana.commitments == [budget])
        #expect(dana.tidbits == ["Q1 review moved", "likes cycling"])
        #expect(dana.tags == ["conference"])
        #expect(dana.phone == "+33 6 12 34 56 78")
        #expect(dana.email == "dana@acme.example")
        #expect(summary.filled == ["phone"])
        #expect(summary.differing == ["email: dana@gmail.example"])
        #expect(summary.touches == 1 && summary.promises == 1 && summary.tidbits == 1 && !summary.stopped)
    }

    @Test func twoAgreedTimesKeepTheNewerAndRecordTheOther() throws {
        var dana = contact("a", "Dana Ruiz")
        var duplicate = contact("b", "Dana R.")
        let older = Commitment(
            owner: .me, what: "call", due: Paris.date("2026-11-26T13:00"), timed: true, made: Paris.date("2026-11-20T10:00"))
        let newer = Commitment(
            owner: .me, what: "demo", due: Paris.date("2026-11-30T10:00"), timed: true, made: Paris.date("2026-11-23T10:00"))
        dana.commitments = [older]
        duplicate.commitments = [newer]
        var touches: [Touch] = []
        _ = try dana.absorb(duplicate, theirTouches: [], touches: &touches, at: Paris.date("2026-11-24T10:00"), calendar: calendar)
        #expect(dana.commitments == [newer])
        #expect(dana.settled?.map(\.how) == [.replaced])
        #expect(dana.settled?.map(\.commitment) == [older])
    }

    @Test func aStopOnTheDuplicateStopsTheMergedContact() throws {
        var dana = contact("a", "Dana Ruiz")
        dana.commitments = [
            Commitment(owner: .them, what: "the budget", due: Paris.date("2026-11-27"), timed: false, made: Paris.date("2026-11-20"))
        ]
        var duplicate = contact("b", "Dana R.")
        duplicate.markDoNotContact(on: Paris.date("2026-11-21T10:00"), reason: "not interested")
        var touches: [Touch] = []
        let summary = try dana.absorb(
            duplicate, theirTouches: [], touches: &touches, at: Paris.date("2026-11-24T10:00"), calendar: calendar)
        #expect(summary.stopped)
        #expect(dana.status == .doNotContact)
        #expect(dana.stopped == StopRecord(date: Paris.date("2026-11-21T10:00"), reason: "not interested"))
        #expect(dana.commitments.isEmpty && dana.settled?.map(\.how) == [.stopped])
        #expect(throws: CorrectionError.sameContact(name: "Dana Ruiz")) {
            try dana.absorb(dana, theirTouches: [], touches: &touches, at: Paris.date("2026-11-24T10:00"), calendar: calendar)
        }
    }
}
