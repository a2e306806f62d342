import Foundation
import RingbackCoach
import RingbackContent
import RingbackCore
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
        Case(criterion: .whatAndWhen, grade: "good", reply: "I'll email the pricing today and call you friday at 9", met: true),
        Case(criterion: .whatAndWhen, grade: "good", reply: "could you let me know by thursday whether to extend the trial", met: true),
        Case(criterion: .whatAndWhen, grade: "middling", reply: "I'll send you stuff", met: false),
        Case(criterion: .whatAndWhen, grade: "bad", reply: "ok cool thanks bye", met: false),
        Case(criterion: .easyNo, grade: "good", reply: "and honestly if it's not a fit just tell me, no hard feelings", met: true),
        Case(criterion: .easyNo, grade: "good", reply: "Either way is fine, I just want to know where we stand.", met: true),
        Case(criterion: .easyNo, grade: "bad", reply: "I really need an answer from you this week.", met: false),
        Case(criterion: .gracious, grade: "good", reply: "no worries at all, I know how busy it gets", met: true),
        Case(criterion: .gracious, grade: "bad", reply: "You never called me back, I've been waiting for weeks", met: false),
        Case(criterion: .gracious, grade: "bad", reply: "finally! i was starting to think you were ignoring me lol", met: false),
        Case(criterion: .gracious, grade: "bad", reply: "WHY WON'T YOU ANSWER MY CALLS", met: false),
        Case(criterion: .channel, grade: "good", reply: "I'll text you the address", met: true),
        Case(criterion: .channel, grade: "good", reply: "shall i send a calendar invite for thursday?", met: true),
        Case(criterion: .channel, grade: "bad", reply: "talk thursday then", met: false),
        Case(criterion: .short, grade: "good", reply: "Thursday at 4 or Friday at 8:30?", met: true),
        Case(criterion: .short, grade: "bad", reply: String(repeating: "and so basically what I wanted to say is ", count: 6), met: false),
        Case(criterion: .respectNo, grade: "good", reply: "Understood, thanks for telling me. I'll take you off my list.", met: true),
        Case(criterion: .respectNo, grade: "middling", reply: "sorry to bother you, but maybe I could call next quarter?", met: false),
        Case(criterion: .respectNo, grade: "bad", reply: "Can I at least send you a brochure on Monday?", met: false),
    ]

    @Test(arguments: cases)
    func gradedReplies(_ testCase: Case) {
        let result = Self.checker.check(testCase.reply, testCase.criterion)
        #expect(result.met == testCase.met, "\(result.reason)")
        #expect(!result.reason.isEmpty)
    }

    @Test func everyCriterionHasGoodAndBadExamples() {
        for criterion in Criterion.allCases {
            #expect(Self.cases.contains { $0.criterion == criterion && $0.met })
            #expect(Self.cases.contains { $0.criterion == criterion && !$0.met })
        }
    }
}
