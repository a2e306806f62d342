import RingbackContent
import RingbackCore
import RingbackReading
import RingbackScheduler

/// Phase 2, what happened: the outcome in the user's own words (one clarifying question,
/// then a menu); an answer that says several things at once is echoed back in one line to
/// confirm or correct; a request to stop confirmed; coaching after an unanswered try.
extension Debrief {
    enum OutcomeStep: Equatable, Sendable {
        case whatHappened(clarified: Bool)
        case whatMenu
        /// "Dana Ruiz (Acme) · connected · next: ... · right?"
        case confirmReading
        /// "What should I fix?"
        case fixReading
        case confirmStop
        /// "Next try Wed 2 Dec, right?": the user's own day after an unanswered try.
        case confirmRetry(When)
        case saidTheAsk
    }

    /// The menu offered when the words stay unclear, in this order.
    static let menu: [(key: DebriefContent.Key, outcome: Outcome)] = [
        (.menuConnected, .connected), (.menuVoicemail, .voicemail), (.menuNoAnswer, .noAnswer), (.menuGatekeeper, .gatekeeper),
        (.menuReplied, .replied), (.menuMeetingHeld, .meetingHeld), (.menuAskedToStop, .askedToStop),
    ]

    mutating func answer(_ text: String, at step: OutcomeStep) -> Reply {
        switch step {
        case .whatHappened(let clarified): return whatHappened(text, clarified: clarified)
        case .whatMenu:
            guard let n = Int(text), (1...Self.menu.count).contains(n) else { return reply([prompt()]) }
            return took(Self.menu[n - 1].outcome)
        case .confirmReading:
            // Enter takes the reading as it is, as at every "right?" (helper-39 got "I couldn't tell what to change").
            if text.isEmpty || Understanding.yesNo(text) == true && Understanding.words(text).count <= 2 { return afterReading() }
            if ["no", "n", "nope", "nah", "wrong", "not quite"].contains(text.lowercased()) { return go(.outcome(.fixReading)) }
            return correct(text)
        case .fixReading:
            guard !text.isEmpty else { return go(.outcome(.confirmReading)) }
            return correct(text)
        case .confirmStop:
            return confirm(text) { debrief, yes in
                guard yes else {
                    debrief.draft.outcome = nil
                    return debrief.go(.outcome(.whatHappened(clarified: true)))
                }
                return debrief.finish(.outcome)
            }
        case .confirmRetry(let when):
            if let other = date(in: text), other.ok, other.when != when { return go(.outcome(.confirmRetry(other.when))) }
            // Enter keeps the day proposed, as the question says.
            return confirm(text.isEmpty ? "y" : text) { debrief, yes in
                debrief.draft.retry = yes ? when : nil
                return debrief.askTheAsk()
            }
        case .saidTheAsk:
            // Enter skips the question, as it says; "kinda": the tip is worth hearing.
            draft.askedTheAsk = true
            if text.isEmpty { return finish(.outcome, before: unansweredCoaching()) }
            return confirm(text, partly: false) { debrief, yes in
                debrief.finish(.outcome, before: [debrief.say(yes ? .askPraise : .askMissing)] + debrief.unansweredCoaching())
            }
        }
    }

    func prompt(_ step: OutcomeStep) -> String {
        switch step {
        case .whatHappened(let clarified): return say(clarified ? .whatClarify : .whatHappened)
        case .whatMenu: return say(.whatMenu, ["list": Self.numbered(Self.menu.map { say($0.key) })])
        case .confirmReading: return say(.readingConfirm, ["reading": readingLine()])
        case .fixReading: return say(.readingFix)
        case .confirmStop: return say(.confirmStop)
        case .confirmRetry(let when): return say(.confirmRetry, ["when": describe(when)])
        case .saidTheAsk: return say(.saidTheAsk)
        }
    }

    private mutating func whatHappened(_ text: String, clarified: Bool) -> Reply {
        guard !text.isEmpty else { return reply([prompt()]) }
        // "idk", "hmm": nothing worth keeping in the note.
        let words = Understanding.words(text)
        let saysNothing = words.count <= 3 && (Understanding.dontKnow(text) || words.allSatisfy(Self.fillers.contains))
        if !saysNothing { draft.note = draft.note.isEmpty ? text : draft.note + " / " + text }
        let reading = reader.read(text)
        var next = heard(text, reading: reading, clarified: clarified)
        // A pasted thread: said once that only its start was read.
        if text.count > AnswerReader.readLimit { next.lines.insert(say(.readTheStart, ["count": String(AnswerReader.readLimit)]), at: 0) }
        // "try him on the 31st of febuary": a day on no calendar is said, not dropped.
        if let day = reading.noSuchDay { next.lines.insert(say(.noSuchDay, ["said": day]), at: 0) }
        return next
    }

