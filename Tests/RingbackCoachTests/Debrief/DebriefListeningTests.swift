import Foundation
import RingbackCore
import RingbackTestSupport
import Testing

@testable import RingbackCoach

/// Issue #24, from a new user's walk-through: the debrief keeps what it heard, takes a
/// correction or says it could not, and never saves venting or a no for now as something else.
struct DebriefListeningTests {
    /// Venting where a question was asked gets the reframe and the same question, never a
    /// promise of theirs ("Zoë owes: ugh honestly I feel like a stalker").
    @Test func ventingIsAnsweredAndTheQuestionAskedAgain() throws {
        var talk = Conversation()
        talk.say("dana", "we talked", "no", "no", "y")
        let question = "Did Dana promise you anything, and by when? (e.g. \"the budget by Friday\", or \"no\")"
        #expect(talk.transcript.last == question, "\(talk.text)")
        talk.say("ugh honestly I feel like a stalker at this point")
        #expect(talk.transcript.last == question, "\(talk.text)")
        #expect(!talk.text.contains("stalker?") && !talk.text.contains("Please answer"), "\(talk.text)")
        talk.say("no")
        #expect(talk.debrief.draft.promises.isEmpty, "\(talk.text)")
    }

    /// "she already sent the times, thats done" (a new user's walk-through): what she owed is
    /// received, said so, and never saved as a new promise of hers; before its day too.
    @Test func whatTheySayCameIsReceived() throws {
        var contacts = Conversation.contacts
        let times = Commitment(
            owner: .them, what: "send you times", due: Paris.date("2026-11-27"), timed: false, made: Paris.date("2026-11-20T10:00"))
        contacts[0].commitments = [times]
        var told = Conversation(name: "Dana", contacts: contacts)
        told.say("we talked, she already sent the times thats done")
        #expect(told.debrief.draft.delivered == ["send you times"], "\(told.text)")
        #expect(!told.text.contains("Did it come?"), "\(told.text)")
        var asked = Conversation(name: "Dana", contacts: contacts)
        asked.say("we talked", "no", "no", "y")
        #expect(asked.last.hasPrefix("Did Dana promise you anything"), "\(asked.text)")
        asked.say("she already sent the times thats done")
        #expect(asked.text.contains("Good: I'll mark \"send you times\" as received."), "\(asked.text)")
        #expect(asked.debrief.draft.promises.isEmpty && asked.debrief.draft.delivered == ["send you times"], "\(asked.text)")
        var waiting = Conversation(name: "Dana", contacts: contacts)
        waiting.say("we talked, she still hasn't sent the times")
        #expect(waiting.debrief.draft.delivered.isEmpty, "\(waiting.text)")
    }

    /// A rejection pasted where a next time is asked (helper-31): its "reach out in a few
    /// months" is the user's next try on a working day, never a time agreed with them.
    @Test func aPastedRejectionAtTheNextTimeQuestionIsANextTry() throws {
        var talk = Conversation()
        talk.say("dana", "got an email back from her")
        #expect(talk.last.hasPrefix("Did you set a next time"), "\(talk.text)")
        talk.say(
            "Hi, thank you for your time. After careful consideration we have decided to move forward with other candidates "
                + "whose experience more closely matches our needs. Feel free to reach out in a few months. Best, Dana")
        #expect(talk.debrief.draft.agreed == nil && talk.debrief.draft.decision == false, "\(talk.text)")
        #expect(talk.text.contains("Next try: Tue 23 Feb 2027."), "\(talk.text)")
        #expect(talk.debrief.draft.promises.isEmpty, "\(talk.text)")
    }

    /// "no not really, ill send a thank you note tonight" where a next time is asked
    /// (helper-31): no time set, and the note is the user's to send tonight, not a call at 18:00.
    @Test func aNoWithAPromiseAtTheNextTimeQuestionKeepsThePromise() throws {
        var talk = Conversation()
        talk.say("dana", "we talked")
        #expect(talk.last.hasPrefix("Did you set a next time"), "\(talk.text)")
        talk.say("no not really, ill send a thank you note tonight")
        #expect(talk.debrief.draft.agreed == nil, "\(talk.text)")
        let promise = try #require(talk.debrief.draft.promises.first, "\(talk.text)")
        #expect(promise.owner == .me && promise.what.contains("thank you note") && promise.due != nil, "\(talk.text)")
        #expect(!talk.text.contains("outside your working hours"), "\(talk.text)")
    }

