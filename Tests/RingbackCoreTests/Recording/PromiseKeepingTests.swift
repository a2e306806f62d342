import Foundation
import PropertyBased
import RingbackCore
import RingbackTestSupport
import Testing

/// No sequence of actions drops an open promise without a record of why.
struct PromiseKeepingTests {
    /// Applies one generated action to a contact; returns the promises it made.
    static func act(_ code: Int, on contact: inout Contact, at: Date) -> [Commitment] {
        let calendar = Paris.calendar
        switch code % 10 {
        case 0: return contact.settle(matching: ["quote", "budget", "call", nil][code / 10 % 4], .done, at: at).map { _ in [] } ?? []
        case 1: _ = contact.settle(matching: "budget", .cancelled, at: at)
        case 2: contact.close(won: code % 3 == 0, on: at)
        case 3: contact.release(on: at)
        case 4 where code % 7 == 0: contact.markDoNotContact(on: at, reason: nil)
        default:
            let due = at.addingTimeInterval(TimeInterval(code % 9) * 86_400)
            let made: [Commitment] = [
                Commitment(owner: .them, what: "budget \(code)", due: due, timed: false, made: at),
                Commitment(owner: .me, what: "quote \(code)", due: due, timed: false, made: at, todo: true),
                Commitment(owner: .me, what: "call \(code)", due: due, timed: true, made: at),
            ].enumerated().filter { code >> $0.offset & 1 == 1 }.map(\.element)
            let outcome = Outcome.allCases[code / 10 % Outcome.allCases.count]
            contact.record(
                Touch(id: "t\(code)", contact: contact.id, at: at, channel: .call, outcome: outcome), newCommitments: made,
                calendar: calendar)
            return made
        }
        return []
    }

    @Test func everyPromiseIsOpenOrSettledWithAReason() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0...4000).array(of: 1...25)) { codes in
            var contact = Contact(id: "dana", name: "Dana Ruiz", created: Paris.date("2026-11-02T09:00"))
            var made: [Commitment] = []
            var at = contact.created
            for code in codes {
                at = at.addingTimeInterval(TimeInterval(code % 50 + 1) * 3600)
                made += Self.act(code, on: &contact, at: at)
            }
            let open = contact.commitments
            let settled = (contact.settled ?? []).map(\.commitment)
            for promise in made {
                let places = open.filter { $0 == promise }.count + settled.filter { $0 == promise }.count
                #expect(places == 1, "\(promise.what) is \(places == 0 ? "gone without a record" : "in two places")")
            }
            #expect(open.count + settled.count == made.count)
        }
    }
}
