import RingbackCore

/// Reads what happened on a touch from one clause, and picks the one outcome an answer
/// adds up to.
enum OutcomeRules {
    /// A request not to be contacted again, unless negated or about timing ("don't call before 10").
    /// `redirected`: the answer offers another way in ("text me, don't call", "not at work,
    /// her cell is fine", "stop sending sales roles, only ops"): a request about how, not to stop.
    static func asksToStop(_ clause: Clause, redirected: Bool = false) -> Bool {
        guard !redirected, let phrase = clause.first(of: Lexicon.stop), !Negation.negated(phrase, in: clause) else { return false }
        // "dont reach out before the 4th", "don't email until january": when, not whether.
        let after = Promises.position(of: phrase, in: clause) + phrase.split(separator: " ").count
        if after < clause.words.count, ["before", "until", "till", "til", "during", "while"].contains(clause.words[after]) {
            return false
        }
        // "told me to stop with the discounts": something else stops, not the contact.
        if clause.padded.contains(" \(phrase) with ") { return false }
        // "stop sending me the weekly pdf": one thing sent stops, not every message.
        if phrase == "stop sending" {
            let rest = clause.words.dropFirst(after).drop { ["me", "us", "them", "him", "her"].contains($0) }
            if let first = rest.first, ["the", "those", "these", "that"].contains(first),
                let thing = rest.dropFirst().first(where: { !["weekly", "monthly", "daily", "same"].contains($0) }),
                !["emails", "texts", "messages", "stuff", "spam", "sales", "marketing", "newsletters"].contains(thing)
            {
                return false
            }
        }
        return !clause.has(any: timingOnly)
    }

    /// Whether any clause offers another way to be reached, or narrows what to send, beside a
    /// request that would otherwise read as a stop.
    static func redirects(_ clauses: [Clause]) -> Bool {
        clauses.contains { clause in
            redirections.contains { phrase in
                clause.has(phrase) && !Lexicon.stop.contains { $0.contains(phrase) && clause.has($0) }
            }
        }
    }

    static let redirections = [
        "text me", "email me", "message me", "whatsapp me", "call my cell", "her cell is fine", "his cell is fine", "cell is fine",
        "mobile is fine", "at work", "instead", "only ops", "only send", "only call", "only email", "only text", "only roles",
        "text is fine", "email is fine", "texting is fine", "email works", "text works", "use email", "use text", "use her email",
        "use his email", "email instead", "text instead", "email only", "only by email", "texts only", "by email instead",
        "just email", "just text", "email him", "email her", "email them", "text him", "text her", "text them", "by email", "via email",
        "over email", "by text", "prefers email", "prefers text", "rather email", "rather text", "send me an email", "shoot me an email",
        // "don't call me, I'll call you": they will be the ones to reach out, a brush-off and not a stop.
        "i'll call you", "ill call you", "i'll call u", "ill call u", "we'll call you", "we will call you", "i will call you",
        "i'll reach out", "ill reach out", "we'll reach out", "i'll be in touch", "ill be in touch", "we'll be in touch",
    ]

    static let timingOnly = [
        "don't call before", "don't call after", "don't call until", "don't call on", "don't call at",
        "do not call before", "do not call after",
    ]