    /// Acts on the reading of an account of what happened.
    private mutating func heard(_ text: String, reading: AnswerReading, clarified: Bool) -> Reply {
        heard = heard ?? reading
        takeDelivered(text)
        // "she'll ping me wk of jan 4" is a promise of theirs, said back like one.
        // A no for now with a day ("not now, maybe after the holidays") is the user's next try, said back.
        if Self.saysSeveralThings(reading) || reading.next.map({ Self.theyReachOut($0.words) }) == true
            || (reading.softNo != nil && reading.next != nil)
        {
            absorb(reading)
            draft.oneBreath = true
            return go(.outcome(.confirmReading))
        }
        guard let outcome = reading.outcome?.value else {
            // What else was heard is kept while the outcome is asked; its day is asked about after.
            var rest = reading
            (rest.next, rest.outcome) = (nil, nil)
            absorb(rest)
            draft.heardNext = reading.next?.value ?? draft.heardNext
            return go(.outcome(clarified ? .whatMenu : .whatHappened(clarified: true)))
        }
        // Everything heard is kept; the time heard is asked about before it counts as agreed.
        var rest = reading
        rest.next = nil
        absorb(rest)
        // A pasted message ("Hi Sam, ... Best, Rachel") came in writing.
        draft.channel = reading.channel?.value ?? (outcome == .meetingHeld ? .meeting : draft.pasted ? .email : .call)
        // "great call, they want me for a panel interview next tues": the way of the time ahead, not of this one.
        draft.proposedChannel = reading.next.flatMap { Understanding.channel($0.words) } ?? Understanding.channel(text)
        return took(outcome, next: reading.next?.value ?? draft.heardNext)
    }

    /// An answer that settles more than the outcome and one date: the one-breath debrief.
    static func saysSeveralThings(_ reading: AnswerReading) -> Bool {
        let parts = [
            reading.outcome != nil, reading.next != nil, reading.notBefore != nil, !reading.promises.isEmpty,
            reading.decision != nil, reading.referral != nil, reading.stop != nil,
        ].filter { $0 }.count
        return parts >= 3
            || (parts >= 1
                && (!reading.promises.isEmpty || reading.notBefore != nil || reading.referral != nil
                    || reading.decision != nil || reading.softNo != nil))
    }

    /// Takes what the reader understood into the draft.
    mutating func absorb(_ reading: AnswerReading) {
        if let outcome = reading.outcome?.value { draft.outcome = outcome }
        if reading.stop != nil { draft.outcome = .askedToStop }
        if let channel = reading.channel?.value {
            draft.channel = channel
        } else if draft.outcome == .meetingHeld {
            draft.channel = .meeting
        }
        if let next = reading.next, let referral = reading.referral, Self.aboutReferral(next.words, referral.value) {
            // "he said to call his colleague dale booker tomorrow after 2": Dale's time, not this contact's.
            draft.referralNext = next.value
        } else if let next = reading.next, Self.theyReachOut(next.words) {
            // "she'll ping me wk of jan 4": hers to do; the user checks in if it does not come.
            draft.promises.append(DraftPromise(owner: .them, what: "get in touch", due: next.value))
        } else if let next = reading.next {
            // "they went w/ a competitor... maybe revisit in q3", "ill call her monday": the user's
            // own next try; nothing was agreed with them.
            let ownTry = reading.softNo != nil || reading.decision?.value == .no || Self.ownPlan(next.words)
            if ownTry, !(draft.outcome?.isUnanswered ?? false) { draft.retry = next.value } else { setNext(next.value) }
            // "he can do a ref call fri at 11": a call, whatever way they like to be written to.
            if draft.agreed == next.value, let channel = Understanding.channel(next.words) { draft.agreedChannel = channel }
        }
        if let notBefore = reading.notBefore { draft.notBefore = notBefore.value }
        for promise in reading.promises where !draft.promises.contains(where: { $0.what == promise.what }) {
            draft.promises.append(DraftPromise(owner: promise.owner, what: promise.what, due: promise.due))
        }
        if let decision = reading.decision { draft.decision = decision.value == .yes }
        // Told a yes or a no, or what they will do, they were reached: in writing when it came that way.
        if draft.outcome == nil, reading.decision != nil || reading.promises.contains(where: { $0.owner == .them }) {
            draft.outcome = draft.channel.isWritten ? .replied : .connected
        }
        if reading.softNo != nil { draft.softNo = true }
        if let referral = reading.referral { takeReferral(referral.value, said: referral.words) }
        if let prefers = reading.prefers { draft.preferredChannel = prefers.value }
    }