    /// "no wait, the pricing sheet is mine" at "..., right?": the same promise, now the user's.
    @Test func aPromiseConfirmedCanBeGivenToTheOtherSide() throws {
        var talk = Conversation()
        talk.say("dana", "we talked", "no", "no", "y", "the pricing sheet by wed")
        #expect(talk.transcript.last?.hasPrefix("the pricing sheet · by Wed 25 Nov") == true, "\(talk.text)")
        talk.say("no wait, the pricing sheet is mine, i owe it to her")
        let promise = try #require(talk.debrief.draft.promises.first)
        #expect(promise.owner == .me && promise.what == "the pricing sheet", "\(talk.text)")
        #expect(talk.transcript.last == "You owe Dana: the pricing sheet · by Wed 25 Nov, right? (enter or y, n)", "\(talk.text)")
    }

    /// "the w2 is hers not mine" (helper-44: read as the user's, because of "mine", and "w2" named no
    /// promise); "it's mine, not his" the other way.
    @Test func whoseItIsNotSaysWhoseItIs() throws {
        var talk = Conversation(name: "Dana")
        talk.say("talked to her, I will send the w2 by thurs and she needs the disclosures tmrw")
        talk.say("the w2 is hers not mine")
        let owners = talk.debrief.draft.promises.map { ($0.what, $0.owner) }
        #expect(owners.first { $0.0.contains("w2") }?.1 == .them, "\(talk.text)")
        #expect(owners.first { $0.0.contains("disclosures") }?.1 == .me, "\(talk.text)")
        talk.say("the w2 is mine, not hers")
        #expect(talk.debrief.draft.promises.first { $0.what.contains("w2") }?.owner == .me, "\(talk.text)")
    }

    /// Enter at "Did you set a next time to talk?" is a no, as the question says (it asked "Please
    /// answer yes or no" again and again).
    @Test func enterAtDidYouSetANextTimeIsANo() {
        var talk = Conversation()
        talk.say("dana", "we talked")
        #expect(talk.last.hasPrefix("Did you set a next time"), "\(talk.text)")
        talk.say("")
        #expect(!talk.text.contains("Please answer"), "\(talk.text)")
        #expect(!talk.last.hasPrefix("Did you set a next time"), "\(talk.text)")
    }

    /// "no, ill call him thurs" at "Did you set a next time to talk?": the "no" answers the question;
    /// the reply told first stays (helper-44: it became "call · no answer").
    @Test func aNoToTheNextTimeQuestionKeepsWhatHappened() {
        var talk = Conversation(name: "Dana")
        talk.say("dana texted back, said she's got 2 buyers for me")
        talk.say("no, ill call her thurs to get their info")
        #expect(talk.debrief.draft.outcome == .replied, "\(talk.text)")
        #expect(talk.debrief.draft.retry != nil, "\(talk.text)")
    }

    /// "tonight is when she uploads paystubs, thats hers not a call time" (helper-44): no call
    /// tonight is set from it, and her upload joins the draft.
    @Test func notACallTimeSetsNoCall() {
        var talk = Conversation(name: "Dana")
        talk.say("talked to her, i need to send her the disclosures tmrw")
        talk.say("no, tonight is when she uploads paystubs + w2s, thats hers not a call time")
        #expect(talk.debrief.draft.agreed == nil && talk.debrief.draft.retry == nil, "\(talk.text)")
        #expect(talk.debrief.draft.promises.contains { $0.owner == .them && $0.what.contains("paystubs") }, "\(talk.transcript)")
    }

    /// The note is kept as typed: "lvm w dana" (helper-44: saved as "lvm with dana").
    @Test func theNoteKeepsTheShorthandTyped() {
        var talk = Conversation()
        talk.say("lvm w dana, 3rd try this month")
        talk.answerUntilSaved(turns: 8)
        #expect(talk.saved?.note?.hasPrefix("lvm w dana") == true, "\(talk.text)")
    }

