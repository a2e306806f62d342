import Foundation
import RingbackCoach
import RingbackCore
import RingbackReading
import RingbackTestSupport
import Testing

/// One reading: every answer of the readers' corpora, said as the first answer of a debrief
/// ("Dana Ruiz - <answer>"), is read exactly as `understand` reads it (`Debrief.story` and
/// `Debrief.reader`), and the debrief acts on it: a reading with an outcome never gets
/// "Did you talk to Dana...?", and an answer that says several things is echoed back.
struct DebriefReadsAsUnderstandTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("RingbackReadingTests/Corpus")

    static func answers() throws -> [String] {
        try [
            "answers", "answers-heldout", "answers-heldout-2", "answers-blind", "answers-blind-2", "answers-blind-3", "answers-blind-4",
            "answers-blind-5", "answers-blind-6", "answers-blind-7", "answers-blind-8", "answers-blind-9", "answers-dev", "answers-dev-2",
            "answers-dev-3",
            "answers-dev-4",
        ]
        .flatMap { name in
            try String(contentsOf: corpus.appendingPathComponent(name + ".txt"), encoding: .utf8).split(separator: "\n")
                .filter { !$0.hasPrefix("#") && $0.contains("\t") }.map { String($0.prefix { $0 != "\t" }) }
        }
    }

    @Test func theDebriefReadsEveryCorpusAnswerAsUnderstandDoes() throws {
        let answers = try Self.answers()
        #expect(answers.count >= 1_400)
        let people = Conversation.contacts.map(ContactBook.Entry.init)
        var differ: [String] = []
        for answer in answers {
            let said = "Dana Ruiz - " + answer
            var conversation = Conversation(now: "2026-11-24T10:00")
            conversation.say(said)
            let told = Debrief.story(of: said, people: people)
            let understood = Debrief.reader(
                now: conversation.now, calendar: Paris.defaultCalendar, settings: Settings(), content: Conversation.content,
                contactName: told.named?.name, theirZone: nil
            ).read(told.story)
            #expect(told.named?.name == "Dana Ruiz")
            guard let heard = conversation.debrief.heard else {
                // Venting is answered with a reframe and the question asked again.
                if understood.discouraged == nil { differ.append("not read at all: \(answer)") }
                continue
            }
            if heard != understood { differ.append("read differently: \(answer)") }
            if understood.outcome != nil, conversation.text.contains("Did you talk to Dana") {
                differ.append("asked what it had read: \(answer)")
            }
        }
        #expect(differ.isEmpty, "\(differ.count) answers:\n\(differ.prefix(20).joined(separator: "\n"))")
    }

    /// The answer of issue #24: with ". " after the name it was read without "we talked" and
    /// the debrief looped on "Pick one".
    @Test func aNameEndedByAFullStopStillLeavesTheWholeStory() {
        var conversation = Conversation(now: "2026-11-23T10:00")
        conversation.say(
            "Dana Ruiz from Acme. we talked, she liked the proposal, call her back thursday after lunch. I owe her the revised quote tomorrow"
        )
        #expect(conversation.text.contains("Dana Ruiz (Acme) · you talked · next: Thu 26 Nov, 13:00"))
        #expect(!conversation.text.contains("Did you talk to Dana"))
    }
}
