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

    /// What they asked of the user is said as the user's to do (helper-42: "You owe Linda: send
    /// me some comps"; "you owe: asked me to send her the listing").
    @Test(arguments: [
        ("she said send me some comps", "send some comps"), ("she asked me to send her the listing", "send her the listing"),
        ("he wants me to send the proposal by thurs", "send the proposal"),
    ])
    func whatTheyAskedIsTheUsersToDo(text: String, what: String) throws {
        let promise = try #require(AnswerCorpus.reader.read(text).promises.first)
        #expect(promise.owner == .me && promise.what == what, "\(promise)")
    }

    /// A count before the day is not a time of it (helper-29: "3 more profiles by friday" was
    /// saved as Friday 15:00).
    @Test(arguments: ["they want 3 more profiles by friday", "they want 5 resumes by tuesday"])
    func aCountIsNotATime(text: String) throws {
        let promise = try #require(AnswerCorpus.reader.read(text).promises.first)
        #expect(promise.due?.timed == false, "\(String(describing: promise.due))")
    }
}

/// helper-32: a choice of someone named by who they are to the contact is a no.
/// A day alone after a promise with none is its day; "make the intros" is a promise
/// (helper-34: both were read as the next call).
struct PromiseDayTests {
    @Test func aDayAloneDatesThePromiseBeforeIt() throws {
        let update = AnswerCorpus.reader.read("also i owe her our monthly investor update, next one by dec 31")
        #expect(update.next == nil)
        #expect(AnswerCorpus.day(update.promises.first?.due) == "2026-12-31")
        let intros = AnswerCorpus.reader.read("talked to rachel, i said id make the intros by wed")
        #expect(intros.next == nil)
        #expect(intros.promises.first?.what == "make the intros" && AnswerCorpus.day(intros.promises.first?.due) == "2026-11-25")
    }

    /// "2 things on me: intro to our cto by wed and the security doc by fri": a list after a
    /// colon is one promise an item, each with its day; a list of theirs is theirs.
    @Test func aListAfterAColonIsOnePromiseAnItem() {
        let mine = AnswerCorpus.reader.read("2 things on me: intro to our cto by wed and the security doc by fri")
        #expect(mine.next == nil)
        #expect(mine.promises.map(\.what) == ["intro to our cto", "the security doc"])
        #expect(mine.promises.map { AnswerCorpus.day($0.due) } == ["2026-11-25", "2026-11-27"])
        let both = AnswerCorpus.reader.read("great call. on her: send me the org chart by friday. on me: the quote")
        #expect(both.promises.map(\.owner) == [.them, .me])
        #expect(both.promises.first?.what == "send you the org chart")
    }

    /// "gonna nudge him fri if nothing": the user's next try, not something owed to him.
    @Test func aNudgeIsATry() {
        let reading = AnswerCorpus.reader.read("emailed tom the deck, gonna nudge him fri if nothing")
        #expect(reading.promises.isEmpty)
        #expect(AnswerCorpus.day(reading.next?.value) == "2026-11-27")
    }
}

struct ChoseSomeoneElseTests {
    @Test(arguments: [
        "she said they went w/ her cousins agency, oh well", "he's going with a local broker",
        "they bought from the supplier down the street", "nah, she ordered from costco this time",
    ])
    func aChoiceOfAnotherPartyIsANo(text: String) {
        #expect(AnswerCorpus.reader.read(text).decision?.value == .no)
    }

    @Test func aChoiceOfAThingIsNot() {
        #expect(AnswerCorpus.reader.read("she went with her gut and signed").decision?.value != .no)
        #expect(AnswerCorpus.reader.read("they bought from us again").decision?.value == .yes)
    }
}

/// A need named is not one asked of the user (a pasted rejection, helper-31).
struct NeedsNamedTests {
    @Test func theirNeedsAreNotTheUsersTask() {
        let reading = AnswerCorpus.reader.read(
            "they decided to go with other candidates whose experience more closely matches their needs")
        #expect(reading.promises.isEmpty && reading.decision?.value == .no)
        #expect(AnswerCorpus.reader.read("she needs the security docs by friday").promises.first?.owner == .me)
        // The need of others after "who" (the ninth blind set's serious errors, said in other words).
        let sending = AnswerCorpus.reader.read("he'll send me two families who need a quote by thurs")
        #expect(sending.promises.map(\.owner) == [.them])
        #expect(AnswerCorpus.reader.read("shes forwarding the tenants that need parking").promises.map(\.owner) == [.them])
    }
}

