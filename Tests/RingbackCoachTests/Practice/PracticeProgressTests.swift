import Foundation
import RingbackCoach
import RingbackContent
import RingbackCore
import RingbackTestSupport
import Testing

/// Drills on one skill, and the scene suggested for the weakest one.
struct PracticeProgressTests {
    static let practice = ShippedContent.content.practice

    func record(_ met: [String: Bool]) -> PracticeRecord {
        PracticeRecord(scenario: "s", at: Paris.date("2026-11-23T09:00"), points: 0, outOf: 0, passed: false, met: met)
    }

    @Test func theWeakestSkillAndTheSceneThatTrainsIt() throws {
        #expect(PracticeProgress([]).weakest == nil)
        let records = [
            record(["specific-day": true, "two-options": false, "gracious": true]),
            record(["specific-day": false, "two-options": false, "easy-no": true]),
            record(["specific-day": true, "two-options": true]),
        ]
        let progress = PracticeProgress(records)
        #expect(progress.weakest == .twoOptions)
        #expect((progress.met, progress.tries) == (1, 3))
        let scene = try #require(progress.suggestion(in: Self.practice))
        #expect(scene.turns[0].key == .twoOptions)
        // Everything met so far: nothing to suggest.
        #expect(PracticeProgress([record(["gracious": true])]).weakest == nil)
    }

    @Test func aDrillScoresOneSkillOverMomentsFromSeveralScenes() throws {
        let drill = try #require(Self.practice.drill(.easyNo))
        #expect(drill.turns.count == 5)
        #expect(drill.turns.allSatisfy { $0.rubric == [.easyNo] && $0.key == .easyNo })
        #expect(Set(drill.turns.map { $0.id.split(separator: "/")[0] }).count >= 3)
        var role = PracticeSession(scenario: drill, content: Self.practice, checker: ReplyCheckerTests.checker)
        var outcome: PracticeSession.Outcome?
        for _ in drill.turns { outcome = role.reply("And if it's a no, just tell me; that's completely fine.").outcome }
        #expect(outcome?.passed == true && outcome?.outOf == 5)
        #expect(PracticeContent.criterion(loose: "Easy no") == .easyNo)
        #expect(PracticeContent.criterion(loose: "two") == .twoOptions)
        #expect(PracticeContent.criterion(loose: "juggling") == nil)
    }
}
