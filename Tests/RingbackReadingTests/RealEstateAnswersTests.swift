import RingbackCore
import RingbackReading
import Testing

/// A real estate agent's answers (helper-42, a walk-through): a client's pasted promise, an
/// answer the user needs, a text about a showing, a month misspelt.
struct RealEstateAnswersTests {
    func read(_ text: String) -> AnswerReading { AnswerCorpus.reader.read(text) }

    /// "I will send you our wish list", pasted from their email, is theirs, in their words
    /// ("you owe Priya: send you our wish list" before).
    @Test func aPastedPromiseToYouIsTheirs() throws {
        let promise = try #require(read("Hi! Loved the house. I will send you our wish list by next Friday. Priya").promises.first)
        #expect(promise.owner == .them && promise.what == "send you their wish list", "\(promise)")
        // What the user tells of their own words stays theirs.
        #expect(read("told her ill send you the deck").promises.first?.owner == .me)
    }

    /// "need an answer by wed" with no one before it: the user needs it, they owe it.
    @Test func anAnswerTheUserNeedsIsTheirs() throws {
        let promise = try #require(read("lvm for tom re locking the rate, need an answer by wed").promises.first)
        #expect(promise.owner == .them, "\(promise)")
        #expect(read("she needs an answer by friday").promises.first?.owner == .me)
    }

    /// "call me after we get back from maui on the 20th" was a call on the Sunday they land:
    /// away till the 20th, the call the working day after.
    @Test func aCallAfterTheyAreBackIsTheWorkingDayAfter() throws {
        let reading = read("call me after we get back from Maui on the 20th")
        #expect(AnswerCorpus.day(reading.notBefore?.value) == "2026-12-20")
        #expect(AnswerCorpus.day(reading.next?.value) == "2026-12-21")
    }

    /// What the user wrote them, quoted under their reply, is not their answer (a new promise
    /// of theirs was read from it).
    @Test func aQuotedMessageIsNotRead() {
        let reading = read(
            "Updated preapproval letter attached.\n-----Original Message-----\nFrom: me\nI need a decision on the lock by Wed.")
        #expect(reading.promises.isEmpty, "\(reading.promises)")
        #expect(
            read("Sounds good, see you then.\n\nOn Mon, Dec 7, 2026 at 9:14 AM Ana wrote:\n> I owe you the deck by friday").promises.isEmpty
        )
    }

    @Test func anAttachmentOrBothDoneIsADelivery() {
        #expect(Delivery.says("Updated preapproval letter attached.", about: "the updated preapproval letter", only: false))
        #expect(Delivery.says("he answered and sent the preapproval letter, both done", about: "an answer", only: false))
    }

    /// "he will text me the lockbox code fri" was a time to talk; a thing texted is their promise.
    @Test func aThingTextedIsAPromise() throws {
        let promise = try #require(read("he will text me the lockbox code fri").promises.first)
        #expect(promise.owner == .them && promise.what == "text you the lockbox code", "\(promise)")
        #expect(read("she said text me tomorrow").next != nil)
    }

    /// "open house sign in from sat" was a next try on the coming Saturday: where the lead
    /// came from is a day gone by.
    @Test func whereALeadCameFromIsNoDayAhead() {
        let reading = read("sharon kim - open house sign in from sat, we already have an agent")
        #expect(reading.next == nil, "\(String(describing: reading.next))")
        #expect(reading.decision?.value == .no)
    }

    /// "texted anh the showing time" is a message about a meeting, not one held.
    @Test func aTextAboutAShowingIsNoMeeting() {
        let reading = read("texted anh the showing time")
        #expect(reading.outcome?.value == .sent && reading.channel?.value == .text)
    }
}
