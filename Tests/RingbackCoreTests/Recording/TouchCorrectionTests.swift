import Foundation
import PropertyBased
import RingbackCore
import RingbackTestSupport
import Testing

/// Editing and deleting logged touches: the history is counted again, a stop is never set
/// or lifted by a correction, and what a deleted touch settled is open again.
struct TouchCorrectionTests {
    let calendar = Paris.calendar

    /// Dana after a voicemail on Monday and a call on Tuesday that agreed Thursday 13:00.
    func dana() -> (Contact, [Touch]) {
        var contact = Contact(id: "dana", name: "Dana Ruiz", created: Paris.date("2026-11-23T09:00"))
        let voicemail = Fixtures.touch("2026-11-23T10:00", .voicemail)
        let call = Fixtures.touch("2026-11-24T10:00", .connected)
        contact.record(voicemail, calendar: calendar)
        let agreed = Commitment(owner: .me, what: "the proposal", due: Paris.date("2026-11-26T13:00"), timed: true, made: call.at)
        contact.record(call, newCommitments: [agreed], calendar: calendar)
        return (contact, [voicemail, call])
    }

    @Test func anEditChangesTheTouchAndTheHistoryIsCountedAgain() throws {
        var (contact, touches) = dana()
        let edit = TouchEdit(at: Paris.date("2026-11-20T16:00"), outcome: .noAnswer, note: "wrong day")
        let (before, after) = try TouchCorrection.edit(touches[1].id, edit, contact: &contact, touches: &touches, calendar: calendar)
        #expect(before.outcome == .connected)
        #expect(after.outcome == .noAnswer && after.note == "wrong day" && after.at == Paris.date("2026-11-20T16:00"))
        #expect(touches.map(\.id) == [after.id, "2026-11-23T10:00"])  // oldest first again
        #expect(contact.history.touches == 2)
        #expect(contact.history.lastOutcome == .voicemail)
        #expect(contact.history.lastRealContact == nil)
        let cleared = try TouchCorrection.edit(after.id, TouchEdit(note: ""), contact: &contact, touches: &touches, calendar: calendar)
        #expect(cleared.after.note == nil)
    }

