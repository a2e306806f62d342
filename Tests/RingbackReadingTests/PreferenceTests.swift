import RingbackCore
import RingbackReading
import Testing

/// Issue #24: how they like to be reached is read as a preference, not as the channel of the
/// touch being told.
struct PreferenceTests {
    @Test(arguments: [
        ("she prefers texts to calls", Channel.text), ("email works better for her", .email),
        ("talked, call her friday, she'd rather email though", .email),
        ("talked to sam. dont call his cell, email him instead", .email),
    ])
    func aPreferenceIsRead(text: String, channel: Channel) {
        let reading = AnswerCorpus.reader.read(text)
        #expect(reading.prefers?.value == channel)
        #expect(reading.channel?.value != channel)
    }

    /// "email him instead" is how to reach him, not something the user owes.
    @Test func aPreferenceIsNotAPromise() {
        #expect(AnswerCorpus.reader.read("dont call his cell, email him instead").promises.isEmpty)
    }

    /// helper-32: "he said dont call just email him the quote" is how to reach him, never a
    /// request to stop (it was saved as do-not-contact); "stop calling me" still is one.
    @Test func dontCallJustEmailIsAPreferenceNotAStop() {
        let reading = AnswerCorpus.reader.read("spoke w mike, he said dont call just email him the quote, ill send it tues eod")
        #expect(reading.stop == nil && reading.outcome?.value != .askedToStop)
        #expect(reading.prefers?.value == .email)
        #expect(AnswerCorpus.reader.read("she said stop calling me").stop != nil)
        #expect(AnswerCorpus.reader.read("he said dont call again").stop != nil)
    }

    /// helper-39: "she wants an email not calls" was "you owe: an email not calls"; "don't call
    /// me, I'll call you" was saved as do-not-contact.
    @Test func oneWaySetAgainstAnotherIsAPreferenceAndABrushOffIsNoStop() {
        let rosa = AnswerCorpus.reader.read("Rosa picked up!! she wants an email not calls, send her the case study")
        #expect(rosa.prefers?.value == .email)
        #expect(rosa.promises.map(\.what) == ["send her the case study"])
        for said in ["he said dont call me, ill call you", "she said don't call us we'll call you"] {
            let reading = AnswerCorpus.reader.read(said)
            #expect(reading.stop == nil && reading.outcome?.value == .connected, "\(said)")
        }
    }

    @Test func aTouchByTextIsNoPreference() {
        let reading = AnswerCorpus.reader.read("no answer so i texted her")
        #expect(reading.channel?.value == .text)
        #expect(reading.prefers == nil)
    }
}
