import Foundation
import RingbackCoach
import RingbackContent
import RingbackCore
import RingbackReading
import RingbackTestSupport
import Testing

/// Graded replies, typed the way trainees type, for every criterion.
struct ReplyCheckerTests {
    static let checker = ReplyChecker(now: Paris.date("2026-11-23T09:00"), calendar: Paris.calendar, settings: Settings())

    struct Case: CustomTestStringConvertible, Sendable {
        let criterion: Criterion
        let grade: String
        let reply: String
        let met: Bool
        var testDescription: String { "\(criterion.rawValue) \(grade): \(reply)" }
    }

    static let cases: [Case] = [
        Case(criterion: .specificDay, grade: "good", reply: "could i call u tuesday at 10?", met: true),
        Case(criterion: .specificDay, grade: "middling", reply: "maybe early next week works, like monday?", met: true),
        Case(criterion: .specificDay, grade: "bad", reply: "ok sounds good, talk soon!", met: false),
        Case(criterion: .specificDay, grade: "bad", reply: "I'll follow up sometime", met: false),
        Case(criterion: .twoOptions, grade: "good", reply: "would tuesday at 10 or thursday after lunch be better for you", met: true),
        Case(criterion: .twoOptions, grade: "good", reply: "could you reply 1 if you're still keen or 2 if not?", met: true),
        Case(criterion: .twoOptions, grade: "middling", reply: "can I call you thursday at 2?", met: false),
        Case(criterion: .twoOptions, grade: "bad", reply: "let me know whenever", met: false),
        // Issue #28: one concrete slot they may move, or their pick with a fallback, is a choice too.
        Case(criterion: .twoOptions, grade: "good", reply: "I'll pencil in Friday at 8:30; if it doesn't work, move it.", met: true),
        Case(criterion: .twoOptions, grade: "good", reply: "like friday mornings? ill aim for that, you can always bump me", met: true),
        Case(criterion: .twoOptions, grade: "good", reply: "What day suits? If nothing comes to mind I'll check back Monday.", met: true),
        Case(criterion: .twoOptions, grade: "middling", reply: "I'll call Friday at 8:30.", met: false),
        Case(criterion: .whatAndWhen, grade: "good", reply: "I'll email the pricing today and call you friday at 9", met: true),
        Case(criterion: .whatAndWhen, grade: "good", reply: "could you let me know by thursday whether to extend the trial", met: true),
        Case(criterion: .whatAndWhen, grade: "middling", reply: "I'll send you stuff", met: false),
        Case(criterion: .whatAndWhen, grade: "bad", reply: "ok cool thanks bye", met: false),
        Case(criterion: .easyNo, grade: "good", reply: "and honestly if it's not a fit just tell me, no hard feelings", met: true),
        Case(criterion: .easyNo, grade: "good", reply: "Either way is fine, I just want to know where we stand.", met: true),
        Case(criterion: .easyNo, grade: "bad", reply: "I really need an answer from you this week.", met: false),
        // Issue #28: the technique wherever it stands, in other words than the rubric's.
        Case(criterion: .easyNo, grade: "good", reply: "Thursday at 2? A no is a fine answer too.", met: true),
        Case(criterion: .easyNo, grade: "good", reply: "if it's a no, just say so. otherwise thursday at 2?", met: true),
        Case(criterion: .easyNo, grade: "good", reply: "If you decide against us before then, a one-line email is all I need.", met: true),
        Case(criterion: .gracious, grade: "good", reply: "no worries at all, I know how busy it gets", met: true),
        Case(criterion: .gracious, grade: "bad", reply: "You never called me back, I've been waiting for weeks", met: false),
        Case(criterion: .gracious, grade: "bad", reply: "finally! i was starting to think you were ignoring me lol", met: false),
        Case(criterion: .gracious, grade: "bad", reply: "WHY WON'T YOU ANSWER MY CALLS", met: false),
        // Issue #28: pressure that sounds polite.
        Case(criterion: .gracious, grade: "bad", reply: "Sure, though the onboarding discount is only good through Friday.", met: false),
        Case(criterion: .gracious, grade: "bad", reply: "Sure. But I need to know whether you're serious about this.", met: false),
        Case(criterion: .gracious, grade: "bad", reply: "Of course! Can I ask what they're charging? I can beat it.", met: false),
        Case(criterion: .gracious, grade: "bad", reply: "Thanks! I'll need to know by Friday, my calendar books up.", met: false),
        Case(
            criterion: .gracious, grade: "good",
            reply: "Not a problem at all, I know how it goes. The reason I've been trying you: is now ok?", met: true),
        Case(criterion: .channel, grade: "good", reply: "I'll text you the address", met: true),
        Case(criterion: .channel, grade: "good", reply: "shall i send a calendar invite for thursday?", met: true),
        Case(criterion: .channel, grade: "bad", reply: "talk thursday then", met: false),
        Case(criterion: .short, grade: "good", reply: "Thursday at 4 or Friday at 8:30?", met: true),
        Case(criterion: .short, grade: "bad", reply: String(repeating: "and so basically what I wanted to say is ", count: 6), met: false),
        Case(criterion: .respectNo, grade: "good", reply: "Understood, thanks for telling me. I'll take you off my list.", met: true),
        Case(criterion: .respectNo, grade: "middling", reply: "sorry to bother you, but maybe I could call next quarter?", met: false),
        Case(criterion: .respectNo, grade: "bad", reply: "Can I at least send you a brochure on Monday?", met: false),
        Case(criterion: .respectNo, grade: "bad", reply: "Understood. Just give me one minute to explain the new pricing.", met: false),
        Case(criterion: .respectNo, grade: "bad", reply: "No problem. I'll switch to email instead.", met: false),
    ]