    @Test func aCorrectionNeverSetsOrLiftsAStop() throws {
        var (contact, touches) = dana()
        #expect(throws: CorrectionError.stopRequest(name: "Dana Ruiz")) {
            try TouchCorrection.edit(
                touches[0].id, TouchEdit(outcome: .askedToStop), contact: &contact, touches: &touches, calendar: calendar)
        }
        let stop = Fixtures.touch("2026-11-25T10:00", .askedToStop)
        contact.record(stop, calendar: calendar)
        touches.append(stop)
        #expect(throws: CorrectionError.stopRequest(name: "Dana Ruiz")) {
            try TouchCorrection.delete(stop.id, contact: &contact, touches: &touches, calendar: calendar)
        }
        #expect(throws: CorrectionError.stopRequest(name: "Dana Ruiz")) {
            try TouchCorrection.edit(stop.id, TouchEdit(outcome: .connected), contact: &contact, touches: &touches, calendar: calendar)
        }
        #expect(contact.status == .doNotContact && touches.count == 3)
        #expect(throws: CorrectionError.noTouch(id: "nope")) {
            try TouchCorrection.delete("nope", contact: &contact, touches: &touches, calendar: calendar)
        }
    }

    @Test func deletingTheTouchThatKeptAnAgreedCallOpensItAgain() throws {
        var (contact, touches) = dana()
        let thursday = Fixtures.touch("2026-11-26T13:05", .connected)
        contact.record(thursday, calendar: calendar)
        touches.append(thursday)
        #expect(contact.commitments.isEmpty)
        let (deleted, reopened) = try TouchCorrection.delete(thursday.id, contact: &contact, touches: &touches, calendar: calendar)
        #expect(deleted == thursday)
        #expect(reopened.map(\.what) == ["the proposal"])
        #expect(contact.commitments.map(\.what) == ["the proposal"])
        #expect(contact.settled?.isEmpty == true)
        #expect(contact.history.touches == 2)
    }

    @Test func movingATouchOntoTheAgreedDayKeepsTheAgreement() throws {
        var (contact, touches) = dana()
        let email = Fixtures.touch("2026-11-25T09:00", .sent, .email)
        contact.record(email, calendar: calendar)
        touches.append(email)
        #expect(contact.commitments.count == 1)  // an email before the day leaves it open
        _ = try TouchCorrection.edit(
            email.id, TouchEdit(at: Paris.date("2026-11-26T14:00")), contact: &contact, touches: &touches, calendar: calendar)
        #expect(contact.commitments.isEmpty)
        #expect(contact.settled?.map(\.how) == [.kept])
    }

    /// No mix of touches, deletions, edits and a final merge loses a promise: each one made
    /// on either contact is, at the end, exactly once open or settled on the merged contact.
    @Test func correctionsAndAMergeNeverDropAPromise() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...4000).array(of: 1...30)) { codes in
            var contacts = [
                Contact(id: "a", name: "Dana Ruiz", created: Paris.date("2026-11-02T09:00")),
                Contact(id: "b", name: "Dana R.", created: Paris.date("2026-11-02T09:00")),
            ]
            var touches: [[Touch]] = [[], []]
            var made: [Commitment] = []
            var at = Paris.date("2026-11-02T09:00")
            for (step, code) in codes.enumerated() {
                at = at.addingTimeInterval(TimeInterval(code % 50 + 1) * 3600)
                let side = code & 1
                switch code / 2 % 5 {
                case 0 where !touches[side].isEmpty:
                    let touch = touches[side][code / 10 % touches[side].count]
                    _ = try? TouchCorrection.delete(touch.id, contact: &contacts[side], touches: &touches[side], calendar: calendar)
                case 1 where !touches[side].isEmpty:
                    let touch = touches[side][code / 10 % touches[side].count]
                    let moved = touch.at.addingTimeInterval(TimeInterval(code % 5 - 2) * 86_400)
                    _ = try? TouchCorrection.edit(
                        touch.id, TouchEdit(at: moved, outcome: .allCases[code % 4]), contact: &contacts[side],
                        touches: &touches[side], calendar: calendar)
                case 2: _ = contacts[side].settle(matching: nil, .done, at: at)
                default:
                    let due = at.addingTimeInterval(TimeInterval(code % 9) * 86_400)
                    let new: [Commitment] = [
                        Commitment(owner: .them, what: "budget \(step)", due: due, timed: false, made: at),
                        Commitment(owner: .me, what: "quote \(step)", due: due, timed: false, made: at, todo: true),
                        Commitment(owner: .me, what: "call \(step)", due: due, timed: true, made: at),
                    ].enumerated().filter { code >> ($0.offset + 3) & 1 == 1 }.map(\.element)
                    let outcome: Outcome = [.connected, .voicemail, .noAnswer, .sent, .meetingHeld][code / 7 % 5]
                    let touch = Touch(id: "t\(step)", contact: contacts[side].id, at: at, channel: .call, outcome: outcome)
                    contacts[side].record(touch, newCommitments: new, calendar: calendar)
                    touches[side].append(touch)
                    made += new
                }
            }
            var merged = contacts[0]
            var all = touches[0]
            _ = try? merged.absorb(contacts[1], theirTouches: touches[1], touches: &all, at: at, calendar: calendar)
            #expect(all.count == touches[0].count + touches[1].count)
            #expect(merged.history.touches == all.count)
            let open = merged.commitments
            let settled = (merged.settled ?? []).map(\.commitment)
            for promise in made {
                let places = open.filter { $0 == promise }.count + settled.filter { $0 == promise }.count
                #expect(places == 1, "\(promise.what) is \(places == 0 ? "gone without a record" : "in two places")")
            }
        }
    }
}