    /// The person they pointed to, where they work when it was said ("jordan kim who leads
    /// growth at notion"), and whether the contact will make the introduction.
    mutating func takeReferral(_ name: String, said words: String) {
        draft.referral = name
        let lower = " " + words.lowercased() + " "
        draft.referralIntro = ["intro", "introduce", "put me in touch", "connect me", "connected me"].contains { lower.contains($0) }
        let after = lower.range(of: " " + NameMatcher.normalize(name) + " ").map { String(lower[$0.upperBound...]) } ?? ""
        let rest = after.split(separator: " ").map(String.init)
        if let at = rest.firstIndex(where: { ["at", "from", "@"].contains($0) }), at + 1 < rest.count,
            rest[at + 1].count > 1, !["the", "a", "an", "her", "his", "their", "my", "our", "some", "home"].contains(rest[at + 1])
        {
            draft.referralCompany = ContactName.capitalized(rest[at + 1].trimmingCharacters(in: .punctuationCharacters))
        }
    }

    /// Once the reading is confirmed: its promises count as said, then only what is missing is asked.
    private mutating func afterReading() -> Reply {
        for index in draft.promises.indices where draft.promises[index].due != nil { draft.promises[index].confirmed = true }
        // A time set with the person they pointed to: this one handed the user on.
        if draft.agreed != nil || draft.referralNext != nil { draft.askedNext = true }
        guard let outcome = draft.outcome else { return go(.outcome(.whatHappened(clarified: true))) }
        switch outcome {
        case .askedToStop: return finish(.outcome)
        case .voicemail, .noAnswer, .sent, .gatekeeper: return askTheAsk()
        case .connected, .replied, .meetingHeld: return finish(.outcome)
        }
    }

    /// A correction in words: "no, friday", "the quote is mine", "she owes it", "it was a voicemail".
    /// Several fixes in one answer ("no i talked to him. the cfo thing is his, i owe him pricing
    /// tmrw") are made one after the other, each from its own words.
    mutating func correct(_ text: String) -> Reply {
        let pieces = Self.correctionPieces(text)
        guard pieces.count > 1 else { return correctOne(Self.withoutLeadingNo(text)) }
        let before = draft
        for piece in pieces { _ = correctOne(Self.withoutLeadingNo(piece)) }
        guard draft != before else { return reply([say(.correctionUnread), prompt()]) }
        return go(.outcome(.confirmReading))
    }

