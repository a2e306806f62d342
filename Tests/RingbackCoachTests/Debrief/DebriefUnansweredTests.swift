import Foundation
import RingbackCoach
import RingbackCore
import Testing

struct DebriefUnansweredTests {
    @Test func aVoicemailGetsTheAskCoachingAndThePairedEmail() throws {
        var talk = Conversation(name: "Dana")
        talk.say("left a vm")
        #expect(talk.last == "Did you say what you need and by when?")
        talk.say("not really")
        #expect(talk.text.contains("say the action and a time frame"))
        #expect(talk.text.contains("Pair the voicemail with a short email today:"))
        #expect(talk.text.contains("Hi Dana, I just left you a voicemail"))
        talk.say("", "", "y")
        #expect(talk.saved?.outcome == .voicemail)
        #expect(talk.saved?.channel == .call)
    }

    @Test func theThirdUnansweredTryMentionsTheAcknowledgingMessage() {
        var talk = Conversation(name: "helen")
        talk.say("no answer again", "yes")
        #expect(talk.text.contains("Good. A clear ask"))
        #expect(talk.text.contains("This is try number 3 without an answer."))
        #expect(!talk.text.contains("Pair the voicemail"))
    }

    @Test func rapidReleaseOffersTheTwoOptionNote() {
        var talk = Conversation(name: "tom")
        talk.say("didn't pick up", "yes")
        #expect(talk.text.contains("It's time for the next note in your rapid-release plan (The two-option note):"))
        #expect(talk.text.contains("1) you're busy but still interested, or 2) it's no longer on your list"))
    }

    @Test func anEmailSentIsAnOutreach() {
        var talk = Conversation(name: "dana")
        talk.say("I emailed her the proposal", "yes", "", "", "y")
        #expect(talk.saved?.outcome == .sent)
        #expect(talk.saved?.channel == .email)
    }
}
