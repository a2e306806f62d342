import Foundation
import RingbackCoach
import RingbackContent
import RingbackCore
import RingbackTestSupport
import Testing

/// Whole role-plays, word for word, against reviewed transcripts in Transcripts/. After a
/// deliberate wording change, run with RINGBACK_RECORD=1 to rewrite them, then read the diff.
struct PracticeGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Transcripts")

    func play(_ id: String, busy: Bool = false, _ replies: String...) throws -> String {
        let scenario = try #require(ShippedContent.content.practice.scenario(id))
        var role = PracticeSession(
            scenario: scenario, content: ShippedContent.content.practice, checker: ReplyCheckerTests.checker, busy: busy)
        var lines = role.start()
        for reply in replies {
            lines.append("> " + reply)
            lines += role.reply(reply).lines
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func check(_ name: String, _ actual: String) throws {
        let url = Self.folder.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["RINGBACK_RECORD"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(actual == (try String(contentsOf: url, encoding: .utf8)), "transcript \(name) differs")
    }

    /// A vague start recovered: the brush-off, then the counter-offer, then what the call is for.
    @Test func aVagueStartRecovered() throws {
        try check(
            "get-back-to-you-recovered",
            try play(
                "get-back-to-you", "sure, talk soon!", "no problem. would thursday at 2 work for ten minutes?",
                "friday at 10 then?", "I'll send you an invite today with the pricing questions."))
    }

    /// The busy persona, and blame that gets the cold answer.
    @Test func theBusyPersonaMeetsBlame() throws {
        try check("cant-commit-busy-cold", try play("cant-commit-to-a-time", busy: true, "That's what you said last month."))
    }
}
