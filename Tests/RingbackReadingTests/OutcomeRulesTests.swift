import RingbackCore
import RingbackReading
import Testing

/// A request about how to be reached, or about something else, is not a request to stop:
/// marking someone do-not-contact by mistake loses them.
struct OutcomeRulesTests {
    @Test(arguments: [
        "got a text from him: \"text me, dont call, in mtgs all day. thurs works\"",
        "she told me to stop with the discounts, they care about onboarding",
        "she asked me not to call her at work anymore, her cell is fine",
        "he said stop sending him sales roles, only ops roles pls",
        "talked to kim. She also said dont call her cell, use email. Follow up early march.",
    ])
    func aRedirectIsNotAStop(text: String) {
        let reading = AnswerCorpus.reader.read(text)
        #expect(reading.stop == nil, "\(text)")
        #expect(reading.outcome?.value != .askedToStop)
    }

    @Test(arguments: [
        "she asked me to stop calling", "take me off your list", "he said don't call again, not interested",
        "take me off your list and stop calling my cell",
    ])
    func aStopIsStillAStop(text: String) {
        #expect(AnswerCorpus.reader.read(text).stop != nil, "\(text)")
    }
}

/// What a greeting or an automatic answer "says" is no conversation: the call rang or the email
/// went, and the day it names is when they are back.
struct RecordedVoiceTests {
    @Test(arguments: [
        ("left a vm again, she said on her greeting shes back thursday", Outcome.voicemail, Channel.call),
        ("her greeting says shes out til thursday", .noAnswer, .call),
        ("emailed him, his auto reply said hes traveling til the 14th", .sent, .email),
        ("got dana's ooo reply, back on the 14th", .sent, .email),
    ])
    func aRecordingIsNotThePerson(text: String, outcome: Outcome, channel: Channel) {
        let reading = AnswerCorpus.reader.read(text)
        #expect(reading.outcome?.value == outcome, "\(text)")
        #expect(reading.channel?.value == channel, "\(text)")
        #expect(reading.notBefore != nil, "\(text)")
    }

    @Test func beingOutOfOfficeIsNotARecording() {
        #expect(AnswerCorpus.reader.read("spoke w dana, shes ooo til the 14th").outcome?.value == .connected)
    }

    /// helper-39: "called back and got him" is the user's call that reached him ("Tom replied"
    /// was said back); "called back by nadia" is still theirs.
    @Test func theUserCallingBackIsNoReply() {
        #expect(AnswerCorpus.reader.read("called back and got him! interested").outcome?.value == .connected)
        #expect(AnswerCorpus.reader.read("called back by Nadia! she wants a proposal").outcome?.value == .replied)
        #expect(AnswerCorpus.reader.read("jim called back, wants a demo").outcome?.value == .replied)
    }

    /// helper-40: "like she said" recalls what was said before; it is no conversation now
    /// ("she never followed up today like she said. i emailed her" was "Sarah replied").
    @Test func whatWasSaidBeforeIsNoConversation() {
        let reading = AnswerCorpus.reader.read("she never followed up today like she said. i emailed her for an update, nothing yet")
        #expect(reading.outcome?.value == .sent, "\(String(describing: reading.outcome))")
    }
}

/// Whose promise: someone named with a capital is the one who does it; "told him I'd" is the
/// user; what they want is the user's to deliver, even with a meeting of theirs named later.
struct PromiseOwnerTests {
    func owners(_ text: String) -> [Party] { AnswerCorpus.reader.read(text).promises.map(\.owner) }

    @Test func namedPeopleAndTheUserSpeaking() {
        #expect(owners("call w/ Jim + Beth from procurement. Beth will send the vendor forms") == [.them])
        #expect(owners("Told him I'd send the shortlist today. He'll send his updated CV tonight.") == [.me, .them])
        #expect(owners("they want pricing before their board mtg jan 12") == [.me])
        #expect(owners("the Ruizes got back to me, they need a week to talk it over").allSatisfy { $0 == .them })
        #expect(owners("she wants me to call her friday").isEmpty)
        // What she asked for is the user's, and so is what is joined to it by "and".
        #expect(owners("she said to call back after the holidays and send the deck") == [.me])
        #expect(owners("she'll check with legal and send redlines") == [.them, .them])
        // helper-39: "needs to" with no subject is said of them; the user writes "need to".
        #expect(owners("interested but needs to check w his CFO. im sending pricing tmrw am") == [.them, .me])
    }

    @Test func theirPromiseIsSaidBackToTheUser() {
        let promise = AnswerCorpus.reader.read("talked to jose, he will send me the org chart and our contract by friday").promises.first
        #expect(promise?.owner == .them)
        #expect(promise?.what == "send you the org chart and your contract")
    }
}

/// "back" as where someone is ("back on monday") is a not-before; as what the user does
/// ("call back next tuesday") it is the next contact, and a call planned outweighs a day that
/// only dates something of theirs.
struct CallBackTests {
    @Test func aCallBackIsTheNextContact() {
        let reading = AnswerCorpus.reader.read("budget approved in January, call back next tuesday at 3pm")
        #expect(AnswerCorpus.day(reading.next?.value) == "2026-12-01T15:00")
        #expect(reading.notBefore == nil)
    }

