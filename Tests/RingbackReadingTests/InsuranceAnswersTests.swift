import RingbackCore
import RingbackReading
import Testing

/// An insurance agent's answers (helper-41, a walk-through): a carrier chosen, a relative who
/// already does it, a renewal day, the office manager at the desk, a mail program's footer.
struct InsuranceAnswersTests {
    func read(_ text: String) -> AnswerReading { AnswerCorpus.reader.read(text) }

    @Test(arguments: [
        "we went with State Farm", "he said we went with state farm, thx anyway", "my brother-in-law does our insurance",
    ])
    func anotherCarrierOrARelativeIsANo(text: String) {
        #expect(read(text).decision?.value == .no, "\(text)")
    }

    /// The user's own team choosing a thing is no decision of theirs.
    @Test func ourOwnChoiceIsNoDecision() {
        #expect(read("we went with a 3 month pilot").decision == nil)
    }

    @Test func stayingPutForNowIsANoForNow() {
        let reading = read("they matched it, so we're going to stay put for now")
        #expect(reading.softNo != nil && reading.decision == nil)
    }

    /// "send it over and ill look at it": the user owes sending it; the looking is theirs.
    @Test func whatTheySayTheyWillDoNextIsNotOwed() throws {
        let promise = try #require(read("she said send it over and ill look at it").promises.first)
        #expect(promise.owner == .me && promise.what == "send it over", "\(promise)")
    }

    /// A renewal is the day of something of theirs, not a time agreed to talk (it became the
    /// next call, after the renewal); a call asked for around it still is one.
    @Test func aRenewalDayIsNoNextContact() {
        #expect(read("their BOP renews feb 1 w the hartford").next == nil)
        #expect(read("call me after the 15th when my policy renews").next != nil)
    }

    @Test func theOfficeManagerAtTheDeskIsAGatekeeper() {
        #expect(read("got sheila the office mgr, kevin's out").outcome?.value == .gatekeeper)
    }

    /// "he wants it emailed not mailed" is how to send it: no reply of his, nothing owed.
    @Test func aWayWantedIsAPreference() {
        let reading = read("got him at the shop finally. he wants it emailed not mailed")
        #expect(reading.outcome?.value == .connected)
        #expect(reading.prefers?.value == .email)
        #expect(reading.promises.isEmpty, "\(reading.promises)")
    }

    /// "Sent from my iPhone" at the end of a pasted reply: nobody sent anything by it.
    @Test func aMailFooterIsNoMessageSent() {
        #expect(read("Thanks! will send the VIN tonight.\nSent from my iPhone").outcome?.value != .sent)
    }

    @Test func aNeighborIsAReferral() {
        let reading = read("tom brennan called me, hes a client, said talk to his neighbor angela ruiz, her # is 708-555-0188")
        #expect(reading.referral?.value == "Angela Ruiz")
    }
}