    /// A correction cut where a new statement starts: at the end of a sentence, or at a comma
    /// before a subject ("the cfo thing is his, i owe him pricing").
    static func correctionPieces(_ text: String) -> [String] {
        let sentences = text.split(whereSeparator: { ".;!\n".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
        return sentences.flatMap { sentence -> [String] in
            var pieces: [String] = []
            var current = ""
            for part in sentence.split(separator: ",", omittingEmptySubsequences: false) {
                let trimmed = part.trimmingCharacters(in: .whitespaces)
                let first = trimmed.lowercased().split(separator: " ").first.map(String.init) ?? ""
                if !current.isEmpty, Self.statementOpeners.contains(first), trimmed.split(separator: " ").count > 2 {
                    pieces.append(current)
                    current = trimmed
                } else {
                    current += current.isEmpty ? trimmed : ", " + trimmed
                }
            }
            return current.isEmpty ? pieces : pieces + [current]
        }.filter { !$0.isEmpty }
    }

    static let statementOpeners: Set<String> = ["i", "i'm", "im", "i'll", "ill", "he", "she", "they", "it", "the", "we", "he's", "she's"]

    /// "no i talked to him", "nope, it was a voicemail": the "no" says the reading was wrong; it
    /// is no part of what happened ("no answer", "no time set" keep theirs).
    static func withoutLeadingNo(_ text: String) -> String {
        let words = text.split(separator: " ", maxSplits: 1).map(String.init)
        guard let first = words.first, ["no", "no,", "nope", "nope,", "nah", "nah,"].contains(first.lowercased()), words.count == 2,
            let next = words[1].lowercased().split(separator: " ").first,
            ![
                "answer", "reply", "response", "call", "time", "vm", "voicemail", "one", "pickup", "luck", "next", "day", "date", "set",
                "calls", "thanks", "need", "meeting", "budget", "interest",
            ].contains(next.trimmingCharacters(in: .punctuationCharacters))
        else { return text }
        return words[1]
    }

    private mutating func correctOne(_ text: String) -> Reply {
        // "she's at initech", "company initech": where they work, not something that happened.
        if date(in: text) == nil, let company = Self.companyNamed(in: text) {
            draft.company = company
            draft.companyCorrected = true
            return go(.outcome(.confirmReading))
        }
        let before = draft
        let said = Understanding.padded(text)
        let reading = reader.readByRules(text)
        let mentioned = promiseMentioned(in: text)
        var flipped = false
        // "tonight is when she uploads paystubs, thats hers": "hers" is about the new thing told, not
        // the one promise on the draft (it gave the user's disclosures to her).
        // Read once: the promises the correction tells, the model's guesses included.
        let toldPromises = reader.read(text).promises
        let tellsAnother = mentioned == nil && toldPromises.contains { !Self.telling($0.what).isEmpty }
        if let index = mentioned ?? (draft.promises.count == 1 && !tellsAnother ? 0 : nil), let owner = ownerSaid(text),
            draft.promises[index].owner != owner
        {
            draft.promises[index].owner = owner
            flipped = true
        }
        // "remove both things i owe", "drop the deck", "the case study isnt for sam, remove it",
        // "remove the first one": promises taken away; which one, when several, must be said.
        let words = Understanding.words(text)
        let removing =
            words.first.map { ["remove", "drop", "delete", "scratch", "forget"].contains($0) } == true
            || words.contains { ["remove", "delete", "scratch"].contains($0) }
            || [" drop it ", " drop that ", " take it off ", " not a promise ", " isnt a promise ", " isn't a promise "].contains(
                where: said.contains)
        if removing, !draft.promises.isEmpty {
            let ordinal =
                said.contains(" first ") ? 0 : said.contains(" second ") ? 1 : said.contains(" last ") ? draft.promises.count - 1 : nil
            if said.contains(" both ") || said.contains(" all ") {
                draft.promises.removeAll()
            } else if let index = mentioned ?? ordinal ?? (draft.promises.count == 1 ? 0 : nil), draft.promises.indices.contains(index) {
                draft.promises.remove(at: index)
            }
        }
        // "no call set", "no next time", "next: none": the time read was not agreed.
        let noTime = Self.noTimeSet.contains(where: said.contains) || said.hasPrefix(" next none ")
        if noTime {
            draft.agreed = nil
            draft.retry = nil
        }
        // "the interview tuesday is in person", with a meeting ahead agreed: about that meeting,
        // never about the touch just had, nor a new day (it moved the interview to the coming Tuesday).
        let aboutTheMeetingAhead = draft.agreed != nil && reading.outcome == nil && AnswerReader.namesAMeeting(text)
        if let outcome = reading.outcome?.value { draft.outcome = outcome }
        if aboutTheMeetingAhead, let channel = reading.channel?.value ?? Self.channelCorrected(said) {
            draft.agreedChannel = channel
        } else if let channel = reading.channel?.value ?? Self.channelCorrected(said) {
            // "he replied by email", "it was a call not a meeting": the way it happened is saved too.
            draft.channel = channel
            if ![Channel.meeting, .video].contains(channel), draft.outcome == .meetingHeld { draft.outcome = .connected }
            // "it was an email actually": a conversation in writing is their reply (the line said "you talked" still).
            if channel.isWritten, reading.outcome == nil, draft.outcome == .connected || draft.outcome == .meetingHeld {
                draft.outcome = .replied
            }
        }
        if reading.stop != nil { draft.outcome = .askedToStop }
        // "he owes me an answer by friday": a promise told in the correction joins the draft with its day.
        let told =
            mentioned == nil && !flipped && draft.promises.count == before.promises.count
            ? toldPromises.filter { promise in !draft.promises.contains { $0.what == promise.what } } : []
        for promise in told { draft.promises.append(DraftPromise(owner: promise.owner, what: promise.what, due: promise.due)) }
        // "remove the first one": an ordinal that picks a promise, not the 1st of the month.
        let agreedDay = aboutTheMeetingAhead ? draft.agreed.map { calendar.weekday($0.date) } : nil
        if !removing, let found = date(in: text), found.ok, !told.contains(where: { $0.due == found.when }),
            agreedDay == nil || agreedDay != calendar.weekday(found.when.date)
        {
            let dated = draft.promises.indices.filter { draft.promises[$0].due != nil }
            if let index = mentioned {
                draft.promises[index].due = found.when
            } else if draft.agreed == nil, draft.retry == nil, dated.count == 1, words.count <= 5 {
                // "no, fri the 18th" with one day heard, a promise's: that day is corrected (not
                // by a longer sentence about something else: "the tue meeting is with james").
                draft.promises[dated[0]].due = found.when
            } else if reading.notBefore != nil {
                draft.notBefore = found.when
            } else if !notWithThem(said), !noTime {
                // "tonight is when she uploads paystubs, thats hers not a call time": the day is not a call's.
                setNext(found.when)
            }
        }
        if let decision = reading.decision { draft.decision = decision.value == .yes }
        if reading.softNo != nil { draft.softNo = true }
        if let referral = reading.referral { takeReferral(referral.value, said: referral.words) }
        // Nothing in it could be read: say so, rather than show the same line again.
        // A correction fixes the record; the note keeps what happened, not the fixing.
        guard draft != before || aboutTheMeetingAhead else { return reply([say(.correctionUnread), prompt()]) }
        return go(.outcome(.confirmReading))
    }

    /// The channel a correction names alone: "it was a phone call", "by email", "over zoom".
    static func channelCorrected(_ said: String) -> Channel? {
        let named: [(Channel, [String])] = [
            (.call, [" was a call ", " was a phone call ", " by phone ", " on the phone ", " over the phone ", " a call not "]),
            (.email, [" was an email ", " by email ", " over email ", " via email "]),
            (.text, [" was a text ", " by text ", " over text ", " via text "]),
            (.video, [" was a zoom ", " over zoom ", " on zoom ", " was a video call ", " on teams "]),
            (.meeting, [" in person ", " in-person ", " was a meeting "]),
        ]
        return named.first { $0.1.contains(where: said.contains) }?.0
    }

    /// "the tue meeting is with james, not her": a day that is not with this contact.
    func notWithThem(_ said: String) -> Bool {
        let who = [first.lowercased(), "her", "him", "them"]
        return who.contains { said.contains(" not \($0) ") || said.contains(" not with \($0) ") }
    }

    /// Words that say no time was agreed after all.
    static let noTimeSet = [
        " no call ", " no time ", " no next time ", " no meeting set ", " didn't set ", " didnt set ", " nothing set ", " nothing agreed ",
        " not agreed ", " not a call time ", " not a call ", " isnt a call ", " isn't a call ", " not a time to call ",
    ]

    /// Whose a promise is, as a correction says it: "it's mine", "i owe it" are the user's;
    /// "she owes it", "that's his" theirs; nil when it does not say.
    func ownerSaid(_ text: String) -> Party? {
        let said = Understanding.padded(text)
        // "the w2 is hers not mine", "it's mine, not his": whose it is not says whose it is.
        if [" not mine ", " isn't mine ", " isnt mine "].contains(where: said.contains) { return .them }
        if [" not hers ", " not his ", " not theirs ", " isn't hers ", " isnt hers ", " isn't his ", " isnt his "].contains(
            where: said.contains)
        {
            return .me
        }
        if [" mine ", " i owe ", " i do ", " on me ", " my job ", " i'll send ", " ill send ", " i send "].contains(where: said.contains) {
            return .me
        }
        if [" hers ", " his ", " theirs ", " she owes ", " he owes ", " they owe ", " she does ", " he does "].contains(
            where: said.contains)
        {
            return .them
        }
        return nil
    }

    /// The company a correction names: "company initech", "she's at initech", "he works for
    /// Globex now", "at initech"; capitalised as a new name is.
    static func companyNamed(in text: String) -> String? {
        guard let match = text.firstMatch(of: companyWords) else { return nil }
        let words = match.output.1.split(separator: " ").prefix(4).map(String.init)
        // "at a conference", "at work", "at lunch": a place or a time, not a company.
        guard let first = words.first?.lowercased(), !notCompanies.contains(first), first.first?.isNumber != true else { return nil }
        let trimmed = words.reversed().drop { ["now", "actually", "though", "tho", "too", "not"].contains($0.lowercased()) }.reversed()
        guard !trimmed.isEmpty else { return nil }
        return ContactName.capitalized(trimmed.joined(separator: " "))
    }

    private static let notCompanies: Set<String> = [
        "a", "an", "the", "her", "his", "their", "my", "our", "work", "home", "lunch", "noon", "least", "all", "last", "first", "it",
        "that", "this", "some", "an", "in", "on", "school", "church", "dinner",
    ]

    private nonisolated(unsafe) static let companyWords =
        /(?:^|\b(?:but|and|yes|no|,)\s+)(?:(?:the\s+)?company(?:\s+is|:)?|(?:she|he|they)(?:'s|s|\s+is|\s+are|'re)?\s+(?:at|with|from)|(?:she|he|they)\s+works?\s+(?:at|for)|works?\s+(?:at|for)|at|from)\s+([\p{L}0-9&.' -]+?)\s*(?:[,.;!]|$)/
        .ignoresCase()

    /// The promise whose words the text repeats ("the quote is mine" → "the revised quote").
    private func promiseMentioned(in text: String) -> Int? {
        let said = Self.telling(text)
        return draft.promises.firstIndex { !said.isDisjoint(with: Self.telling($0.what)) }
    }

    /// The words that tell one promise from another: "remove the fee one" names the fee, not
    /// "the", "one", "her"; "the w2 is hers": a short word with a digit in it names a form.
    static func telling(_ text: String) -> Set<String> {
        Set(Understanding.words(text).filter { ($0.count >= 3 || $0.contains(where: \.isNumber)) && !plainWords.contains($0) })
    }

    /// Words that tell no promise from another.
    static let plainWords: Set<String> = [
        "the", "one", "and", "for", "her", "him", "his", "its", "not", "but", "all", "two", "you", "your", "our", "their", "them", "that",
        "this", "with", "from", "send", "sent", "get", "got", "also", "just", "remove", "drop", "delete", "scratch", "forget", "thing",
        "promise", "isnt", "isn't", "was", "are", "she", "they", "owe", "owes", "about", "back", "over", "some", "any",
    ]

    /// Who the debrief is about as the echo and summary say it: "Dana Ruiz (Acme)", "Zara Quinn
    /// (new, sales)", with the company a correction gave ("Zara Quinn (Initech; new, sales)").
    func whoLabel() -> String {
        // A new contact's company as typed ("sam ortiz at globex"); a known one's only when corrected.
        let company = contact == nil || draft.companyCorrected ? draft.company : nil
        if let contact {
            return company.map { "\(contact.name) (\($0))" } ?? contact.label
        }
        let label = say(.summaryNewContact, ["context": (draft.context ?? .sales).rawValue])
        return company.map { label.replacingOccurrences(of: "(new,", with: "(\($0); new,") } ?? label
    }

    /// "Dana Ruiz (Acme) · connected · next: Thu 26 Nov, 13:00 · you owe: the revised quote by Wed 25 Nov".
    func readingLine() -> String {
        var parts = [whoLabel()]
        parts.append(draft.outcome.map(said) ?? say(.partNoOutcome))
        if let agreed = draft.agreed { parts.append(say(.partNext, ["when": describe(agreed)])) }
        if let retry = draft.retry { parts.append(say(.partRetry, ["when": describe(retry)])) }
        if let notBefore = draft.notBefore { parts.append(say(.partNotBefore, ["when": describe(notBefore)])) }
        for promise in draft.promises {
            let when = promise.due.map { say(.partBy, ["when": describe($0)]) } ?? say(.partNoDay)
            parts.append(say(promise.owner == .me ? .partYouOwe : .partTheyOwe, ["what": promise.what, "when": when]))
        }
        if draft.softNo && draft.decision == nil { parts.append(say(.partSoftNo)) }
        if let decision = draft.decision { parts.append(say(decision ? .partDecisionYes : .partDecisionNo)) }
        if let referral = draft.referral {
            parts.append(
                draft.referralNext.map { say(.partReferralNext, ["referral": referral, "when": describe($0)]) }
                    ?? say(.partReferral, ["referral": referral]))
        }
        if let prefers = draft.preferredChannel { parts.append(say(.partPrefers, ["channel": prefers.rawValue])) }
        return parts.joined(separator: " · ")
    }

    /// What happened, said to the user: "you talked", "Dana replied".
    func said(_ outcome: Outcome) -> String {
        switch outcome {
        case .connected: return say(.saidConnected)
        case .voicemail: return say(.saidVoicemail)
        case .noAnswer: return say(.saidNoAnswer)
        case .gatekeeper: return say(.saidGatekeeper)
        case .sent: return say(.saidSent)
        case .replied: return say(.saidReplied)
        case .meetingHeld: return say(.saidMeetingHeld)
        case .askedToStop: return say(.saidAskedToStop)
        }
    }

    /// Words of a plan that is only the user's ("i'll call her monday", "maybe revisit in q3"),
    /// unless they asked for it or it was booked.
    static func ownPlan(_ words: String) -> Bool {
        let said = Understanding.padded(words)
        let mine = [" i'll ", " ill ", " i will ", " gonna ", " going to ", " maybe ", " might ", " probably ", " i'd ", " id "]
        return mine.contains { said.contains($0) } && !theySetIt(words)
    }

    /// "she said call monday", "we booked thursday": a day that came from them or from both.
    static func theySetIt(_ words: String) -> Bool {
        let said = Understanding.padded(words)
        let theirs = [" said ", " asked ", " wants ", " want ", " agreed ", " booked ", " scheduled ", " set up ", " told me ", " invite "]
        return theirs.contains { said.contains($0) }
    }

    /// "she'll ping me wk of jan 4", "he will call me back thurs": they get in touch; no time was
    /// set for the user to call.
    static func theyReachOut(_ words: String) -> Bool {
        let all = Understanding.words(words)
        let subjects: Set<String> = ["she'll", "he'll", "they'll", "shell", "theyll", "she's", "he's", "they're", "will"]
        let verbs: Set<String> = [
            "call", "calling", "ring", "ringing", "phone", "ping", "pinging", "text", "texting", "email", "emailing",
            "message", "buzz", "reach",
        ]
        for (index, word) in all.enumerated() where subjects.contains(word) {
            let after = all.dropFirst(index + 1).prefix(4)
            guard let verb = after.first, verbs.contains(verb) else { continue }
            if word == "will", index == 0 || !["she", "he", "they"].contains(all[index - 1]) { continue }
            if after.dropFirst().contains("me") || after.dropFirst().first == "back" { return true }
        }
        return false
    }

    /// The time heard names the person they pointed to ("call his colleague dale booker
    /// tomorrow", "meeting laura thurs at 1"): it is theirs.
    static func aboutReferral(_ words: String, _ referral: String) -> Bool {
        let first = ContactName.first(of: referral).lowercased()
        return Understanding.words(words).contains(first)
    }

    /// The next contact heard: after a voicemail, "I'll try again monday" is the user's own
    /// next try, not a time agreed with them.
    private mutating func setNext(_ when: When) {
        if draft.outcome?.isUnanswered == true { draft.retry = when } else { draft.agreed = when }
    }

    /// Moves on once the outcome is known; "yeah he said call thursday" sets the time too, and
    /// "left a vm, I'll try again friday" (`next`, as the reader heard it) the next try.
    private mutating func took(_ outcome: Outcome, next: When? = nil) -> Reply {
        draft.outcome = outcome
        if outcome.isUnanswered, let next, next.date > now { return go(.outcome(.confirmRetry(next))) }
        switch outcome {
        case .askedToStop: return go(.outcome(.confirmStop))
        case .voicemail, .noAnswer, .sent, .gatekeeper: return askTheAsk()
        case .connected, .replied, .meetingHeld:
            if let next, next.date > now { return go(.nextTime(.confirmAgreed(next))) }
            return finish(.outcome)
        }
    }

    /// After an unanswered try: did the message say what is needed and by when?
    /// With nothing left for them (no answer, no message), there is no ask to check: the coaching only.
    private mutating func askTheAsk() -> Reply {
        // Corrected at "Save it?" after the question was answered: it and its coaching were said.
        if draft.askedTheAsk { return finish(.outcome) }
        if draft.outcome == .noAnswer { return finish(.outcome, before: unansweredCoaching()) }
        // "left msg asking for 15 min thurs or fri": the ask and its time were told already.
        if draft.outcome == .voicemail, Self.askTold(draft.note, dated: draft.retry != nil || date(in: draft.note) != nil) {
            return finish(.outcome, before: [say(.askPraise)] + unansweredCoaching())
        }
        return go(.outcome(.saidTheAsk), before: draft.outcome == .gatekeeper ? [say(.gatekeeperTip)] : [])
    }

    /// Coaching after an unanswered try: the paired email, the acknowledging message from the
    /// third try, the two-option note when Rapid Release has run its course.
    private func unansweredCoaching() -> [String] {
        var lines: [String] = []
        let after = contactAfterTouch()
        func render(_ script: ScriptTemplate) -> String {
            script.render(first: after.firstName, name: after.name, company: after.company, what: nil)
        }
        if draft.outcome == .voicemail, let script = content.scripts[content.rules.pairedMessage.script] {
            lines.append(say(.pairedEmail, ["script": render(script)]))
        }
        if draft.outcome == .noAnswer, Self.noMessagePossible(draft.note), let rule = content.rules.noMessage,
            let script = content.scripts[rule.script]
        {
            lines.append(say(.noMessageEmail, ["script": render(script)]))
        }
        var withoutPairing = after
        if withoutPairing.history.lastOutcome == .voicemail { withoutPairing.history.lastOutcome = .noAnswer }
        let nextStep = scheduler.nextStep(for: withoutPairing)
        if let nextStep, nextStep.kind == .note, let script = content.scripts[nextStep.script] {
            let technique = content.techniques[nextStep.technique]?.name ?? nextStep.technique
            lines.append(
                say(.twoOption, ["script": render(script), "technique": technique, "cadence": scheduler.cadence(for: after).name]))
        } else if after.history.attemptDays + 1 >= content.rules.acknowledgeFrom,
            let script = content.scripts[content.rules.acknowledgeScript]
        {
            lines.append(say(.acknowledge, ["count": String(after.history.attemptDays + 1), "script": render(script)]))
        }
        return lines
    }

    /// A message that said what is wanted and by when: an ask in it, and a day.
    static func askTold(_ note: String, dated: Bool) -> Bool {
        let said = Understanding.padded(note)
        let asks = [
            " asking for ", " asked for ", " asking her to ", " asking him to ", " asking them to ", " asked her to ", " asked him to ",
            " to call me back ", " call me back by ",
            // "lvm for tom re the rate lock, need an answer by wed" (helper-42 was asked again).
            " need an answer ", " need a decision ", " need a yes or no ", " need to know ", " let me know by ",
        ]
        return dated && asks.contains { said.contains($0) }
    }

    /// "vm box full", "no voicemail set up", "couldn't leave a message": a message was wanted and
    /// could not be left.
    static func noMessagePossible(_ note: String) -> Bool {
        let said = Understanding.padded(note)
        return [
            " full ", " not set up ", " isnt set up ", " isn't set up ", " couldnt leave ", " couldn't leave ", " could not leave ",
            " cant leave ", " can't leave ", " no voicemail ", " no vm ", " wouldnt let me ", " wouldn't let me ",
        ].contains { said.contains($0) }
    }

    var scheduler: Scheduler { Scheduler(content: content, settings: settings, timeZone: calendar.timeZone) }

    /// The contact as it will be once this touch is saved (for planning and coaching): the
    /// entry the debrief would save, applied the way saving applies it, so the plan shown is
    /// the plan saved (their promises, the day held back, what was delivered).
    func contactAfterTouch() -> Contact {
        let before = contact ?? Contact(id: "new", name: name, context: draft.context ?? .sales, created: now)
        var book = ContactBook(contact.map { [$0] } ?? [])
        if let entry = entry(), let recorded = try? entry.apply(to: &book, touchID: "draft", now: now, calendar: calendar) {
            return recorded.contact
        }
        var after = before
        if let cadence = draft.cadence { after.cadence = cadence }
        return after
    }
}