    /// What this clause says happened, if anything. `dated` is true when the clause names a day.
    static func outcome(of clause: Clause, dated: Bool, redirected: Bool = false) -> Outcome? {
        // "she never followed up like she said": what was said before, no conversation now.
        let saidEarlier = clause.has(any: saidBefore)
        func found(_ phrases: [String]) -> Bool {
            phrases.contains {
                clause.has($0) && !Negation.negated($0, in: clause)
                    && !(saidEarlier && ["she said", "he said", "they said", "said"].contains($0))
            }
        }
        if asksToStop(clause, redirected: redirected) { return .askedToStop }
        // Someone else answered: whatever "said" follows is theirs, not a conversation.
        if clause.has("dropped off") { return .sent }
        // "got sheila the office mgr": who answered is theirs at the desk (with them at a meeting, not).
        let gotTheDesk = clause.words.first == "got" && (clause.earliest(of: ["office mgr"]) ?? 9) <= 4
        if clause.subject == .gatekeeper || clause.has(any: Lexicon.gatekeeper) || gotTheDesk {
            // "reception put me through to voicemail": the call reached their voicemail after all.
            return clause.has(any: ["through to voicemail", "through to his voicemail", "through to her voicemail"])
                ? .voicemail : .gatekeeper
        }
        // "came back to a vm from the hr director", "missed call from dana": they reached out.
        if clause.has(any: Lexicon.theirMessage) { return .replied }
        if clause.has(any: Lexicon.voicemailFailed) { return .noAnswer }
        if clause.has(any: Lexicon.voicemail) && !clause.has(any: Lexicon.voicemailBefore) { return .voicemail }
        // "she said on her greeting she's back thursday", "his auto reply said he's out": a
        // recording spoke. An automatic answer means the email went; a greeting, a call not answered.
        if clause.has(any: Lexicon.recorded) { return clause.has(any: Lexicon.automaticReply) ? .sent : .noAnswer }
        if clause.has(any: Lexicon.noAnswer) || negatedContact(clause) { return .noAnswer }
        // "called back and got him", "i called her back": the user's call, not theirs; what it
        // reached is told by the rest ("called back by nadia" is theirs).
        let userCalledBack =
            clause.subject != .them && (clause.words.first == "called" || clause.words.starts(with: ["i", "called"]))
            && !clause.has("called back by")
        // "he wants it emailed not mailed": how to write to him, nothing he wrote.
        let wayWanted = clause.has(any: channelContrasts)
        if !userCalledBack, !wayWanted, found(Lexicon.replied) || theyWrote(clause) { return .replied }
        let plan = dated || clause.has(any: Lexicon.planned)
        // "phone screen w/ the cfo candidate", "phone interview w/ the museum": a call, not a meeting.
        if found(["phone screen", "phone interview"]) && !plan { return .connected }
        // "he interviewed priya": the hiring manager met the candidate, not the user.
        let interviewedSomeoneElse =
            clause.subject == .them
            && clause.words.firstIndex(of: "interviewed").map { at in
                at + 1 < clause.words.count && !["me", "us", "with", "for"].contains(clause.words[at + 1])
            } == true
        if !interviewedSomeoneElse, found(pastMeeting) || (found(Lexicon.meeting) && !plan) || (!dated && meetingHad(clause)) {
            return .meetingHeld
        }
        if found(Lexicon.connected) && !aboutTheFuture(clause) { return .connected }
        // "call w/ priya went well", "intro call w/ a client, budget's tight": a call had, named by its kind.
        if !dated, callHad(clause) { return .connected }
        // "she said ...", "the recruiter told me ...": they spoke to the user.
        // "she wants me to ring her at 3": a time asked for is a conversation had.
        let askedForATime = dated && found(["wants me to", "wanted me to"])
        if clause.subject == .them,
            askedForATime || found(["said", "told me", "asked me", "mentioned", "explained", "asked for", "saying"])
        {
            return .connected
        }
        // "raj sent me the contract", "she emailed me the w2": something came from them.
        if clause.subject != .me, found(["sent me", "sent us", "emailed me", "texted me", "messaged me"]), !found(["sent me to"]) {
            return .replied
        }
        if clause.subject != .them, found(Lexicon.sent) { return .sent }
        return nil
    }

    static let saidBefore = ["like she said", "like he said", "like they said", "as she said", "as he said", "as they said"]

    static let pastMeeting = [
        "met", "had coffee", "had lunch", "sat down with", "interviewed", "presented", "had the meeting", "had a meeting",
        "meeting went", "demo went", "after the meeting", "had the demo", "did the demo", "demo done", "meeting done",
        "interview went", "interview was", "had a panel interview", "had an interview", "first interview done",
        // In person: a visit, a tour, a walk of the place, a customer in the showroom.
        "toured", "came into the showroom", "came in", "came by", "came back in", "in-service", "site survey", "home visit",
        "rep visit", "in-person", "test drove", "tasting", "walked the site", "walked the venue", "walked the space",
        "walked the building", "walked the property", "walked through the space", "walked 3 sites", "facetimed",
    ]

    /// "call w/ the cto", "renewal call w/ mark", "phone screen w/ dana": a call named in the
    /// clause's first words, not one being planned ("set up a call with her", "next call w/ him").
    static func callHad(_ clause: Clause) -> Bool {
        guard let at = clause.earliest(of: ["call with", "call"]), at <= 2,
            !Negation.negated("call", in: clause),
            !clause.has(any: Lexicon.futureMarkers), !clause.has(any: ["set up", "book", "booked", "schedule", "scheduled", "need", "try"])
        else { return false }
        let words = clause.words
        let named = words[at] == "call" && at > 0 ? words[at - 1] : nil
        // "call with", "phone screen", "intro call", "renewal call": a kind of call before it, or "with" after it.
        return (at + 1 < words.count && words[at + 1] == "with")
            || named.map { !["to", "a", "the", "i", "i'll", "will", "and", "please", "pls", "missed"].contains($0) } == true
    }

