import Foundation
import RingbackCore
import RingbackTestSupport
import Testing

/// The recording rules, one by one, without a store or a binary.
struct TouchEntryTests {
    let now = Paris.date("2026-11-24T10:00")

    func pipeline() -> [Contact] {
        var dana = Contact(id: "dana-ruiz", name: "Dana Ruiz", company: "Acme", created: Paris.date("2026-11-01"))
        dana.email = "dana@acme.test"
        let danielle = Contact(id: "danielle-ruiz", name: "Danielle Ruiz", created: Paris.date("2026-11-01"))
        return [dana, danielle]
    }

    func record(_ entry: TouchEntry, in contacts: inout [Contact], id: String = "t1", at: Date? = nil) throws -> RecordedTouch {
        var book = ContactBook(contacts)
        let recorded = try entry.apply(to: &book, touchID: id, now: at ?? now, calendar: Paris.calendar)
        for contact in book.changed {
            if let index = contacts.firstIndex(where: { $0.id == contact.id }) {
                contacts[index] = contact
            } else {
                contacts.append(contact)
            }
        }
        return recorded
    }

    @Test func anExistingNameIsFoundAndTheTouchFoldedIn() throws {
        var contacts = pipeline()
        let result = try record(
            TouchEntry(target: .named("dana r"), outcome: .voicemail, channel: .call, note: "left a message"), in: &contacts)
        #expect(!result.created)
        #expect(result.contact.id == "dana-ruiz")
        #expect(result.touch == Touch(id: "t1", contact: "dana-ruiz", at: now, channel: .call, outcome: .voicemail, note: "left a message"))
        #expect(contacts.count == 2)
        #expect(contacts[0].history.touches == 1)
        #expect(contacts[0].history.lastOutcome == .voicemail)
        #expect(result.warnings.isEmpty)
    }

    /// "ill try again wed" after a voicemail, then the paired email logged with no day: the
    /// user's own next try stands; a conversation ends it.
    @Test func aTouchWithoutANextTryKeepsTheUsersOwnUntilTheyTalk() throws {
        var contacts = pipeline()
        var voicemail = TouchEntry(target: .existing(id: "dana-ruiz"), outcome: .voicemail, channel: .call)
        voicemail.nextTry = When(date: Paris.date("2026-11-25"), timed: false)
        _ = try record(voicemail, in: &contacts)
        let email = TouchEntry(target: .existing(id: "dana-ruiz"), outcome: .sent, channel: .email)
        let sent = try record(email, in: &contacts, id: "t2", at: Paris.date("2026-11-24T10:05"))
        #expect(sent.contact.nextTry == Paris.date("2026-11-25"))
        let talked = try record(
            TouchEntry(target: .existing(id: "dana-ruiz"), outcome: .connected, channel: .call), in: &contacts, id: "t3",
            at: Paris.date("2026-11-24T11:00"))
        #expect(talked.contact.nextTry == nil)
    }

    /// "She's out till the 14th" from her out-of-office: the time agreed for the 8th cannot be
    /// kept, so it is replaced, not counted as kept by the reply.
    @Test func anAgreedTimeBeforeTheyAreBackGoes() throws {
        var contacts = pipeline()
        var agreed = TouchEntry(target: .existing(id: "dana-ruiz"), outcome: .connected, channel: .call)
        agreed.agreed = When(date: Paris.date("2026-12-08T10:00"), timed: true)
        _ = try record(agreed, in: &contacts)
        var away = TouchEntry(target: .existing(id: "dana-ruiz"), outcome: .replied, channel: .email)
        away.notBefore = When(date: Paris.date("2026-12-14"), timed: false)
        let result = try record(away, in: &contacts, id: "t2", at: Paris.date("2026-11-30T10:00"))
        #expect(!result.contact.commitments.contains { $0.isAgreedContact })
        #expect(result.contact.settled?.last?.how == .replaced, "\(String(describing: result.contact.settled))")
        // One after they are back stays.
        var later = TouchEntry(target: .existing(id: "dana-ruiz"), outcome: .connected, channel: .call)
        later.agreed = When(date: Paris.date("2026-12-16T10:00"), timed: true)
        _ = try record(later, in: &contacts, id: "t3", at: Paris.date("2026-12-01T10:00"))
        var again = TouchEntry(target: .existing(id: "dana-ruiz"), outcome: .sent, channel: .email)
        again.notBefore = When(date: Paris.date("2026-12-14"), timed: false)
        let kept = try record(again, in: &contacts, id: "t4", at: Paris.date("2026-12-02T10:00"))
        #expect(kept.contact.commitments.contains { $0.isAgreedContact })
    }