    @Test func beingBackIsStillANotBefore() {
        let reading = AnswerCorpus.reader.read("she's on vacation, back on the 14th, call back then")
        #expect(AnswerCorpus.day(reading.notBefore?.value) == "2026-12-14")
    }
}

/// A decision or an approval on their side is theirs, never the user's to-do.
struct TheirSideTests {
    @Test func anApprovalTheyNeedIsTheirs() {
        let reading = AnswerCorpus.reader.read("need legal sign off first and legal is slammed til mid jan. next call jan 19 at 3")
        #expect(reading.promises.map(\.owner) == [.them])
    }

    @Test func whenTheyPickIsTheirPromise() {
        let reading = AnswerCorpus.reader.read("great call. they'll pick by the 18th")
        #expect(reading.promises.map(\.owner) == [.them])
        #expect(AnswerCorpus.day(reading.promises.first?.due) == "2026-12-18")
        #expect(reading.next == nil)
    }
}

/// A verdict on what was delivered is not a promise.
struct VerdictTests {
    @Test func aVerdictPromisesNothing() {
        #expect(AnswerCorpus.reader.read("she said pricing is ok").promises.isEmpty)
        #expect(AnswerCorpus.reader.read("the deck looks good, she'll send it to her cfo").promises.map(\.owner) == [.them])
    }
}

/// Shapes of answer read since the second development set: a time and a day apart, an
/// ordinal that counts, someone somewhere until a day, "back" after a verb, a start that is
/// not a call, and a referral between commas or before a duty.
struct ShapeTests {
    func read(_ text: String) -> AnswerReading { AnswerCorpus.reader.read(text) }
    func day(_ text: String) -> String? { AnswerCorpus.day(read(text).next?.value) }

    @Test func aTimeAndADayApartAreOneMoment() {
        #expect(day("he replied ok to the 3pm demo on thurs") == "2026-11-26T15:00")
        #expect(day("left a 5th voicemail, rescheduling for the 3rd time is getting old") == nil)
        #expect(day("no answer, ringing back after lunch tmrw") == "2026-11-25T13:00")
        #expect(read("no answer, ringing back after lunch tmrw").notBefore == nil)
    }

    @Test func someoneAwayUntilADay() {
        #expect(AnswerCorpus.day(read("shes at dreamforce til friday per her assistant").notBefore?.value) == "2026-11-27")
        #expect(day("they said yes! we start the engagement jan 4") == nil)
    }

    @Test func whoOwesWhatByTheirRole() {
        let back = read("theyll circle back by the 4th w/ a decision").promises
        #expect(back.map(\.owner) == [.them] && AnswerCorpus.day(back.first?.due) == "2026-12-04")
        #expect(read("the ed will send the rfp docs eod").promises.map(\.owner) == [.them])
        #expect(read("board chair promised an intro to 2 other funders in 2 weeks").promises.map(\.owner) == [.them])
        #expect(read("vc associate went quiet. pinged him again by email").outcome?.value == .sent)
        #expect(read("called to confirm and the policy is bound").promises.isEmpty)
        #expect(day("got an email from dana this am asking for our q3 numbers, sending by fri") == nil)
    }

    /// Walk-through and blind-3: "their ops manager will..." is theirs, said without who; an
    /// answer asked for by a day is owed by whoever was asked.
    @Test func someoneOfTheirsAndAnAnswerAskedFor() {
        let specs = read("their ops manager will send the specs by friday").promises
        #expect(specs.map(\.owner) == [.them] && specs.first?.what == "send the specs")
        #expect(read("her boss will sign off by the 4th").promises.map(\.owner) == [.them])
        let asked = read("ya said i need a yes or no by fri").promises
        #expect(asked.map(\.owner) == [.them] && asked.first?.what == "the decision" && day("ya said i need a yes or no by fri") == nil)
        #expect(read("talked, asked for a decision by the 4th").promises.map(\.owner) == [.them])
        #expect(read("they want an answer by dec 4").promises.map(\.owner) == [.me])
        #expect(read("she needs an answer from me by friday").promises.map(\.owner) == [.me])
    }

    /// Walk-through: a promise's words read as a person would say them back.
    @Test func aPromiseIsSaidWithoutWhoItWasToldToOrItsDay() {
        let owed = read("talked, she asked for a case study, told her I'd dig one up by friday").promises
        #expect(owed.map(\.what) == ["a case study"] && AnswerCorpus.day(owed.first?.due) == "2026-11-27")
        let theirs = read("he'll check with finance and get back to you by wed with numbers").promises
        #expect(theirs.map(\.what) == ["check with finance"] && AnswerCorpus.day(theirs.first?.due) == "2026-11-25")
        #expect(read("ill send the deck by friday to her").promises.first?.what == "send the deck to her")
    }

    @Test func referralsBetweenCommasAndBeforeADuty() {
        #expect(read("the facilities mgr, joe park, handles the cleaning contracts").referral?.value == "Joe Park")
        #expect(read("loop in his cofounder maria diaz").referral?.value == "Maria Diaz")
        #expect(read("gatekeeper said the ops director kim lee signs off on vendors").referral?.value == "Kim Lee")
        #expect(read("call w/ the cto, interested but no budget until q2").referral == nil)
    }
}
