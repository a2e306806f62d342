import Foundation
import RingbackCoach
import RingbackContent
import RingbackCore
import RingbackTestSupport

/// Drives a debrief like a user would and keeps the transcript: coach lines as they are,
/// the user's lines after "> ".
struct Conversation {
    static let content = ShippedContent.content
    static let calendar = Paris.calendar
    static func date(_ text: String) -> Date { Paris.date(text) }

    /// A small pipeline: Dana (talked once), Danielle, Tom (rapid release, two tries
    /// unanswered), Helen (two tries unanswered).
    static let contacts: [Contact] = {
        func contact(_ id: String, _ name: String, _ company: String?, cadence: String? = nil, _ touches: [(String, Outcome)]) -> Contact {
            var contact = Contact(id: id, name: name, company: company, created: date("2026-11-01T09:00"))
            contact.cadence = cadence
            for (at, outcome) in touches {
                contact.record(Touch(id: at, contact: id, at: date(at), channel: .call, outcome: outcome), calendar: calendar)
            }
            return contact
        }
        return [
            contact("dana-ruiz", "Dana Ruiz", "Acme", [("2026-11-16T10:00", .connected)]),
            contact("danielle-ruiz", "Danielle Ruiz", "Brightline", []),
            contact(
                "tom-okafor", "Tom Okafor", "Harbor", cadence: "rapid-release",
                [("2026-11-02T10:00", .noAnswer), ("2026-11-09T10:00", .noAnswer)]),
            contact("helen-marsh", "Helen Marsh", nil, [("2026-11-10T10:00", .noAnswer), ("2026-11-13T10:00", .noAnswer)]),
        ]
    }()

    var debrief: Debrief
    var transcript: [String] = []
    var saved: TouchEntry?
    var finished = false
    let now: Date

    init(name: String? = nil, now: String = "2026-11-23T09:00", contacts: [Contact] = Self.contacts) {
        self.now = Self.date(now)
        debrief = Debrief(contacts: contacts, content: Self.content, settings: Settings(), timeZone: Paris.timeZone)
        take(debrief.start(name: name, now: self.now))
    }

    /// Types each line in turn.
    mutating func say(_ lines: String...) {
        for line in lines {
            transcript.append("> " + line)
            take(debrief.handle(.line(line), now: now))
        }
    }

    /// Says yes to each "(y..." question and `otherwise` to the rest until the entry is saved,
    /// at most `turns` times.
    mutating func answerUntilSaved(turns: Int = 6, otherwise: String = "") {
        for _ in 0..<turns where saved == nil { say(last.contains("(y") || last.contains("(enter or y") ? "y" : otherwise) }
    }

    mutating func press(_ input: Debrief.Input) {
        transcript.append(input == .interrupt ? "^C" : "^D")
        take(debrief.handle(input, now: now))
    }

    private mutating func take(_ reply: Debrief.Reply) {
        transcript += reply.lines.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        if let record = reply.save { saved = record }
        finished = reply.finished
    }

    var text: String { transcript.joined(separator: "\n") }
    var last: String { transcript.last ?? "" }
}