    /// The user's next try is kept with its time (a day alone from its start), and the next
    /// touch, which says nothing of one, clears it.
    @Test func theNextTryLastsUntilTheNextTouch() throws {
        var contacts = pipeline()
        var tried = TouchEntry(target: .existing(id: "dana-ruiz"), outcome: .noAnswer, channel: .call)
        tried.nextTry = When(date: Paris.date("2026-12-01T09:00"), timed: true)
        #expect(try record(tried, in: &contacts).contact.nextTry == Paris.date("2026-12-01T09:00"))
        tried.nextTry = When(date: Paris.date("2026-12-02T12:00"), timed: false)
        #expect(try record(tried, in: &contacts, id: "t2").contact.nextTry == Paris.date("2026-12-02"))
        let reply = TouchEntry(target: .existing(id: "dana-ruiz"), outcome: .replied, channel: .email)
        #expect(try record(reply, in: &contacts, id: "t3").contact.nextTry == nil)
    }

    /// A no for now kept in touch with moves the contact to nurture; their promises go, the user's stay.
    @Test func aReleaseMovesThemToNurture() throws {
        var contacts = pipeline()
        var entry = TouchEntry(target: .existing(id: "dana-ruiz"), outcome: .connected, channel: .call)
        entry.release = true
        let result = try record(entry, in: &contacts)
        #expect(result.contact.status == .released && result.contact.released != nil)
    }

    @Test func anUnknownNameCreatesTheContactWithASlugID() throws {
        var contacts = pipeline()
        let details = ContactDetails(company: "Harbor", context: .jobSearch, email: "zoe@harbor.test")
        let result = try record(
            TouchEntry(target: .named("Zoë Lambert"), outcome: .connected, channel: .call, details: details), in: &contacts)
        #expect(result.created)
        #expect(result.contact.id == "zoe-lambert")
        #expect(result.contact.created == now)
        #expect(result.contact.company == "Harbor")
        #expect(result.contact.context == .jobSearch)
        #expect(contacts.count == 3)
        #expect(contacts.last == result.contact)
    }

    @Test func newMakesASecondContactEvenWhenTheNameMatches() throws {
        var contacts = pipeline()
        let result = try record(TouchEntry(target: .new("Dana Ruiz"), outcome: .connected, channel: .call), in: &contacts)
        #expect(result.created)
        #expect(result.contact.id == "dana-ruiz-2")
        #expect(contacts.map(\.name) == ["Dana Ruiz", "Danielle Ruiz", "Dana Ruiz"])
    }

