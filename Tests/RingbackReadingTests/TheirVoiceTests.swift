import RingbackCore
import Testing

@testable import RingbackReading

/// A letter of theirs pasted as a debrief answer is read in their voice (helper-29: "I will
/// send you my updated resume" was read as the user's promise).
struct TheirVoiceTests {
    @Test func aPastedLetterIsTheirReplyAndTheirPromise() throws {
        let reading = AnswerCorpus.reader.read(
            "Hi Sam, Thanks for the call today, it was good to talk. I will send you my updated resume tomorrow. Best regards, Maria")
        #expect(reading.outcome?.value == .replied && reading.channel?.value == .email)
        let promise = try #require(reading.promises.first)
        #expect(promise.owner == .them && promise.what.contains("resume") && promise.due != nil)
        // "the call today" in their letter is their day, gone: no call today.
        #expect(reading.next == nil)
    }

    @Test func onlyAGreetingAndASignOffMakeALetter() {
        #expect(TheirVoice.body("Hi Sam, I'll send it friday. Thanks, Dana") == "I'll send it friday.")
        #expect(TheirVoice.body("hi, quick one: called dana, left a vm") == nil)
        #expect(TheirVoice.body("called dana, she said thanks, will call back") == nil)
        // helper-39: a signature with a title and a company is still a signature.
        #expect(
            TheirVoice.body("Hi,\nWe're reviewing options.\nBest,\nMarcus Webb / VP Operations\nFreightline Logistics")
                == "We're reviewing options.")
        #expect(TheirVoice.body("hi, called dana, thanks, she said call her back thursday after lunch about the new pricing deck") == nil)
        #expect(TheirVoice.swapped("I'll send you my notes") == "they'll send me their notes")
        #expect(TheirVoice.swapped("can you send me your deck") == "can I send them my deck")
    }

    /// Their words in quotes are theirs: "ill loop in our principal" is the investor's promise,
    /// and the time they ask for is the next contact (helper-34 saw "you owe: loop in our
    /// principal\"" and the year end taken for the day).
    @Test func quotedWordsAreTheirs() throws {
        let reading = AnswerCorpus.reader.read(
            "jordan replied: \"slammed w/ year end. happy to chat, can you do thurs 12/17 at 4pm? ill loop in our principal\"")
        #expect(reading.promises.map(\.owner) == [.them])
        #expect(reading.promises.first?.what == "loop in their principal")
        #expect(AnswerCorpus.day(reading.next?.value) == "2026-12-17T16:00")
        // The user's own words in quotes stay the user's.
        let mine = AnswerCorpus.reader.read("i told her \"ill send the deck friday\"")
        #expect(mine.promises.map(\.owner) == [.me] && mine.promises.first?.what == "send the deck")
        #expect(TheirVoice.quoted("she said \"keep me posted\" and left") == "she said keep them posted and left")
        // Single quotes too, not the apostrophe of a word; a sentence of theirs without its "I".
        let kim = AnswerCorpus.reader.read("mrs kim texted back 'thanks! will go over it w my husband and get back to you monday'")
        #expect(kim.promises.map(\.owner) == [.them], "\(kim.promises)")
        #expect(TheirVoice.quoted("the Ruizes' agent said ok") == "the Ruizes' agent said ok")
        #expect(TheirVoice.quoted("hm: 'you'll have feedback by friday'") == "hm: they'll send me feedback by friday")
    }
}