    /// A time read wrong can be taken away; a promise told in a correction joins with its day;
    /// a correction with nothing readable in it is said to be so.
    @Test func correctionsRemoveATimeAddAPromiseOrSayTheyWereNotRead() throws {
        var talk = Conversation()
        talk.say("dana", "talked to her, call her back thursday at 10, she'll send the budget")
        #expect(talk.debrief.draft.agreed != nil, "\(talk.text)")
        talk.say("no call set. she owes me an answer by friday")
        #expect(talk.debrief.draft.agreed == nil, "\(talk.text)")
        #expect(talk.debrief.draft.promises.contains { $0.owner == .them && $0.due != nil }, "\(talk.text)")
        let echo = try #require(talk.transcript.last)
        #expect(!echo.contains("next:") && echo.contains("by Fri 27 Nov"), "\(echo)")
        talk.say("blah blah")
        #expect(talk.transcript.suffix(2).first?.hasPrefix("I couldn't tell what to change") == true, "\(talk.text)")
        #expect(!talk.debrief.draft.note.contains("blah"))
    }

    /// "not interested right now, maybe after the holidays": a no for now and the user's next
    /// try, said back as such; never "Mon 4 Jan, right?" as a time agreed.
    @Test func aNoForNowWithADayIsTheUsersNextTry() throws {
        var talk = Conversation()
        talk.say("dana", "she picked up, said not interested right now maybe after the holidays")
        let echo = try #require(talk.transcript.last)
        #expect(echo.contains("next try: Mon 4 Jan 2027") && echo.contains("a no for now"), "\(echo)")
        #expect(talk.debrief.draft.agreed == nil)
    }

    /// A day heard while the outcome was unclear is asked about once the outcome is known,
    /// not "Did you set a next time to talk?".
    @Test func aDayHeardBeforeTheOutcomeIsKept() throws {
        var talk = Conversation()
        talk.say("dana", "tlaked to hre, sahe said cal her thursday aftr lunch")
        talk.say("talked")
        #expect(talk.transcript.last?.hasPrefix("Thu 26 Nov") == true, "\(talk.text)")
        #expect(!talk.text.contains("Did you set a next time"), "\(talk.text)")
    }

    /// "ring her at 3" is a call, whatever channel she prefers for the rest.
    @Test func ringingIsACall() {
        #expect(Understanding.channel("she wants me to ring her at 3") == .call)
    }

    /// A decision told without how: they were reached; no "Did you talk to Dana...?" after it.
    @Test func aDecisionMeansTheyWereReached() throws {
        var talk = Conversation()
        talk.say("dana", "they went with someone else")
        let echo = try #require(talk.transcript.last)
        #expect(echo.contains("you talked · decision: no"), "\(echo)")
        talk.say("y")
        #expect(!talk.text.contains("Did you talk to Dana"), "\(talk.text)")
    }

    /// "idk" where a yes or no is asked about a time set is a no; "whenever" at a promise's day is no day.
    /// "no, she owes me an answer by friday" where the agreed time was asked: no time, the promise kept.
    @Test func aPromiseSaidWithNoTimeIsKept() throws {
        var talk = Conversation()
        talk.say("dana", "talked to her, call her back thursday at 10, she liked the deck", "no")
        talk.say("no call set. she owes me an answer by friday")
        #expect(talk.debrief.draft.agreed == nil, "\(talk.text)")
        #expect(talk.debrief.draft.promises.contains { $0.owner == .them && $0.due != nil }, "\(talk.text)")
    }

    @Test func idkAndWheneverAreAnswers() throws {
        var talk = Conversation()
        talk.say("dana", "we talked", "idk")
        #expect(!talk.text.contains("Please answer"), "\(talk.text)")
        var promise = Conversation()
        promise.say("dana", "we talked, i owe her the org chart")
        promise.say("y")
        promise.say("whenever")
        #expect(promise.debrief.draft.promises.first?.noDay == true, "\(promise.text)")
        #expect(!promise.text.contains("isn't a day yet"), "\(promise.text)")
    }

    /// Leaving early with something to save shows what would be saved before asking.
    @Test func leavingEarlyShowsWhatWouldBeSaved() throws {
        var talk = Conversation()
        talk.say("dana", "talked, call back mon")
        talk.press(.interrupt)
        talk.press(.interrupt)
        let asked = try #require(talk.transcript.lastIndex { $0.hasPrefix("Save what you've told me so far?") })
        #expect(talk.transcript[..<asked].contains("Here's what I'll save:"), "\(talk.text)")
    }

