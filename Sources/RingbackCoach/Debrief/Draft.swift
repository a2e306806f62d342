import RingbackCore

extension Debrief {
    /// A promise heard in the debrief, before it is saved: it needs a day, and the user's yes.
    struct DraftPromise: Equatable, Sendable {
        var owner: Party
        var what: String
        var due: When?
        var confirmed = false
        /// The user had no day for it: kept open as "no day yet".
        var noDay = false
    }

    /// Everything a debrief has gathered so far; a touch to save once the outcome is known.
    struct Draft: Equatable, Sendable {
        var context: ContactContext?
        /// The company of a new contact ("Dana Ruiz from Acme").
        var company: String?
        /// A phone number typed with the name ("Frank Russo 818-555-0147 - left a vm").
        var phone: String?
        /// A pasted message's: its writer's address, under the sign-off; it came in writing.
        var email: String?
        var pasted = false
        var outcome: Outcome?
        var channel: Channel = .call
        var note = ""
        var agreed: When?
        var agreedChannel: Channel?
        /// The channel named in the sentence a proposed time came from.
        var proposedChannel: Channel?
        var promises: [DraftPromise] = []
        var notBefore: When?
        /// After an unanswered try, the user's own day to try again ("I'll try again friday").
        var retry: When?
        /// A day heard while the outcome was still unknown: asked about once it is.
        var heardNext: When?
        /// "not right now": a no for now.
        var softNo = false
        var decision: Bool?
        var referral: String?
        /// Where the person they pointed to works, when it was said ("jordan kim ... at notion").
        var referralCompany: String?
        /// They will introduce the user to that person: the first call waits for the intro.
        var referralIntro = false
        /// The time agreed for the person they pointed to ("call dale booker tomorrow at 2").
        var referralNext: When?
        var closeConfirmed = false
        /// At "Close them as lost?", the user chose a light check-in instead.
        var nurture = false
        var referralConfirmed = false
        var tidbit: String?
        var preferredChannel: Channel?
        /// Their zone, from a place told with a time on their clock: saved for them.
        var timeZone: String?
        var cadence: String?
        /// The first answer said several things at once: ask only what is missing.
        var oneBreath = false
        /// Said before the name was settled; read once it is.
        var pending: String?
        var askedNext = false
        var askedPromise = false
        var askedDecision = false
        var askedGuidelines = false
        /// "Did you say what you need and by when?" was answered: a correction does not ask it again.
        var askedTheAsk = false
        /// Their open promises asked about ("did the budget come?"), and those that came.
        var askedDelivered: [String] = []
        var delivered: [String] = []
        var askedReferral = false
        /// The summary was shown and corrected: the wrap-up questions are not asked again.
        var corrected = false
        /// "n" was said once at "Save it?": a second one drops the debrief.
        var declinedSave = false
        /// The company was given in a correction ("she's at initech"): saved even for someone known.
        var companyCorrected = false
    }

    /// The touch to save: nil until the outcome is known.
    func entry() -> TouchEntry? {
        guard let outcome = draft.outcome else { return nil }
        var details = ContactDetails(
            company: contact == nil || draft.companyCorrected ? draft.company : nil, context: contact == nil ? draft.context : nil,
            preferredChannel: draft.preferredChannel, cadence: draft.cadence, tidbit: draft.tidbit)
        details.timeZone = draft.timeZone
        // A number typed with the name is kept, never over one on file.
        if contact?.phone == nil && contact?.mobile == nil { details.phone = draft.phone }
        if contact?.email == nil { details.email = draft.email }
        var entry = TouchEntry(
            target: contact.map { .existing(id: $0.id) } ?? .new(name), outcome: outcome, channel: draft.channel, note: draft.note,
            details: details)
        entry.agreed = draft.agreed
        entry.agreedChannel = draft.agreedChannel
        entry.promises = draft.promises.compactMap { promise in
            guard promise.confirmed, promise.due != nil || promise.noDay else { return nil }
            return TouchEntry.Promise(owner: promise.owner, what: promise.what, by: promise.due)
        }
        entry.notBefore = draft.notBefore
        entry.nextTry = draft.retry
        entry.delivered = draft.delivered
        entry.decision = draft.closeConfirmed ? draft.decision : nil
        entry.release = draft.nurture
        // "they went another way, revisit in q3": closed as lost, and the day to look again on the list.
        if entry.decision == false, let retry = draft.retry, retry.date > now {
            entry.promises.append(TouchEntry.Promise(owner: .me, what: "revisit", by: retry))
        }
        entry.referral = draft.referralConfirmed ? draft.referral : nil
        (entry.referralCompany, entry.referralIntro) = (draft.referralCompany, draft.referralIntro)
        entry.referralAgreed = draft.referralConfirmed ? draft.referralNext : nil
        return entry
    }
}
