import Foundation
import RingbackCoach
import RingbackCore
import RingbackTestSupport
import Testing

struct DebriefUnansweredTests {
    @Test func aVoicemailGetsTheAskCoachingAndThePairedEmail() throws {
        var talk = Conversation(name: "Dana")
        talk.say("left a vm")
        #expect(talk.last == "Did you say what you need and by when? (y, n, or enter to skip)")
        talk.say("not really")
        #expect(talk.text.contains("say the action and a time frame"))
        #expect(talk.text.contains("Pair the voicemail with a short email today:"))
        #expect(talk.text.contains("Hi Dana, I just left you a voicemail"))
        talk.say("", "", "y")
        #expect(talk.saved?.outcome == .voicemail)
        #expect(talk.saved?.channel == .call)
    }

    /// "try him on the 31st of febuary": the day is said to be on no calendar, and a day given
    /// at "Save it?" is the next try (it was dropped without a word).
    @Test func aDayOnNoCalendarIsSaidAndCanBeGiven() throws {
        var talk = Conversation(name: "Dana")
        talk.say("lvm, try her again on the 31st of febuary")
        #expect(talk.text.contains("\"the 31st of febuary\" is on no calendar"), "\(talk.transcript)")
        talk.say("", "", "", "n", "try her march 1")
        talk.answerUntilSaved()
        let next = try #require(talk.saved?.nextTry)
        #expect(Paris.defaultCalendar.calendar.component(.month, from: next.date) == 3, "\(talk.transcript)")
        // The fix does not ask again what was answered before it.
        #expect(talk.transcript.filter { $0.hasPrefix("Did you say what you need") }.count == 1, "\(talk.transcript)")
    }

    /// Enter at "Did you say what you need...?" skips it, as the prompt says (it asked again).
    @Test func enterSkipsTheAskQuestion() throws {
        var talk = Conversation(name: "Dana")
        talk.say("left a vm")
        talk.say("")
        #expect(!talk.text.contains("Please answer"))
        #expect(!talk.text.contains("say the action and a time frame") && !talk.text.contains("Good. A clear ask"))
        #expect(talk.text.contains("Pair the voicemail with a short email today:"))
    }

    @Test func theThirdUnansweredTryMentionsTheAcknowledgingMessage() {
        var talk = Conversation(name: "helen")
        talk.say("no answer again")
        // Nothing was left for her, so there is no ask to check: the coaching comes at once.
        #expect(!talk.text.contains("Did you say what you need"))
        #expect(talk.text.contains("This is try number 3 without an answer."))
        #expect(!talk.text.contains("Pair the voicemail"))
    }

    @Test func rapidReleaseOffersTheTwoOptionNote() {
        var talk = Conversation(name: "tom")
        talk.say("didn't pick up", "yes")
        #expect(talk.text.contains("It's time for the next note in your rapid-release plan (The two-option note):"))
        #expect(talk.text.contains("1) you're busy but still interested, or 2) it's no longer on your list"))
    }

    /// "kinda" is half an ask: the tip is given.
    @Test func kindaAtTheAskGetsTheTip() {
        var talk = Conversation(name: "Dana")
        talk.say("left a vm", "kinda")
        #expect(talk.text.contains("say the action and a time frame"))
        #expect(!talk.text.contains("Please answer yes or no."))
    }

    /// A full voicemail box: nothing could be left, so the message goes in writing.
    @Test func aFullVoicemailBoxGetsTheNoteInWriting() {
        var talk = Conversation(name: "Dana")
        talk.say("vm box full")
        #expect(talk.text.contains("No message could be left, so send it in writing today:"))
        #expect(talk.text.contains("Hi Dana, I called today and couldn't leave a message"))
        var rang = Conversation(name: "Dana")
        rang.say("no answer, didnt leave one")
        #expect(!rang.text.contains("No message could be left"))
    }

    @Test func anEmailSentIsAnOutreach() {
        var talk = Conversation(name: "dana")
        talk.say("I emailed her the proposal", "yes", "", "", "y")
        #expect(talk.saved?.outcome == .sent)
        #expect(talk.saved?.channel == .email)
    }
}

/// "Left a vm, I'll try again friday": the user's own next try is kept, shown in the summary
/// as the day the plan will hold (sooner or later than the cadence's wait), and never taken
/// for a time agreed with them.
struct DebriefRetryTests {
    @Test func aLaterRetryDayIsKept() throws {
        var talk = Conversation(name: "Dana")
        talk.say("left a vm, I'll try her again next wednesday")
        #expect(talk.last == "Your next try: Wed 2 Dec, right? (enter to keep it, n, or another day)")
        talk.say("y", "yes", "", "")
        #expect(talk.text.contains("  Next try: Wed 2 Dec\n"), "\(talk.text)")
        talk.say("y")
        let saved = try #require(talk.saved)
        #expect(saved.outcome == .voicemail)
        #expect(saved.agreed == nil)
        #expect(saved.nextTry?.date == Paris.date("2026-12-02"))
        #expect(saved.notBefore == nil)
    }

    /// The day chosen is the day saved, even sooner than the cadence would wait; enter keeps it.
    @Test func aSoonerRetryDayIsTheDaySaved() throws {
        var talk = Conversation(name: "Dana")
        talk.say("left a vm, I'll try her again friday")
        #expect(talk.last.hasPrefix("Your next try: Fri 27 Nov, right?"))
        talk.say("", "yes", "", "")
        #expect(talk.text.contains("  Next try: Fri 27 Nov\n"), "\(talk.text)")
        talk.say("y")
        #expect(talk.saved?.nextTry?.date == Paris.date("2026-11-27"))
    }

    /// Another day at the question replaces the one read; "n" keeps none.
    @Test func theRetryDayCanBeCorrectedOrDropped() throws {
        var talk = Conversation(name: "Dana")
        talk.say("no answer, will call back friday", "no, thursday")
        #expect(talk.last == "Your next try: Thu 26 Nov, right? (enter to keep it, n, or another day)")
        talk.say("n", "yes", "", "", "y")
        #expect(talk.saved?.nextTry == nil)
        // The cadence's day is said instead: the plan shown is the plan saved.
        #expect(!talk.text.contains("Next try: Thu 26 Nov"))
        #expect(talk.text.contains("  Next try: Mon 30 Nov (by the cadence)\n"), "\(talk.text)")
    }

    @Test func inOneBreathTheRetryIsNotAnAgreedTime() throws {
        var talk = Conversation(name: "Dana")
        talk.say("left her a voicemail, she owes me the contract by friday, I'll try again monday")
        #expect(talk.last.contains("next try: Mon 30 Nov"), "\(talk.text)")
        #expect(!talk.last.contains("next: "))
        talk.say("y", "yes", "y")
        let saved = try #require(talk.saved)
        #expect(saved.agreed == nil)
        #expect(saved.nextTry?.date == Paris.date("2026-11-30"))
        #expect(saved.promises.map(\.what) == ["the contract"])
    }
}