    /// "idk" where what happened was asked is not kept in the note.
    @Test func aNonAnswerIsNotKeptInTheNote() {
        var talk = Conversation()
        talk.say("dana", "idk", "his assistant picked up")
        #expect(talk.debrief.draft.note == "his assistant picked up", "\(talk.debrief.draft.note)")
    }

    /// "left msg asking for 15 min thurs or fri": the ask was told, so it is praised, not asked.
    @Test func aVoicemailThatToldTheAskIsNotAskedAbout() {
        var talk = Conversation()
        talk.say("dana", "went straight to vm, left msg asking for 15 min thurs or fri")
        #expect(!talk.text.contains("Did you say what you need"), "\(talk.text)")
        // helper-42: "need an answer by wed" told the ask too.
        var rate = Conversation()
        rate.say("dana", "lvm re locking the rate, need an answer by wed")
        #expect(!rate.text.contains("Did you say what you need"), "\(rate.text)")
    }

    /// How they like to be reached, known from before, is not asked again.
    @Test func aKnownPreferenceIsNotAskedAgain() {
        var dana = Conversation.contacts[0]
        dana.preferredChannel = .email
        var talk = Conversation(contacts: [dana] + Conversation.contacts.dropFirst())
        talk.say("dana", "we talked", "no", "no", "y", "no", "")
        #expect(!talk.text.contains("How does Dana prefer"), "\(talk.text)")
        #expect(talk.text.contains("Here's what I'll save:"), "\(talk.text)")
    }

    /// "he's in NYC, ring him tues 9am his time": 09:00 in New York, said on both clocks, and
    /// his zone saved with the touch (was: 09:00 in Paris, 3am for him).
    @Test func aPlaceToldWithATimeOnTheirClockIsTheirZone() throws {
        var talk = Conversation()
        talk.say("dana", "got her, she's in NYC, said ring her tues 9am her time")
        let text = talk.text
        #expect(text.contains("(Tue 24 Nov), 15:00"), "\(text)")
        #expect(text.contains("09:00 on Dana's clock in America/New_York"), "\(text)")
        #expect(talk.debrief.entry()?.details.timeZone == "America/New_York")
        var office = Conversation()
        office.say("dana", "she called back, shes actually in our NYC office, said ring her thurs 9am her time")
        #expect(office.text.contains("09:00 on Dana's clock in America/New_York"), "\(office.text)")
    }

    /// helper-39: several fixes in one answer are each made ("no i talked to him on the phone"
    /// was read as no answer, and the CFO check moved to the user); enter keeps the reading.
    @Test func severalFixesInOneAnswerAndEnterKeepsTheReading() throws {
        var talk = Conversation()
        talk.say("dana", "left a vm, she needs to check w her CFO, im sending pricing tmrw am")
        talk.say("no i talked to her on the phone. the cfo thing is hers, i owe her pricing tmrw morning")
        #expect(talk.debrief.draft.outcome == .connected && talk.debrief.draft.channel == .call, "\(talk.text)")
        #expect(talk.debrief.draft.promises.map(\.owner) == [.them, .me], "\(talk.text)")
        talk.say("")
        #expect(!talk.text.contains("I couldn't tell what to change"), "\(talk.text)")
        #expect(!talk.last.contains("right? (enter or y"), "\(talk.text)")
    }

    /// helper-40: "it was an email actually" after "you talked" was taken silently with the
    /// same line shown; a conversation in writing is their reply.
    @Test func aConversationCorrectedToEmailIsTheirReply() throws {
        var talk = Conversation()
        talk.say("dana", "talked to her, she'll send the budget friday")
        talk.say("it was an email actually")
        #expect(talk.debrief.draft.channel == .email && talk.debrief.draft.outcome == .replied, "\(talk.text)")
        #expect(talk.last.contains("Dana replied"), "\(talk.text)")
    }

