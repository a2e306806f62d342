import Foundation
import RingbackCore
import RingbackWhen

/// Reads a debrief answer as a person would: splits it into clauses, works out whom each is
/// about, and reads the outcome, the next contact, "not before", promises with their owners,
/// a request to stop or a soft no, a decision, a referral, the channel and discouragement.
/// The rules, with examples, are in docs/understanding.md.
///
/// Pure: `now`, the calendar and settings come in; it reads no clock, terminal or disk.
public struct AnswerReader: Sendable {
    let parser: WhenParser
    let calendar: BusinessCalendar
    /// Phrases that show discouragement (the debrief's reframe triggers).
    let discouragement: [String]
    /// The contact's own names, lower-cased: "dana said call her" is about them.
    let names: Set<String>
    /// What reads the sentence-level labels the rules leave unread.
    let model: NGramModel

    public init(
        now: Date, calendar: BusinessCalendar, settings: Settings, discouragement: [String] = [], names: [String] = [],
        theirZone: String? = nil, model: NGramModel = .answers
    ) {
        self.model = model
        parser = WhenParser(now: now, calendar: calendar, settings: settings, theirZone: theirZone)
        self.calendar = calendar
        self.discouragement = discouragement.map { $0.lowercased() }
        self.names = Set(names.flatMap { Clause.normalize($0) })
    }

    /// How much of an answer is read: an answer is a few sentences; a pasted email thread is
    /// read up to here (its newest message), which keeps reading linear and fast.
    public static let readLimit = 4_000

    public func read(_ text: String) -> AnswerReading {
        let text = Self.withoutMailFooter(Self.withoutQuotedMessage(String(text.prefix(Self.readLimit))))
        var reading = readByRules(text)
        fillFromModel(text, into: &reading)
        if reading.next == nil, reading.notBefore == nil { reading.noSuchDay = parser.noSuchDay(in: text) }
        return reading
    }

