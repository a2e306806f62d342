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
}