    /// "final round done, HR said decision next week", "onsite at their office today", "qbr
    /// done", "phone screen w/ dana": a meeting named by its kind in the clause's first words,
    /// not one being planned or moved ("set up a demo", "moved our coffee to the 2nd").
    static func meetingHad(_ clause: Clause) -> Bool {
        guard let at = clause.earliest(of: Lexicon.meetingKinds), at <= 3, !clause.has(any: Lexicon.futureMarkers),
            !clause.has(any: notHeld), !Negation.negated(clause.words[at], in: clause)
        else { return false }
        return true
    }

    /// Words that make a meeting named one not held (yet).
    static let notHeld = [
        "set up", "book", "booked", "schedule", "scheduled", "move", "moved", "push", "pushed", "reschedule", "rescheduled",
        "cancel", "cancelled", "canceled", "confirm", "confirmed", "need", "prep", "before", "invite", "invited", "tomorrow",
        "try", "request", "requested", "asked for", "no-show", "didn't show", "never showed", "postponed",
        // "texted anh the showing time": what was written about a meeting.
        "texted", "emailed", "messaged", "sent",
    ]

    /// Someone else wrote, texted or called the user: "hm emailed, role got filled", "Nadia
    /// texted, has to move our coffee", "email from dana: ...", "buyer at hartwell called". The user's own sending has no other subject
    /// before the verb ("emailed the deck to jo", "i texted her").
    static func theyWrote(_ clause: Clause) -> Bool {
        if clause.has(any: ["email from", "text from", "message from", "msg from", "reply from", "dm from", "whatsapp from", "note from"]) {
            return true
        }
        let words = clause.words
        guard let at = words.firstIndex(where: { theirVerbs.contains($0) }), (1...5).contains(at) else { return false }
        let before = words[..<at]
        // "i emailed", "we texted", "just emailed", "applied + messaged the hm": the user's own.
        if before.contains(where: {
            ["i", "we", "i've", "we've", "just", "finally", "also", "then", "and", "already"].contains($0) || $0.hasSuffix("ed")
        }) {
            return false
        }
        // "emailed back"/"texted me" after is theirs too; the verb with its object first ("emailed the deck") is the user's.
        return clause.subject != .me || Lexicon.contactNouns.contains(words[0])
    }

    /// Verbs that, after someone other than the user, say they reached out: "sarah from the
    /// hill foundation called".
    static let theirVerbs: Set<String> = ["emailed", "texted", "messaged", "wrote", "whatsapped", "dmed", "called", "rang", "phoned"]

    /// "called the seller, she wants to wait til spring": the user's call, which reached them
    /// when what follows is what they said or want.
    static func userCalled(_ clause: Clause) -> Bool {
        guard let first = clause.words.first else { return false }
        return ["called", "rang", "phoned", "dialed", "dialled"].contains(first)
    }

    /// "let's talk thursday", "call her next week": plans, not what happened.
    static func aboutTheFuture(_ clause: Clause) -> Bool {
        clause.has(any: [
            "let's", "will", "i'll", "we'll", "she'll", "he'll", "they'll", "going to", "next", "schedule", "book",
            "set up", "want to", "wants to", "like to", "to talk", "to meet", "to speak", "to chat", "instead", "should",
        ])
            && !clause.has(any: ["talked", "spoke", "chatted", "met", "told me", "said"])
    }

    /// "didn't talk", "couldn't reach her", "never spoke": an attempt that did not connect.
    static func negatedContact(_ clause: Clause) -> Bool {
        ["talk", "talked", "speak", "spoke", "reach", "reached", "connect", "connected", "get through", "answer", "pick up"].contains {
            clause.has($0) && Negation.negated($0, in: clause)
        }
    }

    /// The channel a clause names about what happened (not a plan, not "his email" address).
    static func channel(of clause: Clause, dated: Bool) -> Channel? {
        // A plan, or how they like to be reached ("she prefers texts"), is not how this touch went.
        if dated || clause.has(any: Lexicon.futureMarkers) || clause.has(any: preference) { return nil }
        let told = clause.has(any: ["went", "was", "were", "ended", "lasted", "dropped"])
        if let first = clause.words.first,
            ["call", "ring", "try", "ping", "email", "text", "follow", "check", "touch", "reach"].contains(first),
            !told
        {
            return nil
        }
        return channelNamed(in: clause)
    }