    @Test(arguments: cases)
    func gradedReplies(_ testCase: Case) {
        let result = Self.checker.check(testCase.reply, testCase.criterion)
        #expect(result.met == testCase.met, "\(result.reason)")
        #expect(!result.reason.isEmpty)
    }

    /// Issue #28: pressure fails a reply in every scene, and the feedback names its words.
    @Test(arguments: [
        ("went-with-someone-else", "Totally fair. What did they offer? Whatever it is, I'm sure we can beat it.", "what did they offer"),
        (
            "voicemail-with-an-ask", "Hi Tom, it's Chris. I need to know by Friday whether you're buying, so please call me back.",
            "need to know by"
        ),
        ("call-me-next-week", "Why not now? let's just get it done today.", "why not now"),
    ])
    func pressureFailsEveryScene(scenario: String, reply: String, words: String) throws {
        let practice = ShippedContent.content.practice
        let turn = try #require(practice.scenarios.first { $0.id == scenario }).turns[0]
        let score = ReplyScore(reply, turn: turn, checker: Self.checker, passMark: practice.passMark)
        #expect(!score.passed)
        #expect(score.cold?.contains("\"\(words)\"") == true, "\(score.cold ?? "nil")")
        #expect(score.results.contains { $0.criterion == .gracious && !$0.met })
    }

    /// Issue #28: "I don't take calls, just email me" turned the phone down; a reply that reaches
    /// for it anyway misses the channel and fails, naming its words; "no more calls" does not.
    @Test func reachingForTheRefusedPhoneMissesTheChannel() throws {
        let practice = ShippedContent.content.practice
        let turn = try #require(practice.scenarios.first { $0.id == "email-me-instead" }).turns[0]
        let pushy = ReplyScore(
            "Will do. I'll email and then give you a ring in the evening when you're free.", turn: turn, checker: Self.checker,
            passMark: practice.passMark)
        #expect(!pushy.passed)
        #expect(pushy.results.contains { $0.criterion == .channel && !$0.met && $0.reason.contains("\"give you a ring\"") })
        let kept = ReplyScore(
            "Of course, no more calls. I'll email you today with a short summary.", turn: turn, checker: Self.checker,
            passMark: practice.passMark)
        #expect(kept.results.contains { $0.criterion == .channel && $0.met })
        // Elsewhere a call is a channel like any other.
        #expect(Self.checker.check("I'll call you Tuesday at 10.", .channel).met)
    }

    /// Issue #28: a reply no phrase rule faults can still read like the replies coaches turned
    /// down (the trained model): it does not pass, and the words that weighed most are named.
    /// Without the model the same reply is not doubted.
    @Test func theCoachsEarDoubtsWhatTheRulesMiss() throws {
        let reply = "Oh I'm so sorry for taking up your time, I totally understand, please get back to me whenever you can, no rush"
        let doubt = try #require(Self.checker.doubt(reply))
        #expect(doubt.contains("\"so sorry\""), "\(doubt)")
        let turn = try #require(ShippedContent.content.practice.scenario("send-information")?.turns.first)
        let score = ReplyScore(reply, turn: turn, checker: Self.checker, passMark: 65)
        #expect(score.doubt == doubt && score.cold == nil && !score.passed)
        let deaf = ReplyChecker(
            now: Paris.date("2026-11-23T09:00"), calendar: Paris.calendar, settings: Settings(), model: NGramModel(tsv: ""))
        #expect(deaf.doubt(reply) == nil)
        // A good reply, and one the rules already fault, are not doubted.
        #expect(Self.checker.doubt("Of course. Could I call you Tuesday at 10, or is Thursday at 2 better?") == nil)
        #expect(Self.checker.doubt("Then I'll just keep calling until you pick up, you need to decide today") == nil)
    }

    @Test func everyCriterionHasGoodAndBadExamples() {
        for criterion in Criterion.allCases {
            #expect(Self.cases.contains { $0.criterion == criterion && $0.met })
            #expect(Self.cases.contains { $0.criterion == criterion && !$0.met })
        }
    }
}
