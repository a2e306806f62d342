import RingbackCore
import RingbackReading
import Testing

/// Decisions, stops and non-committal answers in the fourth development set's words
/// (answers-dev-4.txt): each way of saying it, and the near miss that must not be read so.
struct DecisionTests {
    func read(_ text: String) -> AnswerReading { AnswerCorpus.reader.read(text) }

    @Test(arguments: [
        "champion called me back, contract's signed, 3 yr deal!!!", "candidate called back and accepted!!! finally",
        "on the call the client renewed the retainer for another yr", "we got the bid! gc emailed the award letter",
    ])
    func aYesSaidIndirectly(text: String) {
        #expect(read(text).decision?.value == .yes, "\(text)")
    }

    @Test(arguments: [
        "vp said they went another direction, already bought gong last month",
        "pm told me on the phone they awarded it to kessler mechanical, we were 8% high",
        "rfp result came by email, we didnt make the cut",
    ])
    func aNoSaidIndirectly(text: String) {
        #expect(read(text).decision?.value == .no, "\(text)")
    }

    /// helper-45: "the role might be filled internally" was a no ("Close Lauren as lost?"); a
    /// decision hedged is not made yet.
    @Test func aHedgedDecisionIsNoneYet() {
        let reading = read("she said the role might be filled internally, check back after the new year")
        #expect(reading.decision == nil && reading.next != nil)
        #expect(read("they may go with someone else, not sure").decision == nil)
        #expect(read("the role was filled internally").decision?.value == .no)
    }

    /// "maybe im not cut out for this" is the user's gloom (helper-45: no reframe, read as nothing).
    @Test func notCutOutForThisIsDiscouraged() {
        #expect(read("6 weeks and nothing, maybe im not cut out for this").discouraged != nil)
    }

    /// Awarded to the user is a yes; an invite accepted is no decision.
    @Test func theNearMisses() {
        #expect(read("they awarded it to us!!").decision?.value == .yes)
        #expect(read("she called and accepted the meeting invite").decision == nil)
    }

    /// "no further contact" is a stop; "stop sending me the weekly pdf" stops one thing, and is
    /// no promise of theirs either.
    @Test func aStopAndOneThingStopped() {
        #expect(read("mrs patel said she wants no further contact from our agency").stop != nil)
        let pdf = read("client: \"stop sending me the weekly pdf, just put it in the dashboard\"")
        #expect(pdf.stop == nil && pdf.promises.isEmpty)
        #expect(read("she said stop sending me emails").stop != nil)
    }

    @Test(arguments: ["prospect said \"let me think on it\" and hung up", "angel said shell \"noodle on it\", whatever that means"])
    func thinkingItOverIsNonCommittal(text: String) {
        #expect(read(text).vague != nil, "\(text)")
    }
}