    /// helper-39: "cancel" while the reading is still being checked offers what happened and the
    /// note, never the time it read (which the user had not taken as right).
    @Test func cancelBeforeTheReadingIsTakenOffersNoTimeFromIt() throws {
        var talk = Conversation()
        talk.say("dana", "talked to her, call her thursday at 2, she'll send the budget friday")
        #expect(talk.last.contains("right? (enter or y"), "\(talk.text)")
        talk.say("cancel")
        #expect(talk.text.contains("Dana Ruiz (Acme) · call · you talked"), "\(talk.text)")
        #expect(!talk.text.contains("Next time agreed"), "\(talk.text)")
        talk.say("y")
        #expect(talk.saved?.agreed == nil && talk.saved?.outcome == .connected)
    }

    /// helper-29: a correction flips an owner without adding "that" as a promise; "remove"
    /// takes promises away; a day corrected is the one promise's when it is the only day heard.
    @Test func correctionsChangeWhatTheyNameAndNothingElse() throws {
        var talk = Conversation()
        talk.say("dana", "talked to her, she'll get me feedback on the 2 profiles by friday")
        talk.say("no, i owe her that")
        #expect(talk.debrief.draft.promises.map(\.owner) == [.me], "\(talk.text)")
        talk.say("no, fri the 4th")
        #expect(talk.debrief.draft.agreed == nil, "\(talk.text)")
        #expect(talk.debrief.draft.promises.first?.due?.date == Paris.date("2026-12-04"), "\(talk.text)")
        talk.say("remove both things i owe")
        #expect(talk.debrief.draft.promises.isEmpty, "\(talk.text)")
    }

    /// helper-31: "remove it" said after why, and "remove the first one", take away the one
    /// named and leave the other as it was, its day included.
    @Test func aPromiseRemovedByWhyOrByPlaceLeavesTheOther() throws {
        var talk = Conversation()
        talk.say("dana", "talked to her, i owe her the case study by wed and she'll send the budget by friday")
        #expect(talk.debrief.draft.promises.count == 2, "\(talk.text)")
        let budget = try #require(talk.debrief.draft.promises.last)
        talk.say("the case study isnt for her its just my prep, remove it")
        #expect(talk.debrief.draft.promises == [budget], "\(talk.text)")
        var other = Conversation()
        other.say("dana", "talked to her, i owe her the case study by wed and she'll send the budget by friday")
        other.say("remove the first one")
        #expect(other.debrief.draft.promises == [budget], "\(other.text)")
    }

    /// "no, she owes me nothing. I owe her 2 resumes by wed": nothing of hers, the resumes mine.
    @Test func nothingOwedIsNoPromise() throws {
        var talk = Conversation()
        talk.say("dana", "we talked", "no", "no", "y", "no, she owes me nothing. I owe her 2 resumes by wed")
        #expect(!talk.debrief.draft.promises.contains { $0.owner == .them }, "\(talk.text)")
        #expect(talk.debrief.draft.promises.contains { $0.owner == .me && $0.what.contains("resumes") }, "\(talk.text)")
    }

    /// "her decision on the offer, no date": kept without a day, not asked "By when?".
    @Test func aPromiseSaidWithoutADayIsNotAskedForOne() throws {
        var talk = Conversation()
        talk.say("dana", "we talked", "no", "no", "y", "her decision on the offer, no date")
        let promise = try #require(talk.debrief.draft.promises.first)
        #expect(promise.what == "her decision on the offer" && promise.noDay, "\(talk.text)")
        #expect(!talk.text.contains("By when?"), "\(talk.text)")
    }

    /// "I owe him a call back by thurs" is the next contact already said: not asked again.
    @Test func aCallOwedIsTheNextContact() {
        var talk = Conversation()
        talk.say("dana", "we talked, she wants 20k more, i owe her a call back w/ the client's answer by thurs")
        talk.say("y")
        #expect(!talk.text.contains("Did you set a next time"), "\(talk.text)")
    }

    /// From the last walk-through: a day with words left over ("friday at 25pm") is asked
    /// about, not taken; "idk" or nothing where their time is asked means none.
    @Test func aDayPartlyReadIsAskedAboutAndIdkIsNoTime() {
        var talk = Conversation()
        talk.say("dana", "we talked", "friday at 25pm")
        #expect(talk.transcript.last?.hasPrefix("I read 'friday' as Fri 27 Nov, but not '25pm'") == true, "\(talk.text)")
        var unsure = Conversation()
        unsure.say("dana", "we talked", "no", "idk")
        #expect(unsure.transcript.last?.hasPrefix("Then here is the plan") == true, "\(unsure.text)")
    }
}