    @Test func anAmbiguousNameIsRefusedWithEveryCandidate() {
        var contacts = pipeline()
        #expect(throws: RecordingError.ambiguous(name: "ruiz", candidates: pipeline())) {
            try record(TouchEntry(target: .named("ruiz"), outcome: .connected, channel: .call), in: &contacts)
        }
        #expect(contacts == pipeline())
    }

    @Test func aTypoOfAnExistingNameIsRefusedRatherThanMadeADuplicate() {
        var contacts = pipeline()
        #expect(throws: RecordingError.lookalike(name: "Dnaa Ruiz", existing: pipeline()[0])) {
            try record(TouchEntry(target: .named("Dnaa Ruiz"), outcome: .connected, channel: .call), in: &contacts)
        }
        #expect(contacts == pipeline())
    }

    @Test func anUnusableNameIsRefused() {
        var contacts = pipeline()
        for target in [TouchEntry.Target.named("  "), .new("Dana\nRuiz")] {
            #expect(throws: RecordingError.self) {
                try record(TouchEntry(target: target, outcome: .connected, channel: .call), in: &contacts)
            }
        }
        #expect(contacts == pipeline())
    }

    @Test func aContactPickedEarlierThatIsGoneIsRefused() {
        var contacts = pipeline()
        #expect(throws: RecordingError.contactGone(id: "tom")) {
            try record(TouchEntry(target: .existing(id: "tom"), outcome: .connected, channel: .call), in: &contacts)
        }
    }

    @Test func detailsReplaceWhatTheySetAndLeaveTheRest() throws {
        var contacts = pipeline()
        let details = ContactDetails(phone: "+33 1 23", preferredChannel: .email, cadence: "rapid-release", tidbit: "Q1 review moved")
        let result = try record(
            TouchEntry(target: .existing(id: "dana-ruiz"), outcome: .connected, channel: .call, details: details), in: &contacts)
        #expect(result.contact.company == "Acme")
        #expect(result.contact.email == "dana@acme.test")
        #expect(result.contact.phone == "+33 1 23")
        #expect(result.contact.preferredChannel == .email)
        #expect(result.contact.cadence == "rapid-release")
        #expect(result.contact.tidbits == ["Q1 review moved"])
    }

    @Test func theirPromiseAndTheAgreedTimeBecomeCommitments() throws {
        var contacts = pipeline()
        var entry = TouchEntry(target: .named("Dana"), outcome: .connected, channel: .call)
        entry.promises = [.init(owner: .them, what: "the budget", by: When(date: Paris.date("2026-11-27"), timed: false))]
        entry.agreed = When(date: Paris.date("2026-11-30T10:00"), timed: true)
        entry.agreedTopic = "the pilot"
        entry.details.preferredChannel = .video
        let result = try record(entry, in: &contacts)
        #expect(result.touch.setNext == true)
        #expect(
            result.contact.commitments == [
                Commitment(owner: .them, what: "the budget", due: Paris.date("2026-11-27"), timed: false, made: now),
                Commitment(owner: .me, what: "the pilot", due: Paris.date("2026-11-30T10:00"), timed: true, channel: .video, made: now),
            ])
        #expect(result.contact.isWaiting)
    }

    @Test func anAgreedTimeWithoutATopicIsTheNextStep() throws {
        var contacts = pipeline()
        var entry = TouchEntry(target: .named("Dana"), outcome: .connected, channel: .call)
        entry.agreed = When(date: Paris.date("2026-11-30"), timed: false)
        entry.agreedChannel = .email
        let result = try record(entry, in: &contacts)
        #expect(result.contact.commitments.map(\.what) == ["the next step"])
        #expect(result.contact.commitments.first?.channel == .email)
    }

    @Test func aDoNotContactPersonKeepsTheTouchButGetsNoPromisesAndAWarning() throws {
        var contacts = pipeline()
        contacts[0].markDoNotContact(on: Paris.date("2026-11-10"), reason: "went elsewhere")
        var entry = TouchEntry(target: .named("Dana"), outcome: .replied, channel: .email)
        entry.agreed = When(date: Paris.date("2026-11-30"), timed: false)
        let result = try record(entry, in: &contacts)
        #expect(result.warnings == [.doNotContact(since: Paris.date("2026-11-10"), reason: "went elsewhere")])
        #expect(result.contact.status == .doNotContact)
        #expect(result.contact.commitments.isEmpty)
        #expect(result.contact.history.touches == 1)
    }

    @Test func askingToStopClearsEveryPromise() throws {
        var contacts = pipeline()
        var first = TouchEntry(target: .named("Dana"), outcome: .connected, channel: .call)
        first.agreed = When(date: Paris.date("2026-11-30"), timed: false)
        _ = try record(first, in: &contacts)
        let result = try record(TouchEntry(target: .named("Dana"), outcome: .askedToStop, channel: .call, note: "no budget"), in: &contacts)
        #expect(result.contact.status == .doNotContact)
        #expect(result.contact.commitments.isEmpty)
        #expect(result.warnings.isEmpty)
    }

    @Test func theUsersOwnPromiseIsAToDoThatOutlivesLaterTouches() throws {
        var contacts = pipeline()
        var entry = TouchEntry(target: .named("Dana"), outcome: .connected, channel: .call)
        entry.promises = [.init(owner: .me, what: "the revised quote", by: When(date: Paris.date("2026-11-25"), timed: false))]
        let first = try record(entry, in: &contacts)
        #expect(first.contact.todos.map(\.what) == ["the revised quote"])
        #expect(first.contact.todos.first?.owner == .me)
        // A later touch (a voicemail) settles an agreed call but never what the user owes.
        let later = try record(
            TouchEntry(target: .named("Dana"), outcome: .voicemail, channel: .call), in: &contacts, id: "t2",
            at: Paris.date("2026-11-26T10:00"))
        #expect(later.contact.todos.map(\.what) == ["the revised quote"])
        var dana = later.contact
        #expect(dana.settle(matching: "quote", .done, at: Paris.date("2026-11-26T11:00"))?.what == "the revised quote")
        #expect(dana.todos.isEmpty)
    }

    @Test func aReferralBecomesANewContactReferredByThisOne() throws {
        var contacts = pipeline()
        var entry = TouchEntry(target: .named("Dana"), outcome: .connected, channel: .call)
        entry.referral = "Jim Park"
        let result = try record(entry, in: &contacts)
        let jim = try #require(result.referred)
        #expect(jim.name == "Jim Park")
        #expect(jim.referredBy == "dana-ruiz")
        #expect(jim.company == "Acme")
        #expect(contacts.count == 3)
        // Referred again to someone already known: nothing added, and said.
        let again = try record(entry, in: &contacts)
        #expect(again.referred == nil)
        #expect(again.warnings == [.referralKnown(jim)])
        #expect(contacts.count == 3)
        // An intro the contact will make: the person's own company (or none), the first call
        // three days on, once the intro has had time to land (helper-31).
        entry.referral = "Jordan Kim"
        entry.referralIntro = true
        let intro = try #require(try record(entry, in: &contacts).referred)
        #expect(intro.company == nil && intro.firstCallOn == Paris.date("2026-11-27"), "\(intro)")
        entry.referral = "Lee Chan"
        entry.referralCompany = "Notion"
        #expect(try record(entry, in: &contacts).referred?.company == "Notion")
    }

    /// The time agreed for the person they pointed to is that person's next step, whether
    /// they are new or already known; the referrer gets none.
    @Test func aTimeAgreedForTheReferralIsTheirs() throws {
        var contacts = pipeline()
        var entry = TouchEntry(target: .named("Dana"), outcome: .connected, channel: .call)
        entry.referral = "Jim Park"
        entry.referralAgreed = When(date: Paris.date("2026-11-25T14:00"), timed: true)
        let result = try record(entry, in: &contacts)
        let jim = try #require(result.referred)
        #expect(jim.commitments.map(\.due) == [Paris.date("2026-11-25T14:00")])
        #expect(result.contact.commitments.isEmpty)
        entry.referralAgreed = When(date: Paris.date("2026-11-27"), timed: false)
        _ = try record(entry, in: &contacts)
        let known = try #require(contacts.first { $0.name == "Jim Park" })
        #expect(known.commitments.map(\.due) == [Paris.date("2026-11-25T14:00"), Paris.date("2026-11-27")])
    }

    @Test func aDecisionClosesTheContactAndNotBeforeIsKept() throws {
        var contacts = pipeline()
        var entry = TouchEntry(target: .named("Dana"), outcome: .connected, channel: .call)
        entry.decision = true
        entry.notBefore = When(date: Paris.date("2026-11-30"), timed: false)
        let result = try record(entry, in: &contacts)
        #expect(result.contact.status == .won)
        #expect(result.contact.notBefore == Paris.date("2026-11-30"))
        entry.decision = false
        #expect(try record(entry, in: &contacts).contact.status == .lost)
    }

    /// Issue #24: the tidbit offered with a step is used up by the touch that answers it (not
    /// by a try nobody answered); one told in the same touch waits for the next step; deleting
    /// the touch puts the shared one back, first in line.
    @Test func aTidbitOfferedWithAStepIsUsedUpByTheTouch() throws {
        var contacts = pipeline()
        contacts[0].tidbits = ["their Q1 review moved"]
        _ = try record(TouchEntry(target: .named("dana"), outcome: .noAnswer, channel: .call, note: nil), in: &contacts, id: "t0")
        #expect(contacts[0].tidbits == ["their Q1 review moved"])
        var entry = TouchEntry(target: .named("dana"), outcome: .connected, channel: .call, note: "talked")
        entry.details.tidbit = "a new case study"
        _ = try record(entry, in: &contacts, id: "t1")
        #expect(contacts[0].tidbits == ["a new case study"])
        #expect(contacts[0].sharedTidbits == [SharedTidbit(what: "their Q1 review moved", touch: "t1", at: now)])
        var touches = [
            Touch(id: "t0", contact: "dana-ruiz", at: now, channel: .call, outcome: .noAnswer),
            Touch(id: "t1", contact: "dana-ruiz", at: now, channel: .call, outcome: .connected),
        ]
        _ = try TouchCorrection.delete("t1", contact: &contacts[0], touches: &touches, calendar: Paris.calendar)
        #expect(contacts[0].tidbits == ["their Q1 review moved", "a new case study"])
        #expect(contacts[0].sharedTidbits == [])
    }

    /// Issue #24: the thank-you the user owes after an interview is one act: a message sent
    /// settles it.
    @Test func aMessageSentSettlesTheThankYouOwed() throws {
        var contacts = pipeline()
        var met = TouchEntry(target: .named("dana"), outcome: .meetingHeld, channel: .meeting, note: "interview")
        met.promises = [.init(owner: .me, what: "a thank-you note", by: When(date: Paris.date("2026-11-24"), timed: false))]
        _ = try record(met, in: &contacts, id: "t1")
        #expect(contacts[0].todos.map(\.what) == ["a thank-you note"])
        _ = try record(TouchEntry(target: .named("dana"), outcome: .sent, channel: .email, note: nil), in: &contacts, id: "t2")
        #expect(contacts[0].todos.isEmpty)
        #expect(contacts[0].settled?.map(\.how) == [.done])
    }
}