    /// Words that say how someone likes to be reached.
    static let preference =
        [
            "prefers", "prefer", "preferred", "works better", "would rather", "she'd rather", "he'd rather", "best way", "use email",
            "use text", "use her email", "use his email", "email instead", "text instead", "email only", "texts only",
            "email him instead", "email her instead", "email them instead", "text him instead", "text her instead", "text them instead",
            "don't call just", "no calls just", "don't phone just", "don't call only",
        ] + channelContrasts

    /// "she wants an email not calls", "texts instead of calls": one way set against another.
    static let channelContrasts = [
        "not calls", "not a call", "not phone calls", "no calls", "instead of calls", "instead of a call", "rather than calls",
        "rather than a call", "over calls", "not email", "not emails", "not texts", "not a text", "instead of email",
        "rather than email", "not mailed", "not by mail", "not in the mail", "instead of mail", "rather than mail",
    ]

    /// The first channel the clause names, in word order, leaving out addresses ("his email"),
    /// instructions ("he said call thursday") and refusals ("don't call before 10"); a request
    /// to stop names the channel it stops ("stop emailing me").
    static func channelNamed(in clause: Clause) -> Channel? {
        var best: (position: Int, channel: Channel)?
        let stop = asksToStop(clause, redirected: redirects([clause]))
        for (phrases, name) in Lexicon.channels {
            for phrase in phrases where clause.has(phrase) && !possessive(phrase, in: clause) {
                if !stop && Negation.negated(phrase, in: clause) { continue }
                let position = Promises.position(of: phrase, in: clause)
                if position > 0, ["said", "to"].contains(clause.words[position - 1]) { continue }
                // "my cover letter", "the offer letter": a document, not a letter posted.
                if phrase == "letter", position > 0, Self.documentLetters.contains(clause.words[position - 1]) { continue }
                if best == nil || position < best!.position { best = (position, Channel(rawValue: name)!) }
            }
        }
        return best?.channel
    }

    static let documentLetters: Set<String> = ["cover", "offer", "rejection", "reference", "recommendation", "engagement", "intent"]

    /// "his email", "their number": an address, not a way the touch happened.
    static func possessive(_ phrase: String, in clause: Clause) -> Bool {
        let index = Promises.position(of: phrase, in: clause)
        guard index > 0, index < clause.words.count, phrase == "email" else { return false }
        return ["his", "her", "their"].contains(clause.words[index - 1])
    }

    /// The channel an outcome implies when the words name none: a voicemail is a call.
    static func impliedChannel(_ outcome: Outcome, clause: Clause, inPerson: Bool) -> Channel? {
        switch outcome {
        case .voicemail: return .call  // a voicemail is left on a phone, whatever else the clause says
        case .noAnswer where clause.has(any: Lexicon.phoneNoAnswer): return .call
        // "got her auto reply": an email went; "her greeting says she's out": a call rang.
        case .sent where clause.has(any: Lexicon.automaticReply): return .email
        case .noAnswer where clause.has(any: Lexicon.recorded): return .call
        // "receptionist said he's in meetings": someone answered their phone, unless the user walked in.
        case .gatekeeper: return inPerson ? .meeting : .call
        default: return nil
        }
    }

    /// The outcome the whole answer adds up to: a request to stop first, then the most
    /// engaged thing that happened ("no answer, then she called back" is a reply). A
    /// message with no answer is "sent".
    static func strongest(_ outcomes: [(Outcome, Clause)], channel: Channel?) -> (Outcome, Clause)? {
        let order: [Outcome] = [.askedToStop, .meetingHeld, .replied, .connected, .gatekeeper, .voicemail, .noAnswer, .sent]
        guard var best = outcomes.min(by: { order.firstIndex(of: $0.0)! < order.firstIndex(of: $1.0)! }) else {
            return nil
        }
        if best.0 == .noAnswer, let channel, channel.isWritten { best.0 = .sent }
        // "straight to vm, didnt leave one": the voicemail was reached, nothing was left.
        if best.0 == .voicemail, let failed = outcomes.first(where: { $0.0 == .noAnswer && $0.1.has(any: Lexicon.voicemailFailed) }) {
            best = failed
        }
        return best
    }
}
