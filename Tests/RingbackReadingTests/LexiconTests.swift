import Testing

@testable import RingbackReading

struct LexiconTests {
    /// Phrases are looked up among the clause's runs of words, so none may be longer than a run.
    @Test func noPhraseIsLongerThanARun() {
        let lists: [[String]] =
            [
                Lexicon.stop, Lexicon.softNo, Lexicon.decisionYes, Lexicon.decisionNo, Lexicon.gatekeeper,
                Lexicon.voicemail, Lexicon.voicemailFailed, Lexicon.voicemailBefore, Lexicon.recorded, Lexicon.automaticReply,
                Lexicon.noAnswer, Lexicon.phoneNoAnswer,
                Lexicon.replied, Lexicon.meeting, Lexicon.planned, Lexicon.sent, Lexicon.connected, Lexicon.nextVerbs,
                Lexicon.futureMarkers, Lexicon.notBefore, Lexicon.promiseVerbs, Lexicon.vague, Promises.future, Promises.askedOfMe,
                Promises.wanting, Promises.theirAnswer, Referral.leads, Referral.cues, OutcomeRules.pastMeeting, OutcomeRules.timingOnly,
            ] + Lexicon.channels.map(\.phrases)
        for phrase in lists.joined() {
            #expect(phrase.split(separator: " ").count <= Clause.longestPhrase, "'\(phrase)' is too long")
            #expect(phrase == phrase.lowercased(), "'\(phrase)' has capitals")
        }
    }
}