    /// A pasted reply without the message it quotes ("-----Original Message-----", "On Mon,
    /// Dec 7, Tom wrote:", lines quoted with ">"): what the user wrote them is not their answer.
    static func withoutQuotedMessage(_ text: String) -> String {
        guard text.contains("\n") else { return text }
        var kept: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.range(of: #"^-{2,}\s*original message\s*-{2,}$"#, options: [.regularExpression, .caseInsensitive]) != nil
                || trimmed.range(of: #"^On .{3,160} wrote:$"#, options: .regularExpression) != nil
            {
                break
            }
            if !trimmed.hasPrefix(">") { kept.append(line) }
        }
        return kept.joined(separator: "\n")
    }

    /// A pasted message without its mail program's footer ("Sent from my iPhone", "Get Outlook
    /// for Android"): nobody sent anything by saying it.
    static func withoutMailFooter(_ text: String) -> String {
        guard text.range(of: "sent from my ", options: .caseInsensitive) != nil || text.contains("Get Outlook for") else { return text }
        return text.replacingOccurrences(
            of: #"(?i)\b(sent from my|get outlook for) [\w .-]{1,30}?(?=[\n.,;!]|$)"#, with: "", options: .regularExpression)
    }

    /// The model's labels where the rules read none: an outcome (never a stop, which only the
    /// rules may read) and its channel, unless the channel words were a preference ("email
    /// works better for her"); a soft no when no stop or decision was read; discouragement.
    /// Their words are the whole answer.
    private func fillFromModel(_ text: String, into reading: inout AnswerReading) {
        let words = NGramModel.words(text)
        let said = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if reading.outcome == nil, reading.prefers == nil, let label = model.label("outcome", words: words),
            let outcome = Outcome(rawValue: label),
            outcome != .askedToStop, !(outcome == .meetingHeld && reading.next.map { $0.words == said && Self.namesAMeeting(said) } == true)
        {
            reading.outcome = .init(value: outcome, words: said)
        }
        if reading.channel == nil, reading.outcome != nil, reading.prefers == nil, let label = model.label("channel", words: words),
            let channel = Channel(rawValue: label)
        {
            reading.channel = .init(value: channel, words: said)
        }
        if reading.softNo == nil, reading.stop == nil, reading.decision == nil, model.label("softNo", words: words) != nil {
            reading.softNo = .init(value: true, words: said)
        }
        // "raj texted back, said hes got 2 buyers for me": a reply with no no in it is no gloom the model
        // may guess at ("heard back, they went with a cheaper agency. 3 months for nothing" may be).
        let goodReply = reading.outcome?.value == .replied && reading.decision?.value != .no && reading.softNo == nil && reading.stop == nil
        if reading.discouraged == nil, !goodReply,
            model.label("discouraged", words: words) != nil
        {
            reading.discouraged = .init(value: true, words: said)
        }
    }

    /// Whether words name a meeting ("a panel interview next tues 11am"); an answer that is all
    /// a next contact naming one tells of the meeting ahead, never of one held.
    public static func namesAMeeting(_ words: String) -> Bool {
        let said = Set(NGramModel.words(words))
        return Lexicon.meetingKinds.contains { kind in kind.split(separator: " ").allSatisfy { said.contains(String($0)) } }
    }

    /// What the rules alone read, without the model's guesses: a test of whether words say
    /// anything at all ("Zoë McAdams at Café Noël" is a name, whatever the model would guess).
    public func readByRules(_ text: String) -> AnswerReading {
        let said = String(text.prefix(Self.readLimit))
        guard let letter = TheirVoice.letter(said) else { return readByRules(clauses: TheirVoice.quoted(said)) }
        // Their letter is their reply, in writing; a "today" in it is their day, gone.
        var reading = readByRules(clauses: letter)
        if reading.stop == nil {
            (reading.outcome, reading.channel) = (.init(value: .replied, words: said), .init(value: .email, words: said))
        }
        if let next = reading.next, !next.value.timed, calendar.startOfDay(next.value.date) == calendar.startOfDay(parser.now) {
            reading.next = nil
        }
        return reading
    }

    private func readByRules(clauses text: String) -> AnswerReading {
        var reading = AnswerReading()
        let clauses = ClauseSplitter.clauses(text).map(namingContact)
        var outcomes: [(Outcome, Clause)] = []
        var channels: [(Channel, Clause)] = []
        var away = false
        var referralPending = false
        var lastDate: DateReading?
        let redirected = OutcomeRules.redirects(clauses)
        // Typed in lower case, capitals only for shorthand ("talk to our TA lead rachel green"):
        // no word begins with a capital and goes on in lower case.
        let lowerCaseTyping = !text.split(whereSeparator: { !$0.isLetter }).contains { word in
            word.count > 1 && word.first!.isUppercase && word.dropFirst().contains(where: \.isLowercase)
        }
        var listOwner: Party?
        for (index, clause) in clauses.enumerated() {
            // "2 things on me: intro to our cto by wed and the security doc by fri": each item owed.
            let opens = PromiseList.owner(openedBy: clause, in: text)
            if let owner = listOwner, opens == nil, PromiseList.continues(clause) {
                reading.promises += PromiseList.promises(in: clause, owner: owner, parser: parser)
                continue
            }
            listOwner = opens
            // "they review sunday, need our offer in before then": "then" is the day just named.
            let pointsBack = clause.has(any: Self.thatDay) || (clause.words.last == "then" && clause.has(any: Lexicon.nextVerbs))
            // The clause's date is read once, and judged below.
            let named = parser.read(clause.text)
            let date =
                dayAfter(in: clause, named: named, anchor: lastDate) ?? usableDate(named, in: clause) ?? (pointsBack ? lastDate : nil)
            if let date {
                lastDate = date
            } else if let named, !named.isPast {
                // "the committee meets dec 10, call her the monday after that": a day that is not a
                // plan is still the one "after that" counts from.
                lastDate = named
            }
            let stop = OutcomeRules.asksToStop(clause, redirected: redirected)
            if stop, reading.stop == nil {
                reading.stop = .init(value: true, words: clause.text)
                reading.softNo = nil
            } else if reading.stop == nil, reading.softNo == nil, clause.has(any: Lexicon.softNo), !Self.isFinal(clause),
                !clause.has(any: Self.ownRevisit)
            {
                reading.softNo = .init(value: true, words: clause.text)
            }
            readDecision(clause, into: &reading)
            if reading.prefers == nil, clause.has(any: OutcomeRules.preference), let channel = OutcomeRules.channelNamed(in: clause) {
                reading.prefers = .init(value: channel, words: clause.text)
            }
            // "not a fit for us, ever": a no, not a "not now" (said in its clause, or as the words after it).
            if reading.decision == nil, let soft = reading.softNo, Self.onlyFinality(clause) {
                reading.decision = .init(value: .no, words: soft.words + ", " + clause.text)
                reading.softNo = nil
            }
            // A no is final: whatever "not a fit" or "not now" came with it is part of it.
            if reading.decision?.value == .no { reading.softNo = nil }
            if let outcome = OutcomeRules.outcome(of: clause, dated: date != nil, redirected: redirected) {
                outcomes.append((outcome, clause))
            }
            if let channel = OutcomeRules.channel(of: clause, dated: date != nil) { channels.append((channel, clause)) }
            readTimes(clause, date: date, away: away, into: &reading)
            away = away || clause.has(any: Lexicon.notBefore)
            if reading.referral == nil {
                if let name = Referral.name(in: clause, excluding: names, lowerCaseTyping: lowerCaseTyping) {
                    reading.referral = .init(value: name, words: clause.text)
                } else if let name = Referral.bareName(clause, excluding: names),
                    referralPending
                        || (Referral.fullName(clause)
                            && ((index > 0 && Referral.endsWithRole(clauses[index - 1]))
                                || (index + 1 < clauses.count && Referral.startsWithDuty(clauses[index + 1]))))
                {
                    // "she pointed me to their cto, Raj Patel", "the facilities mgr, dale booker, handles the hvac contracts".
                    reading.referral = .init(value: name, words: clause.text)
                }
                referralPending = Referral.pointsSomewhere(clause)
            }
            // "not interested right now" reports their no; "she's not interested i think" is the user's fear.
            let venting = !stop && (!clause.has(any: Lexicon.softNo) || clause.has(any: Self.guessing))
            if reading.discouraged == nil, venting, discouragement.contains(where: { clause.padded.contains(" \($0) ") }) {
                reading.discouraged = .init(value: true, words: clause.text)
            }
        }
        let channel = channels.first?.0
        // "texted her, she said she's busy": a reply to the message, not a call.
        if let sent = outcomes.firstIndex(where: { $0.0 == .sent }), outcomes.contains(where: { $0.0 == .connected }),
            !outcomes.contains(where: { $0.1.has(any: Self.spokenWords) })
        {
            outcomes = outcomes.map { $0.0 == .connected ? (.replied, $0.1) : $0 }
            outcomes.remove(at: sent)
        }
        // "called the seller, she wants to wait til spring", "called - not interested rn": the
        // call reached them when they are heard in the answer.
        if outcomes.isEmpty, let call = clauses.first(where: OutcomeRules.userCalled),
            clauses.contains(where: {
                $0 != call && ($0.subject == .them || $0.has(any: Lexicon.softNo) || $0.has(any: Lexicon.decisionNo))
            })
        {
            outcomes.append((.connected, call))
        }
        // A channel alone ("feel so awkward calling again") says nothing about a touch.
        if let (outcome, clause) = OutcomeRules.strongest(outcomes, channel: channel) {
            reading.outcome = .init(value: outcome, words: clause.text)
            // The channel of what happened: named in the outcome's own clause, implied by it, or named elsewhere.
            let own = outcome == .voicemail ? .call : OutcomeRules.channelNamed(in: clause)
            let inPerson = clauses.contains { $0.has(any: Lexicon.inPerson) }
            let implied = OutcomeRules.impliedChannel(outcome, clause: clause, inPerson: inPerson)
            // A gatekeeper met on a channel named elsewhere ("emailed him, his assistant wrote back") was met there.
            let named = own ?? (outcome == .gatekeeper ? channel ?? implied : implied ?? channel)
            if let named { reading.channel = .init(value: named, words: clause.text) }
            if outcome == .sent, reading.channel == nil, let channel { reading.channel = .init(value: channel, words: clause.text) }
        }
        return reading
    }

    /// Words that mean the two sides spoke (by phone or in person), not only wrote.
    static let spokenWords = ["talked", "spoke", "chatted", "called", "call", "picked up", "answered", "phone", "conversation", "met"]

    /// A clause that starts with the contact's name is about them: "dana said call her thursday".
    private func namingContact(_ clause: Clause) -> Clause {
        guard let first = clause.words.first, names.contains(first) else { return clause }
        var named = clause
        named.subject = .them
        return named
    }

    /// The date in a clause, unless it cannot be a plan: already past, a bare "5th", "today"
    /// in "we signed today", the time of an attempt ("tried him at 9"), "don't call before 10".
    private func usableDate(_ named: DateReading?, in clause: Clause) -> DateReading? {
        guard var date = named else { return nil }
        // "a thumbs up for the 4pm showing tmrw", "yes 2pm works for thurs": a time and a day
        // a few words apart are one moment.
        // A bare number is a count ("3 more profiles by friday"), not a time of that day.
        if date.unused.count == 1, let word = date.unused.first?.lowercased(), !word.allSatisfy(\.isNumber),
            let combined = Lexicon.weekdayNames.contains(word) || ["tomorrow", "tmrw", "tmr", "today"].contains(word)
                ? word + " " + date.matched : (date.when.timed ? nil : date.matched + " at " + word),
            let whole = parser.read(combined),
            whole.when.timed, whole.unused.isEmpty
        {
            date.when = whole.when
            date.isPast = whole.isPast
            date.unused = []
        }
        guard !date.isPast else { return nil }
        // "rescheduled for the 4th time", "3rd try": an ordinal that counts, not a day.
        if let last = Clause.normalize(date.matched).last, ["st", "nd", "rd", "th"].contains(where: last.hasSuffix),
            let after = clause.words.firstIndex(of: last).map({ $0 + 1 }), after < clause.words.count,
            Self.countedThings.contains(clause.words[after])
        {
            return nil
        }
        let matched = date.matched.lowercased()
        if matched.first?.isNumber == true, ["st", "nd", "rd", "th"].contains(where: matched.hasSuffix), !matched.contains(" ") {
            return nil
        }
        if clause.has(any: OutcomeRules.timingOnly) || Self.isQuestionToMe(clause) { return nil }
        // "2nd try since tues": a day gone by, counted from; "preapproved in oct and nothing since":
        // a day gone by, "since" after it.
        if let first = Clause.normalize(matched).first, clause.padded.contains(" since \(first) ") { return nil }
        if let after = clause.padded.range(of: " \(Clause.normalize(matched).joined(separator: " ")) "),
            [" nothing since ", " not since ", " since then ", " ever since "].contains(where: clause.padded[after.lowerBound...].contains)
        {
            return nil
        }
        // "good morning": a greeting, not a time.
        if clause.padded.contains(" good \(matched) ") { return nil }
        // "sat at the cafe for 30 min": sitting, not Saturday.
        if matched == "sat",
            ["at the", "in the", "there", "down", "for", "with", "through"].contains(where: { clause.padded.contains(" sat \($0) ") })
        {
            return nil
        }
        // "offer accepted, start date jan 12": the day they start, not a day to call.
        let starting = ["starts", "starting", "begins"].contains {
            clause.padded.contains(" \($0) \(Clause.normalize(matched).joined(separator: " ")) ")
        }
        if clause.has(any: Self.startDay) || starting, !clause.has(any: Lexicon.nextVerbs) { return nil }
        let plan =
            clause.has(any: Lexicon.nextVerbs) || clause.has(any: Lexicon.notBefore) || clause.has(any: Lexicon.backAgain)
            || clause.has(any: Lexicon.futureMarkers) || clause.has(any: ["by", "before", "until", "till"])
        let pastOnly = clause.has(any: [
            "tried", "called", "left", "talked", "spoke", "signed", "rang", "emailed", "texted", "reached",
            "met", "sent", "could not", "couldn't",
            // "he interviewed priya on fri": the day of something done, not a plan.
            "interviewed", "presented", "demoed", "pitched", "toured", "visited", "applied", "submitted", "hosted",
            "preapproved", "pre-approved", "approved", "prequalified", "pre-qualified",
        ])
        // "sending the signed w9 tmrw", "hes sending the signed nda today": a thing still to do, whatever it says was done.
        let promised =
            clause.has(any: Promises.future) || ClauseSplitter.startsWithAction(clause)
            || clause.words.contains { $0.hasSuffix("ing") && Lexicon.promiseVerbs.contains($0) }
        if pastOnly && !plan && !promised { return nil }
        if !date.when.timed, calendar.startOfDay(date.when.date) == calendar.startOfDay(parser.now), !plan, !promised { return nil }
        return date
    }

    /// "i'll call her the day after", "try the tuesday after that": a day counted from the
    /// one just named (or named after "after"), in place of the one the clause alone gives.
    private func dayAfter(in clause: Clause, named: DateReading?, anchor: DateReading?) -> DateReading? {
        guard let when = DayAfter.when(in: clause, anchor: anchor?.when, parser: parser, calendar: calendar), when.date > parser.now,
            var reading = named ?? anchor
        else { return nil }
        reading.when = when
        reading.isPast = false
        return reading
    }

    /// Words that date someone's start, or another event of theirs, not a contact: "starts jan
    /// 11", "the board votes on it dec 9", "booked us for june 12", "wedding's in june".
    static let startDay = [
        "start date", "starting date", "first day", "starts on", "start on", "we start", "i start", "she starts", "he starts",
        "they start", "start the retainer", "start the project", "work starts", "vote on", "votes on",
        "meets", "booked us for", "wedding's in", "wedding is in", "lease expires", "expires",
    ]

    /// The user's own plan to look again: not their no for now ("will check back thurs").
    static let ownRevisit = ["will check back", "i'll check back", "ill check back", "gonna check back", "will revisit", "i'll revisit"]

    /// Nouns an ordinal counts: "the 4th time", "5th try".
    static let countedThings: Set<String> = [
        "time", "times", "try", "attempt", "round", "call", "email", "voicemail", "message", "dial", "interview", "follow", "touch",
    ]

    /// A question the user asks ("who do i call today", "what should i send tomorrow"): its day
    /// is the question's, not a plan.
    static func isQuestionToMe(_ clause: Clause) -> Bool {
        let words = clause.words
        guard words.count >= 2, ["who", "what", "where", "how", "which", "should"].contains(words[0]) else { return false }
        return ["do", "should", "can", "is", "are", "shall", "i"].contains(words[1])
    }

    /// A clause that says they are away until a day ("out till the 14th", "back on monday"),
    /// not one where "back" is what the user does ("call back next tuesday").
    static func saysAway(_ clause: Clause) -> Bool {
        let away = Lexicon.notBefore.filter { clause.has($0) }
        guard !away.isEmpty else { return false }
        return away.contains { !$0.hasPrefix("back") } || !clause.has(any: Lexicon.backAsVerb)
    }

    /// "hes at reinvent til thurs", "she's in lisbon until friday": someone is somewhere, or
    /// something, until a day (no plan in the clause).
    static func isUntil(_ date: DateReading, in clause: Clause) -> Bool {
        guard clause.has(any: ["he's", "she's", "they're"]), !clause.has(any: Lexicon.nextVerbs),
            let first = Clause.normalize(date.matched).first, let at = clause.words.firstIndex(of: first), at > 0
        else { return false }
        return ["til", "till", "until"].contains(clause.words[at - 1])
    }

    /// "back dec 15", "back on the 3rd": where they will be from a day, not "hear back friday"
    /// or "comes back by eod tmrw" (something that comes back to the user).
    static func backOn(_ date: DateReading, in clause: Clause) -> Bool {
        let day = Clause.normalize(date.matched).joined(separator: " ")
        for lead in [" back ", " back on "] {
            guard let range = clause.padded.range(of: lead + day + " ") else { continue }
            let before = clause.padded[..<range.lowerBound].split(separator: " ").last.map(String.init) ?? ""
            return !Self.verbsBeforeBack.contains(before)
        }
        return false
    }

    static let verbsBeforeBack: Set<String> = [
        "calling", "called", "phoning", "ringing", "trying", "try", "writing", "emailing", "texting",
        "hear", "get", "gets", "come", "comes", "coming", "call", "circle", "check", "ring", "write", "report", "text", "email",
        "ping", "reach", "getting", "hearing", "send", "sends", "sending", "bounce", "go", "goes", "it", "them", "that",
    ]

    /// Words that leave a decision open.
    static let hedges = ["might", "may be", "may go", "may have", "could go", "could be", "possibly", "not sure if", "not sure whether"]

    /// Words that make a clause the user's guess, not what the contact said.
    static let guessing = [
        "i think", "i guess", "i bet", "probably", "i feel", "feels like", "seems like", "i'm sure", "obviously", "clearly",
    ]

    /// Words that point back at the day just named ("try her then" too, at a clause's end).
    static let thatDay = ["before then", "by then", "till then", "til then", "until then", "before that", "by that day"]

    /// A decision once read stays, except that a later no outweighs a yes ("they signed with
    /// Outreach. dead deal"): a no is never turned into a yes.
    private func readDecision(_ clause: Clause, into reading: inout AnswerReading) {
        guard reading.decision?.value != .no, let decision = decision(in: clause) else { return }
        if reading.decision == nil || decision == .no { reading.decision = .init(value: decision, words: clause.text) }
    }

    /// The yes or no a clause reports, if any.
    private func decision(in clause: Clause) -> AnswerReading.Decision? {
        // "the role might be filled internally", "they may go with someone else": not decided yet.
        if clause.has(any: Self.hedges) { return nil }
        let words = clause.words
        // "she said no." and "they're in!" only as the whole answer to the question.
        // "they said no last wk", not "she said no worries".
        let saidNo =
            words.suffix(2) == ["said", "no"] || clause.has(any: ["said no to", "said no thanks"])
            || words.indices.dropLast(2).contains { words[$0] == "said" && words[$0 + 1] == "no" && Self.afterNo.contains(words[$0 + 2]) }
        // "they're in!", "angel said she's in for 25k": in, as the end of the clause or before what they put in.
        let theyreIn = words.indices.dropLast().contains { index in
            ["they're", "she's", "he's"].contains(words[index]) && words[index + 1] == "in"
                && (index + 2 == words.count || words[index + 2] == "for")
        }
        // "signed!", "closed!": the word alone.
        // "and accepted!!!", "contract's signed": the word with no more than who or what.
        // "candidate called back and accepted": accepting, with nothing named after it, is the offer.
        let alone =
            words.last.map { ["signed", "closed", "accepted", "sold"].contains($0) } == true && words.count <= 3
            && words.dropLast().allSatisfy(Self.beforeAlone.contains)
            || (words.suffix(2) == ["and", "accepted"] && !clause.has(any: ["invite", "request", "meeting"]))
        let otherParty =
            (clause.has(any: Lexicon.choosing) && clause.has(any: Lexicon.otherParty) || Self.choseSomeoneNamed(clause))
            && !clause.has(any: Self.ours)
        let finalNo = clause.has(any: Lexicon.softNo) && Self.isFinal(clause)
        let forNow = clause.has(any: Self.forNow)
        if saidNo || otherParty || finalNo
            || (!forNow && clause.first(of: Lexicon.decisionNo).map({ !Negation.negated($0, in: clause) }) == true)
        {
            return .no
        }
        if theyreIn || alone || clause.first(of: Lexicon.decisionYes).map({ !Negation.negated($0, in: clause) }) == true { return .yes }
        return nil
    }

    /// What may come before "signed", "accepted" for the word to stand alone.
    static let beforeAlone: Set<String> = [
        "and", "she", "he", "they", "just", "finally", "candidate", "has", "have", "it's", "is", "contract's", "contract", "the",
        "deal's", "deal", "offer",
    ]

    /// Words after "said no" that leave it a no ("said no last week", "said no again").
    static let afterNo: Set<String> = [
        "last", "yesterday", "today", "this", "again", "on", "for", "after", "at", "and", "outright", "flat",
    ]

    /// "they went with salesforce", "signed with outreach", "bought from a vendor down the road": a
    /// choice of someone named, not us.
    static func choseSomeoneNamed(_ clause: Clause) -> Bool {
        let words = clause.words
        // "they awarded it to kessler mechanical", "awarded the job to another sub": not us.
        if let at = words.firstIndex(of: "awarded"), let to = words[at...].prefix(4).firstIndex(of: "to"), to + 1 < words.count,
            !["us", "me", "our", "my"].contains(words[to + 1])
        {
            return true
        }
        for (index, word) in words.enumerated() where index + 2 < words.count && word != "we" && word != "i" {
            let pair = word + " " + words[index + 1]
            guard
                [
                    "went with", "going with", "gone with", "signed with", "go with", "switched to", "switching to", "stayed with",
                    "bought from", "buying from", "purchased from", "ordered from",
                ]
                .contains(pair)
            else { continue }
            // "we went with a 3-month pilot" is the user's team; "(he said) we went with State Farm" theirs.
            let quoted = words[..<index].contains { ["said", "says", "told"].contains($0) }
            if index > 0, ["we", "i"].contains(words[index - 1]), !quoted, !Self.namesACompany(after: pair, in: clause.text) { continue }
            // "went w/ her cousins agency", "going with a local broker": a party after all.
            if words.dropFirst(index + 2).prefix(4).contains(where: Self.parties.contains) { return true }
            return !Self.notAParty.contains(words[index + 2])
        }
        return false
    }

    /// Whether a capitalised name follows the choosing words in the typed text ("went with State Farm").
    static func namesACompany(after choosing: String, in text: String) -> Bool {
        guard let range = text.range(of: choosing + " ", options: .caseInsensitive) else { return false }
        return text[range.upperBound...].first?.isUppercase == true
    }

    /// Who a contact can choose instead of the user, after "her", "his" or "a" ("her cousin's agent").
    static let parties: Set<String> = [
        "agency", "agent", "broker", "brokerage", "firm", "company", "vendor", "provider", "supplier", "contractor", "guy", "person",
        "recruiter", "realtor", "incumbent", "competitor", "cousin", "cousins", "cousin's", "brother", "brother's", "sister",
        "sister's", "friend", "friend's", "friends", "uncle", "uncle's", "relative", "partner's", "consultant", "shop", "carrier",
    ]

    /// Words after "went with" that name a thing or us, not another party.
    static let notAParty: Set<String> = [
        "us", "me", "our", "your", "my", "the", "a", "an", "it", "that", "this", "option", "plan", "proposal", "offer", "quote",
        "what", "whatever", "one", "two", "both", "her", "his", "their",
    ]

    /// Words that put the user on the chosen side: "went with us instead of the incumbent".
    static let ours = ["with us", "with me", "chose us", "picked us", "picked me", "chose me", "hired me", "selected us"]

    /// A "not now" said to be for good: "not a fit for us, ever", "not interested at all".
    static func isFinal(_ clause: Clause) -> Bool {
        clause.has(any: Lexicon.finality) && !clause.has(any: forNow)
    }

    /// A clause that only makes the no before it final: "ever", "period", "not ever".
    static func onlyFinality(_ clause: Clause) -> Bool {
        !clause.words.isEmpty && clause.has(any: Lexicon.finality)
            && clause.words.allSatisfy { Lexicon.finality.contains($0) || ["not", "and", "no", "just"].contains($0) }
    }

    /// Who a meeting the contact sets up can be with.
    static let arrangedWith = Referral.personRoles.union(["hiring", "hm", "team", "panel"])

    /// A meeting the contact will set up with someone in a role ("set up w/ the hiring mgr",
    /// "schedule a call with her vp"), said back as "meeting with the hiring mgr".
    static func meetingTheyArrange(_ clause: Clause) -> String? {
        guard clause.has(any: ["set up", "setup", "schedule", "arrange", "book", "line up"]) else { return nil }
        let words = clause.words
        for (index, word) in words.enumerated() where word == "with" {
            var at = index + 1
            if at < words.count, ["the", "her", "his", "their", "a", "our"].contains(words[at]) { at += 1 }
            guard at < words.count, arrangedWith.contains(words[at]) else { continue }
            let end = at + 1 < words.count && ["manager", "mgr", "team", "lead"].contains(words[at + 1]) ? at + 2 : at + 1
            return "meeting with " + words[index + 1..<end].joined(separator: " ")
        }
        return nil
    }

    /// Words that open a clause that only gives a day: "by friday", "next one by dec 31", "due monday".
    static let dayAlone: Set<String> = ["by", "next", "due", "before", "it's", "its", "that's", "thats", "ideally", "latest"]

    /// Words that make a no one for now: "passing for now", "not this quarter".
    /// Words of coming back from away, after "after": "after we get back from maui".
    static let gettingBack = [
        "get back", "gets back", "back from", "we're back", "i'm back", "they're back", "are back", "return", "returns",
    ]

    /// Words that date a term of theirs ending or renewing: "renews feb 1", "lease is up in march".
    static let theirTerms = [
        "renews", "renewal", "renewing", "expires", "expiring", "expiry", "expiration", "lease is up", "policy is up",
        "contract is up", "contract ends", "lease ends", "policy ends",
    ]

    static let forNow = ["for now", "right now", "at the moment", "rn", "yet", "this year", "this quarter", "this round"]

    /// A date in a clause is a "not before", a promise's due date, or the next contact; a
    /// promise can also come without one, and a non-committal answer is marked vague.
    private func readTimes(_ clause: Clause, date: DateReading?, away: Bool, into reading: inout AnswerReading) {
        // "call me after we get back from maui on the 20th": away till that day, and the call the
        // working day after it (it was a call on the Sunday they land).
        if let date, let after = clause.words.firstIndex(of: "after"), let back = clause.earliest(of: Self.gettingBack), after < back,
            clause.has(any: Lexicon.nextVerbs)
        {
            reading.notBefore = .init(value: date.when, words: clause.text)
            let day = calendar.workingDay(onOrAfter: calendar.day(1, after: calendar.startOfDay(date.when.date)))
            reading.next = .init(value: When(date: day, timed: false), words: clause.text)
            return
        }
        // "hes in singapore for 3 weeks, back dec 15": "back" right before the day says they are away till then.
        let backOn = date.map { Self.backOn($0, in: clause) } == true
        if let date, reading.notBefore == nil,
            Self.saysAway(clause) || (away && clause.has(any: Lexicon.backAgain) && !clause.has(any: Lexicon.nextVerbs))
                || (backOn && !clause.has(any: Lexicon.backAsVerb)) || Self.isUntil(date, in: clause)
        {
            reading.notBefore = .init(value: date.when, words: clause.text)
            return
        }
        // "dont call his cell, email him instead": how to reach them, not something owed.
        if date == nil, reading.prefers?.words == clause.text { return }
        if let promise = Promises.promise(in: clause, date: date) {
            // "they're putting together requirements, will send by dec 3": one promise, now with its day.
            let refersBack =
                promise.what.split(separator: " ").count <= 2
                || promise.what.lowercased().split(separator: " ").contains { ["it", "them", "that", "those", "this", "one"].contains($0) }
            if let index = reading.promises.lastIndex(where: { $0.owner == promise.owner && $0.due == nil }), promise.due != nil, refersBack
            {
                reading.promises[index].due = promise.due
                return
            }
            reading.promises.append(promise)
            return
        }
        // "she wants to set up w/ the hiring mgr next wk": a meeting they will arrange with
        // someone else is their promise, not a time with this contact.
        if let date, clause.subject == .them, let meeting = Self.meetingTheyArrange(clause) {
            reading.promises.append(.init(owner: .them, what: "set up the " + meeting, due: date.when, words: clause.text))
            return
        }
        if let date {
            // "should hear back friday", "back to me next week": the day of the promise just made.
            if clause.has(any: ["hear back", "back to me", "back to us", "hear from", "by then"]),
                let index = reading.promises.lastIndex(where: { $0.owner == .them && $0.due == nil })
            {
                reading.promises[index].due = date.when
                return
            }
            let plans = clause.has(any: Lexicon.nextVerbs)
            // "i owe her the investor update, next one by dec 31": a day alone, after a promise
            // with none, is that promise's day.
            if !plans, clause.words.count <= 6, let first = clause.words.first, Self.dayAlone.contains(first),
                let index = reading.promises.lastIndex(where: { $0.due == nil })
            {
                reading.promises[index].due = date.when
                return
            }
            // "open house sign in from sat": where the lead came from, a day gone by, not one ahead.
            if !plans, clause.text.lowercased().contains("from " + date.matched.lowercased()) { return }
            // "their BOP renews feb 1 w the hartford": the day of something of theirs, not a time to talk.
            if !plans, let term = clause.earliest(of: Self.theirTerms),
                clause.words[max(0, term - 3)..<term].contains(where: { ["their", "his", "her", "our", "my"].contains($0) })
            {
                return
            }
            // "budget approved in january, call back next tuesday at 3": a call planned outweighs
            // a day that only dates something of theirs.
            if reading.next == nil || (plans && !Clause(reading.next!.words, subject: .unknown).has(any: Lexicon.nextVerbs)) {
                reading.next = .init(value: date.when, words: clause.text)
            }
            return
        }
        if reading.vague == nil, clause.subject != .me, clause.has(any: Lexicon.vague), !clause.has(any: ["asked me to", "told me to"]) {
            reading.vague = .init(value: true, words: clause.text)
        }
    }
}
