import RingbackCore
import RingbackReading
import Testing

/// A mortgage loan officer's answers (helper-44, a walk-through): a contraction typed without
/// its apostrophe, a partner who asks for a letter by a day, a month gone by, a referral sent.
struct MortgageAnswersTests {
    func read(_ text: String) -> AnswerReading { AnswerCorpus.reader.read(text) }

    /// "she said shell upload the paystubs tonight" was a call tonight at 18:00.
    @Test func aContractionWithoutItsApostropheAfterSaidIsTheirs() throws {
        let reading = read("talked to her, she said shell upload the paystubs tonight and the w2s, i need to send her the disclosures tmrw")
        #expect(reading.next == nil)
        #expect(reading.promises.map(\.owner) == [.them, .me], "\(reading.promises)")
        #expect(try #require(reading.promises.first).what == "upload the paystubs and the w2s")
        #expect(read("he said hell fax the w2 over tmrw").promises.first?.owner == .them)
    }

    /// "realtor wants a pre-approval letter by fri" was the next call on Friday.
    @Test(arguments: [
        ("realtor wants a pre-approval letter by fri for an offer", "a pre-approval letter for an offer"),
        ("raj wants a pre-approval letter by fri", "a pre-approval letter"),
        ("borrower asked for the loan estimate by monday", "the loan estimate"),
        ("the buyer needs proof of funds by thurs", "proof of funds"),
    ])
    func whatSomeoneAsksForByADayIsOwed(text: String, what: String) throws {
        let reading = read(text)
        let promise = try #require(reading.promises.first, "\(text)")
        #expect(promise.owner == .me && promise.what == what, "\(promise)")
        #expect(reading.next == nil, "\(text)")
    }

    /// Waiting asked of the user is no errand: "wants us to wait till spring" was "you owe: us to wait".
    @Test func waitingAskedIsNoErrand() {
        let reading = read("wife wants us to wait till spring")
        #expect(reading.promises.isEmpty && reading.softNo != nil)
        #expect(read("she wants us to revisit in q2").promises.isEmpty)
        #expect(read("she wants me to send the deck by fri").promises.first?.owner == .me)
    }

    /// "preapproved in oct and nothing since" was a next try in October next year.
    @Test func aMonthGoneByIsNoPlan() {
        #expect(read("preapproved in oct and nothing since, lvm").next == nil)
        #expect(read("he was pre-approved in september, call him in march").next != nil)
    }

    /// "raj sent me a referral!! Priya Shah": a referral named in the next clause, and
    /// something that came from him.
    @Test func aReferralSentIsNamedAndCameFromThem() {
        let reading = read("raj sent me a referral!! Priya Shah, i'm calling her tmrw at 10")
        #expect(reading.referral?.value == "Priya Shah")
        #expect(reading.outcome?.value == .replied)
        #expect(read("she sent me the signed form").outcome?.value == .replied)
        #expect(read("she sent me to their cfo").outcome?.value != .replied)
    }

    /// Good news is no gloom: "raj texted back, said hes got 2 buyers for me" was read as discouraged.
    @Test func aReplyWithGoodNewsIsNotDiscouraged() {
        #expect(read("raj texted back, said hes got 2 buyers for me").discouraged == nil)
        #expect(read("heard back from Halo, they went with a cheaper agency. 3 months of pitching for nothing").discouraged != nil)
    }

    /// "she uploads paystubs tonight": a delivery in the present tense with a day is hers.
    @Test func aDeliveryInThePresentWithADayIsTheirs() throws {
        let promise = try #require(read("tonight is when she uploads paystubs + w2s").promises.first)
        #expect(promise.owner == .them && promise.what == "upload paystubs + w2s", "\(promise)")
        #expect(read("tonight is when she uploads paystubs + w2s").next == nil)
    }
}
