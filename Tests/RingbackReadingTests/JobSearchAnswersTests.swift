import RingbackCore
import RingbackReading
import Testing

/// A job seeker's answers (helper-45, a walk-through): a take-home due by a day.
struct JobSearchAnswersTests {
    func read(_ text: String) -> AnswerReading { AnswerCorpus.reader.read(text) }

    /// "he gave me a take home design exercise due friday dec 11 by 5pm" was the next call.
    @Test(arguments: [
        ("he gave me a take home design exercise due friday dec 11 by 5pm", "a take home design exercise"),
        ("the case study is due thursday", "the case study"), ("proposal due fri", "proposal"),
    ])
    func aThingDueByADayIsOwed(text: String, what: String) throws {
        let reading = read(text)
        let promise = try #require(reading.promises.first, "\(text)")
        #expect(promise.owner == .me && promise.what == what && promise.due != nil, "\(promise)")
        #expect(reading.next == nil, "\(text)")
    }

    /// What is due from them, or theirs, stays theirs.
    @Test func whatIsDueFromThemIsTheirs() {
        #expect(read("signed! deposit due from them by friday").promises.allSatisfy { $0.owner == .them })
        #expect(read("her feedback is due friday").promises.first?.owner == .them)
    }
}
