import RingbackCore
import RingbackReading
import Testing

/// A promise's words are what is owed, not when: "whenever" and "asap" stay out of them
/// (helper-26: "send the org chart whenever · no day yet").
struct PromisesTests {
    @Test(arguments: [
        ("we talked, i owe her the org chart whenever", "the org chart"),
        ("talked, i'll send the case study asap", "send the case study"),
    ])
    func aVagueWhenIsNotPartOfWhatIsOwed(text: String, what: String) throws {
        let promise = try #require(AnswerCorpus.reader.read(text).promises.first)
        #expect(promise.what == what && promise.owner == .me)
    }

    /// A count before the day is not a time of it (helper-29: "3 more profiles by friday" was
    /// saved as Friday 15:00).
    @Test(arguments: ["they want 3 more profiles by friday", "they want 5 resumes by tuesday"])
    func aCountIsNotATime(text: String) throws {
        let promise = try #require(AnswerCorpus.reader.read(text).promises.first)
        #expect(promise.due?.timed == false, "\(String(describing: promise.due))")
    }
}

/// Whether an answer says what they owed came.
struct DeliveryTests {
    @Test(arguments: [
        ("she already sent the times thats done", "send you times", true),
        ("got the budget from him this morning", "send the budget", true),
        ("the deck came in yesterday", "send you the deck", true),
        ("she still hasn't sent the times", "send you times", false),
        ("not yet, still waiting on the budget", "the budget", false),
        ("she sent the contract", "send you times", false),
        ("thats done", "send you times", true),
    ])
    func arrivalIsReadWithWhatCame(text: String, what: String, came: Bool) {
        #expect(Delivery.says(text, about: what, only: true) == came)
    }

    @Test func withSeveralOwedAWordOfWhatCameIsNeeded() {
        #expect(!Delivery.says("thats done", about: "send you times", only: false))
    }
}