/// A meeting they will set up with someone else is their promise (helper-31: "she wants to
/// set up w/ the hiring mgr next wk" was a time agreed with the recruiter).
struct MeetingTheyArrangeTests {
    @Test func aMeetingWithSomeoneElseIsTheirsToSetUp() throws {
        let reading = AnswerCorpus.reader.read("phone screen went well, she wants to set up w/ the hiring mgr next wk")
        #expect(reading.next == nil)
        let promise = try #require(reading.promises.first)
        #expect(promise.owner == .them && promise.what == "set up the meeting with the hiring mgr" && promise.due != nil)
        // The contact in a role is still the contact: "agreed w/ the hm to regroup" has no promise.
        #expect(AnswerCorpus.reader.read("EA booked me in w/ the CEO thurs 11am").promises.isEmpty)
    }
}

/// A contraction typed without its apostrophe is no part of what is owed (helper-31: "Alex
/// promised: hed submit the referral").
struct BareContractionTests {
    @Test(arguments: [
        ("he said hed submit the referral friday", "submit the referral"),
        ("she said shed loop in their head of product", "loop in their head of product"),
    ])
    func theContractionIsNotPartOfThePromise(text: String, what: String) throws {
        let promise = try #require(AnswerCorpus.reader.read(text).promises.first)
        #expect(promise.what == what)
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
        // helper-40: a voicemail asking after it was saved as "Received: the decision".
        ("called, got her vm. left a msg asking if theres an update on the decision", "the decision", false),
    ])
    func arrivalIsReadWithWhatCame(text: String, what: String, came: Bool) {
        #expect(Delivery.says(text, about: what, only: true) == came)
    }

    @Test func withSeveralOwedAWordOfWhatCameIsNeeded() {
        #expect(!Delivery.says("thats done", about: "send you times", only: false))
    }
}

/// A recruiter's walk-through (helper-36): a colleague named after their role in lower case
/// (with "TA" in capitals) is a referral; "and will send" goes on with the one who interviewed.
struct RecruiterWalkThroughTests {
    @Test func aRoleThenALowerCaseNameIsAReferral() {
        let reading = AnswerCorpus.reader.read("he said we use an internal team, talk to our TA lead rachel green instead")
        #expect(reading.referral?.value == "Rachel Green")
        // A bracket describes the person before it: no referral.
        #expect(AnswerCorpus.reader.read("coffee w/ Raj Mehta (ops lead, pellman distribution) - said hed get back to me").referral == nil)
    }

    @Test func andWillGoesOnWithTheSameSubject() {
        let reading = AnswerCorpus.reader.read("spoke to kate, she interviewed ana today and will send feedback by fri")
        #expect(reading.promises.map(\.owner) == [.them])
        #expect(reading.promises.first?.what == "send feedback")
        #expect(AnswerCorpus.day(reading.promises.first?.due) == "2026-11-27")
    }
}

/// helper-36: "he interviewed priya on fri" is the hiring manager meeting the candidate last
/// Friday: no meeting of the user's, no day to call.
struct SomeoneElsesMeetingTests {
    @Test func aManagerInterviewingACandidateIsNotTheUsersMeeting() {
        let reading = AnswerCorpus.reader.read("spoke w/ mark at brightloop, he interviewed priya on fri, said feedback by thurs")
        #expect(reading.outcome?.value == .connected)
        #expect(reading.next == nil)
        #expect(AnswerCorpus.reader.read("she interviewed me for the pm role today, went well").outcome?.value == .meetingHeld)
    }
}

/// helper-36: "2nd try since tues" counts from a day gone by: no next try.
struct SinceTests {
    @Test func aDaySinceIsNoPlan() {
        #expect(AnswerCorpus.reader.read("no answer, 2nd try since tues").next == nil)
    }
}
