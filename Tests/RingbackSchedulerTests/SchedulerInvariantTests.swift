import Foundation
import PropertyBased
import RingbackCore
import RingbackScheduler
import RingbackTestSupport
import Testing

/// The promise Ringback makes: no live contact is ever without a next step.
struct SchedulerInvariantTests {
    /// One generated history: each number encodes a gap in hours, an outcome and a channel;
    /// `shape` picks a cadence, a preferred channel and what the user did at the end.
    static func contact(history: [Int], shape: Int) -> Contact {
        let calendar = SchedulerFixtures.calendar
        let cadences = [nil, "persistent", "rapid-release"]
        var contact = Contact(id: "c", name: "Casey Doe", created: Paris.date("2026-01-05T09:00"))
        contact.cadence = cadences[shape % 3]
        contact.preferredChannel = (shape / 3) % 2 == 0 ? nil : Channel.allCases[shape % Channel.allCases.count]
        var at = contact.created
        for code in history {
            at = at.addingTimeInterval(TimeInterval((code % 97 + 1) * 3600))
            let outcome = Outcome.allCases[(code / 97) % Outcome.allCases.count]
            let channel = Channel.allCases[code % Channel.allCases.count]
            var promises: [Commitment] = []
            if code % 5 == 0 {
                let timed = code % 3 == 0
                let due = at.addingTimeInterval(TimeInterval(code % 11) * 86_400)
                promises.append(
                    Commitment(
                        owner: code % 2 == 0 ? .me : .them, what: "x",
                        due: timed ? due : calendar.startOfDay(due), timed: timed, made: at))
            }
            contact.record(
                Touch(id: "\(code)", contact: "c", at: at, channel: channel, outcome: outcome), newCommitments: promises, calendar: calendar
            )
        }
        switch (shape / 6) % 5 {
        case 1: contact.release(on: at)
        case 2: contact.markDoNotContact(on: at, reason: nil)
        case 3: contact.status = .won
        default: break
        }
        return contact
    }

    @Test func everyLiveContactHasExactlyOneNextStep() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0...5000).array(of: 0...30), Gen.int(in: 0...999)) { history, shape in
            let contact = Self.contact(history: history, shape: shape)
            // A voicemail's paired message comes with the cadence step after it; each day has one.
            let all = SchedulerFixtures.scheduler.agendaItems(for: [contact])
            #expect(all.filter { $0.step.kind == .pairedMessage }.count <= 1)
            let items = all.filter { $0.step.kind != .pairedMessage }
            if let paired = all.first(where: { $0.step.kind == .pairedMessage }) {
                let calendar = SchedulerFixtures.calendar
                #expect(Agenda.current(all, now: paired.step.due, calendar: calendar).map(\.step.kind) == [.pairedMessage])
                #expect(Agenda.current(all, now: calendar.day(1, after: paired.step.due), calendar: calendar).count == 1)
            }
            switch contact.status {
            case .active:
                #expect(items.count == 1)
                if let step = items.first?.step, let last = contact.history.lastTouch, step.kind != .agreed {
                    // Cadence steps never land before the last touch's day, and always on a working day.
                    #expect(step.due >= SchedulerFixtures.calendar.startOfDay(last) || step.kind == .theirDeadline)
                }
            case .released:
                #expect(items.map(\.step.kind) == [.nurture])
            case .doNotContact, .won, .lost:
                #expect(items.isEmpty)
            }
            // Steps Ringback picks land on working days; a day agreed with them, or today's
            // paired message, stays as it is.
            if let step = items.first?.step, !step.timed, step.kind != .pairedMessage, step.kind != .agreed {
                #expect(SchedulerFixtures.calendar.isWorkingDay(step.due))
            }
        }
    }
}
