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

    /// "texted anh the showing time" is a message about a meeting, not one held.
    @Test func aTextAboutAShowingIsNoMeeting() {
        let reading = read("texted anh the showing time")
        #expect(reading.outcome?.value == .sent && reading.channel?.value == .text)
    }
}
