import RingbackCore
import RingbackWhen

/// Finds a promise in a clause: who will deliver what, and by when.
enum Promises {
    /// Words that mark a clause as something still to be done by its subject.
    static let future = [
        "will", "i'll", "she'll", "he'll", "they'll", "going to", "gonna", "owe", "owes", "need to", "needs to", "have to",
        "has to", "got to", "must", "promised", "agreed to", "said she'd", "said he'd", "said they'd", "said she would",
        "said he would", "i'm sending", "i'm going", "is sending", "is checking", "she's checking", "he's checking",
        "they're checking", "is looking", "she's looking", "he's looking", "is talking", "she's talking", "he's talking",
        "is getting", "she's getting", "he's getting", "to send", "to get", "to check", "to confirm", "to review", "would send",
        "would get", "'ll", "i'd", "supposed to", "on me", "on her", "on him", "on my end", "on their end", "on their side", "on the hook",
    ]

    /// They asked the user for something: "said send info", "asked me to send the deck".
    static let askedOfMe = [
        "said send", "said to send", "asked me to", "wants me to", "want me to", "told me to send", "said i should send", "said email",
        "said to email",
    ]

    /// Words of a verdict on something already delivered.
    static let verdicts = [
        "is ok", "is okay", "is fine", "looks good", "look good", "is good", "are ok", "are fine", "was fine", "works for",
    ]

    /// Words of an approval, and of the side of theirs that gives one.
    static let approvals = ["sign off", "sign-off", "signoff", "approval", "approve", "green light", "ok from"]
    static let approvers = ["legal", "procurement", "board", "finance", "boss", "cfo", "ceo", "security", "committee", "it"]

    /// What they want from the user, which the user then owes: "they need the security docs
    /// by friday", "he wants a proposal". A meeting they want is a next contact instead.
    static let wanting = ["want", "wants", "need", "needs", "asked for", "asked me for", "requested", "would like"]
    static let meetingThings = ["demo", "call", "meeting", "chat", "coffee", "follow up", "catch up", "intro call", "second round"]

    /// Their decision or feedback with a day: "decision next month", "feedback by end of week".
    static let theirAnswer = ["decision", "decide", "feedback", "verdict", "answer by", "results", "hear back", "outcome by"]

    /// The promise in a clause, theirs said back to the user ("he will send me the org chart"
    /// → "send you the org chart").
    static func promise(in clause: Clause, date: DateReading?) -> AnswerReading.Promise? {
        guard var promise = found(in: clause, date: date) else { return nil }
        // "she owes me nothing", "i don't owe her anything", "i owe her that": nothing named is owed.
        let words = promise.what.lowercased().split(separator: " ").map(String.init)
        if words.isEmpty || (words.count == 1 && nothingOwed.contains(words[0])) || ["don't", "dont", "not", "never"].contains(words[0]) {
            return nil
        }
        if promise.owner == .them { promise.what = toUser(promise.what) }
        return promise
    }

    /// Words that, as all of a promise, name nothing owed.
    static let nothingOwed: Set<String> = ["nothing", "anything", "everything"]

    /// "me", "my", "us", "our" in what they said become "you", "your".
    static func toUser(_ text: String) -> String {
        swapping(text, ["me": "you", "my": "your", "us": "you", "our": "your", "mine": "yours"])
    }

    /// `text` with each whole word found in `swaps` replaced.
    static func swapping(_ text: String, _ swaps: [String: String]) -> String {
        text.split(separator: " ", omittingEmptySubsequences: false).map { swaps[String($0).lowercased()] ?? String($0) }
            .joined(separator: " ")
    }

    private static func found(in clause: Clause, date: DateReading?) -> AnswerReading.Promise? {
        // A request to stop promises nothing; nor does the purpose of a call made ("called to confirm").
        // "stop sending me the weekly pdf": a request of the user's, nothing they will deliver.
        if OutcomeRules.asksToStop(clause) || clause.words.first == "stop" { return nil }
        if clause.words.count > 1, Lexicon.userActs.contains(clause.words[0]), clause.words[1] == "to" { return nil }
        // "wife wants us to wait till spring": waiting asked of the user is no errand (a soft no says it).
        if clause.has(any: waiting.flatMap { ["us to \($0)", "me to \($0)"] }) { return nil }
        let theirOwnTask = clause.has(any: [
            "need to", "needs to", "want to", "wants to", "would like to", "from his", "from her",
            "from their", "from the",
        ])
        // "need legal sign off first", "needs her boss to sign off": an approval on their side is theirs to give.
        if clause.has(any: approvals), clause.has(any: approvers),
            !clause.words.contains(where: { ["i", "i'll", "i'm", "we"].contains($0) })
        {
            return AnswerReading.Promise(owner: .them, what: what(clause, cutting: date), due: date?.when, words: clause.text)
        }
        // "told her i need a yes or no by fri", "asked for a decision by the 4th": their answer, by
        // that day; "she needs an answer from me by friday": the user's.
        if let date, let asked = answerAsked.first(where: { clause.has($0) }) {
            // "they want an answer by dec 4" is the user's to give.
            let at = position(of: asked, in: clause)
            // "lvm for tom, need an answer by wed": said with no one before it, the user needs it.
            let byUser = asked.hasPrefix("asked") || at == 0 || (at > 0 && ["i", "we", "i'd", "id", "we'd"].contains(clause.words[at - 1]))
            let mine = clause.has(any: ["from me", "from us"]) || !byUser
            return AnswerReading.Promise(
                owner: mine ? .me : .them, what: mine ? "an answer" : "the decision", due: date.when, words: clause.text)
        }
        // "he gave me a take home exercise due friday", "proposal due fri": a thing due by a day is the
        // user's to deliver, unless it is theirs ("her feedback is due friday").
        if let date, let thing = dueThing(clause) {
            return AnswerReading.Promise(owner: .me, what: thing, due: date.when, words: clause.text)
        }
        // "pricing is ok", "the deck looks good": a verdict, nothing to deliver.
        if clause.has(any: verdicts), !clause.has(any: future) { return nil }
        // "she wants an email not calls": how to reach her, nothing to deliver.
        if clause.has(any: wanting), clause.has(any: OutcomeRules.channelContrasts) { return nil }
        if clause.subject == .them, clause.has(any: wanting), !wantingIsANoun(clause), !theirOwnTask, !wantsAMeeting(clause) {
            return AnswerReading.Promise(owner: .me, what: userSide(wanted(clause, cutting: date)), due: date?.when, words: clause.text)
        }
        // "he offered to put me in touch with his boss": what they offered is theirs to do.
        if clause.subject != .me, let offered = offer(in: clause, cutting: date) {
            return AnswerReading.Promise(owner: .them, what: offered, due: date?.when, words: clause.text)
        }
        // "contract arrives thursday", "the offer letter should arrive friday": a thing that comes to the user.
        // The thing is the subject even after a clause of the user's ("got the verbal offer!! written offer arrives thursday").
        let thingArrives = clause.subject != .me || !(ClauseSplitter.startsWithAction(clause) || clause.has(any: firstPerson))
        if let date, thingArrives, clause.has(any: arrivals), !clause.has(any: Lexicon.nextVerbs) {
            return AnswerReading.Promise(owner: .them, what: arriving(clause, cutting: date), due: date.when, words: clause.text)
        }
        if let date, clause.has(any: theirAnswer), !clause.has(any: Lexicon.nextVerbs), clause.subject != .me {
            return AnswerReading.Promise(owner: .them, what: what(clause, cutting: date), due: date.when, words: clause.text)
        }
        var owner: Party
        switch clause.subject {
        case .me: owner = .me
        case .them: owner = .them
        default: return nil
        }
        // "need to get our offer in before then": what the user must do by a day, whatever the verb.
        if owner == .me, let date, ClauseSplitter.isOwnNeed(clause), clause.earliest(of: Lexicon.promiseVerbs) == nil {
            return AnswerReading.Promise(owner: .me, what: what(clause, cutting: date), due: date.when, words: clause.text)
        }
        // "theyll circle back by the 4th w/ a decision": coming back to the user with a day is their answer;
        // "she'll follow up early next wk w next steps": what they come back with is what they owe.
        if owner == .them, let date, let brought = broughtBack(clause, cutting: date) {
            return AnswerReading.Promise(owner: .them, what: brought, due: date.when, words: clause.text)
        }
        if owner == .them, let date,
            clause.has(any: ["circle back", "come back to", "come back with", "get back to me", "get back to us", "get back to you"])
        {
            return AnswerReading.Promise(owner: .them, what: "an answer", due: date.when, words: clause.text)
        }
        guard
            let verbAt = clause.earliest(of: Lexicon.promiseVerbs) ?? willDo(clause) ?? theirPresent(clause, dated: date != nil)
                ?? (clause.words.count > 2 ? clause.earliest(of: ["promised"]) : nil)
        else { return nil }
        let askedOfUser = owner == .them && clause.has(any: askedOfMe)
        if askedOfUser { owner = .me }
        let noteStyle = ClauseSplitter.startsWithAction(clause) && (clause.subject == .me || clause.continuesSubject)
        // "I send the revised quote tomorrow", "next step: i send references tomorrow".
        let presentWithDate =
            date != nil
            && clause.words.indices.dropLast().contains { index in
                ["i", "she", "he", "they"].contains(clause.words[index]) && Lexicon.promiseVerbs.contains(clause.words[index + 1])
            }
        let progressive = owner == .them && Lexicon.promiseVerbs.contains { $0.hasSuffix("ing") && clause.has($0) }
        let asked = clause.has(any: askedOfMe)
        guard noteStyle || presentWithDate || progressive || asked || clause.has(any: future) || clause.has(any: ["owe", "owes"]) else {
            return nil
        }
        // "call her friday to go over the quote": the call comes first, so it is a next contact.
        // "he will text me the lockbox code fri": a thing texted is delivered, not a time to talk.
        let textsAThing = clause.has(any: ["text me the", "text you the", "text us the", "text over"])
        if let nextAt = clause.earliest(of: Lexicon.nextVerbs), nextAt <= verbAt, !textsAThing,
            !["send", "email", "owe"].contains(where: { clause.has($0) && position(of: $0, in: clause) < nextAt })
        {
            return nil
        }
        // "he'll get back to me" with no day is non-committal, not a promise.
        if date == nil, clause.has(any: Lexicon.vague), owner == .them {
            let vagueOnly = Lexicon.promiseVerbs.filter { clause.has($0) }.allSatisfy {
                ["get back", "let me know", "think about"].contains($0)
            }
            if vagueOnly { return nil }
        }
        // "she said send me some comps", "she asked me to send her the listing": what they asked
        // for, said as the user's to do ("send some comps", "send her the listing").
        if askedOfUser {
            return AnswerReading.Promise(owner: .me, what: userSide(what(clause, cutting: date)), due: date?.when, words: clause.text)
        }
        // "I will send you our wish list by next Friday", pasted from their email: the writer's
        // promise to the user, in the writer's words.
        if owner == .me, Self.addressesUser(clause) {
            return AnswerReading.Promise(owner: .them, what: writers(what(clause, cutting: date)), due: date?.when, words: clause.text)
        }
        return AnswerReading.Promise(owner: owner, what: what(clause, cutting: date), due: date?.when, words: clause.text)
    }

    /// What they asked of the user, in the user's words: "asked me to send her the listing" →
    /// "send her the listing"; "send me some comps" → "send some comps".
    static func userSide(_ text: String) -> String {
        var words = text.split(separator: " ").map(String.init)
        if words.count > 3, ["asked", "wants", "want", "told"].contains(words[0].lowercased()), words[1].lowercased() == "me",
            words[2].lowercased() == "to"
        {
            words.removeFirst(3)
        }
        if words.count > 2, words[0].lowercased() == "me", words[1].lowercased() == "to" { words.removeFirst(2) }
        if words.count > 2, ["me", "us"].contains(words[1].lowercased()) { words.remove(at: 1) }
        return words.joined(separator: " ")
    }

    /// "I will send you", "I'll get back to you": someone writing to the user, unless the user
    /// tells what they said ("told her ill send you the deck").
    static func addressesUser(_ clause: Clause) -> Bool {
        let words = clause.words
        guard !clause.has(any: ["told", "said", "promised", "telling", "saying"]) else { return false }
        return words.indices.dropFirst().contains { index in
            words[index] == "you" && ["send", "get", "email", "text", "forward", "give", "show", "to", "call"].contains(words[index - 1])
                && words[..<index].contains { ["will", "i'll", "we'll", "i'm", "we're"].contains($0) }
        }
    }

    /// The writer's own words said of them: "our wish list" → "their wish list".
    static func writers(_ text: String) -> String {
        swapping(text, ["me": "them", "my": "their", "us": "them", "our": "their", "mine": "theirs"])
    }

    /// What they will come back with: "follow up early next week with next steps" → "next
    /// steps"; nil when nothing is named, or a person is ("follow up with her boss" is their
    /// own errand).
    static func broughtBack(_ clause: Clause, cutting date: DateReading) -> String? {
        guard let back = clause.earliest(of: ["follow up", "circle back", "come back", "get back", "reach back out", "reach out"]),
            let with = clause.words.indices.dropFirst(back + 2).first(where: { clause.words[$0] == "with" })
        else { return nil }
        let rest = cut(date.matched, from: clause.words[(with + 1)...].joined(separator: " "))
            .split(separator: " ").map(String.init)
        guard let first = rest.first(where: { !["the", "a", "an", "some"].contains($0) }), !people.contains(first),
            !Referral.roleWords.contains(first)
        else { return nil }
        return toUser(rest.joined(separator: " "))
    }

    /// Words that start a person, not a thing: "with her", "with the cfo".
    static let people: Set<String> = ["her", "him", "them", "me", "us", "you", "his", "their", "my", "our", "your"]

    /// An answer asked for by a day.
    static let answerAsked = [
        "need a yes or no", "needs a yes or no", "need an answer", "needs an answer", "need a decision", "needs a decision",
        "asked for a decision", "asked for an answer", "asked for a yes or no", "want an answer", "wants an answer", "want a decision",
        "wants a decision", "need their answer", "need her answer", "need his answer",
    ]

    /// "she'll pass on my number", "i'll mail them the market report": any verb after a will
    /// is a thing to do, unless it is only a contact ("i'll call her") or a state ("he'll be
    /// back"). Where the verb is, in words.
    static func willDo(_ clause: Clause) -> Int? {
        let words = clause.words
        guard let marker = words.firstIndex(where: { willWords.contains($0) }) else { return nil }
        var at = marker + 1
        if words[marker] == "going", at < words.count, words[at] == "to" { at += 1 }
        while at < words.count, ["probably", "also", "just", "definitely", "def", "then", "prob", "still", "likely"].contains(words[at]) {
            at += 1
        }
        guard at < words.count, !notDoing.contains(words[at]), !Lexicon.nextVerbs.contains(words[at]) else { return nil }
        return at
    }

    static let willWords: Set<String> = [
        "will", "i'll", "she'll", "he'll", "they'll", "we'll", "gonna", "going", "i'd", "she'd", "he'd", "they'd",
    ]
    /// Verbs after "will" that promise no delivery.
    static let notDoing: Set<String> = [
        "be", "see", "probably", "not", "never", "need", "want", "like", "love", "hear", "get", "come", "go", "keep",
        "stay", "wait", "take", "think", "consider", "know", "let", "try", "reach", "follow", "touch", "circle", "hop", "jump",
        "catch", "ring", "call", "phone", "text", "ping", "email", "meet", "talk", "speak", "chat", "there", "in", "out", "back",
        "away", "at", "on", "to", "sit", "stop", "build", "bring", "revisit", "join", "attend", "move", "switch", "stick", "hang",
        "use", "do", "start", "go", "make",
    ]

    /// "she reviews by friday", "he presents to his boss thurs": their task said in the present,
    /// with its day. Where the verb is, in words.
    static func theirPresent(_ clause: Clause, dated: Bool) -> Int? {
        guard dated, clause.subject == .them, let pronoun = clause.words.firstIndex(where: { ["she", "he", "they"].contains($0) }),
            pronoun + 1 < clause.words.count
        else { return nil }
        let verb = clause.words[pronoun + 1]
        guard verb.count > 4, verb.hasSuffix("s"), !verb.hasSuffix("ss"), !presentStates.contains(verb) else { return nil }
        return pronoun + 1
    }

    static let presentStates: Set<String> = [
        "thinks", "seems", "sounds", "likes", "loves", "knows", "says", "wants", "needs", "feels", "looks", "hopes", "goes",
        "comes", "gets", "works", "lives", "means", "plans", "expects", "travels", "returns", "leaves", "starts",
    ]

    /// "they want a demo", "she wants me to call friday", "they need a week to talk it over": a
    /// meeting, a call or time to talk is what is wanted (a next contact, or their own task),
    /// named before the wanting, within three words after it, or after "to"; not "pricing
    /// before their board meeting".
    static func wantsAMeeting(_ clause: Clause) -> Bool {
        guard let at = clause.earliest(of: wanting) else { return false }
        // "they want me in for a second interview", "wants me back for the final round".
        if clause.words.dropFirst(at + 1).starts(with: ["me", "in"]) || clause.words.dropFirst(at + 1).starts(with: ["me", "back"]) {
            return true
        }
        // "they want me for a panel interview": a meeting wanted with the user may be named further on.
        let withUser = at + 1 < clause.words.count && ["me", "us"].contains(clause.words[at + 1])
        return (meetingThings + Lexicon.nextVerbs + (withUser ? Lexicon.meetingKinds : [])).contains { thing in
            guard clause.has(thing) else { return false }
            let place = position(of: thing, in: clause)
            return place <= at + (withUser ? 5 : 3) || (place > 0 && clause.words[place - 1] == "to")
        }
    }

    /// Waiting asked of the user: "wants us to wait till spring", "to revisit in q2".
    static let waiting = ["wait", "revisit", "hold off", "come back"]

    /// Words that say a thing is on its way to the user.
    static let arrivals = [
        "arrives", "arriving", "should arrive", "will arrive", "to arrive", "is coming", "coming over", "lands", "landing", "coming",
        "comes back", "coming back", "comes in", "due back", "on its way", "on the way",
    ]

    /// Words that make the user the one who acts.
    static let firstPerson = ["i", "i'll", "i'm", "i've", "i'd", "we", "we'll", "we're", "my", "our"]

    /// What comes after "offered to" / "offered": "put me in touch with his boss".
    static func offer(in clause: Clause, cutting date: DateReading?) -> String? {
        var text = clause.text
        if let date, let range = text.range(of: date.matched, options: .caseInsensitive) { text.removeSubrange(range) }
        for marker in ["offered to", "offering to", "offers to", "volunteered to"] {
            guard let range = text.range(of: marker, options: .caseInsensitive) else { continue }
            let rest = text[range.upperBound...].trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
            return rest.isEmpty ? nil : rest
        }
        return nil
    }

    /// The thing that is coming: "the offer letter should arrive friday" → "the offer letter".
    static func arriving(_ clause: Clause, cutting date: DateReading?) -> String {
        var text = clause.text
        if let date, let range = text.range(of: date.matched, options: .caseInsensitive) { text.removeSubrange(range) }
        for marker in arrivals.sorted(by: { $0.count > $1.count }) {
            if let range = text.range(of: marker, options: .caseInsensitive) {
                let thing = text[..<range.lowerBound].trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
                for modal in [" should", " will", " is"] where thing.lowercased().hasSuffix(modal) {
                    return String(thing.dropLast(modal.count))
                }
                if !thing.isEmpty { return thing }
            }
        }
        return what(clause, cutting: date)
    }

    /// The thing said to be due, when it is the user's: "a take home design exercise" in "he gave
    /// me a take home design exercise due friday"; nil when nothing is due, or it is theirs.
    static func dueThing(_ clause: Clause) -> String? {
        var words = clause.words
        guard let at = words.firstIndex(of: "due"), at > 0, at + 1 < words.count else { return nil }
        // "deposit due from them by friday": theirs to give.
        if words[at + 1] == "from", at + 2 < words.count, !["me", "us"].contains(words[at + 2]) { return nil }
        words = Array(words[..<at])
        if let me = words.firstIndex(of: "me"), me > 0, ["gave", "sent", "assigned", "given"].contains(words[me - 1]) {
            words = Array(words[(me + 1)...])
        }
        while let last = words.last, ["is", "are", "was", "it's", "its"].contains(last) { words.removeLast() }
        guard let first = words.first, !["her", "his", "their", "they", "she", "he", "it", "payment", "rent"].contains(first),
            words.contains(where: { !["a", "an", "the", "my", "our"].contains($0) })
        else { return nil }
        return words.joined(separator: " ")
    }

    /// What they want, as the user's to-do: "they need the security docs" → "the security docs".
    /// "whose experience matches their needs": a need named, not one they asked of the user; so is
    /// the need of others after "who" or "that" ("he'll send me 2 buyers who need pre-approvals").
    static func wantingIsANoun(_ clause: Clause) -> Bool {
        guard let at = clause.earliest(of: wanting), at > 0 else { return false }
        return ["their", "our", "his", "her", "my", "your", "the", "its", "whose", "any", "special", "business", "who", "that"].contains(
            clause.words[at - 1])
    }

    static func wanted(_ clause: Clause, cutting date: DateReading?) -> String {
        var text = what(clause, cutting: date)
        for word in wanting.sorted(by: { $0.count > $1.count }) {
            if let range = text.range(of: word + " ", options: [.caseInsensitive, .anchored]) {
                text.removeSubrange(range)
                break
            }
        }
        return text
    }

    /// Where a phrase starts, in words; the clause's length when it is not there.
    static func position(of phrase: String, in clause: Clause) -> Int {
        let target = phrase.split(separator: " ").map(String.init)
        for index in clause.words.indices where index + target.count <= clause.words.count {
            if Array(clause.words[index..<index + target.count]) == target { return index }
        }
        return clause.words.count
    }

    static let leading: Set<String> = [
        "i", "i'll", "i'm", "i've", "she", "he", "they", "she'll", "he'll", "they'll", "she's", "he's", "they're", "will", "is",
        "are", "going", "to", "gonna", "promised", "agreed", "said", "she'd", "he'd", "they'd", "i'd", "would", "need", "needs",
        "has", "have", "got", "must", "also", "then", "and", "so", "yes", "okay", "basically", "supposed", "just", "definitely",
        "should", "me", "on", "my", "end", "when", "offered", "offering", "volunteered", "ill", "id", "hell", "shell", "well", "hed",
        "shed",
        "theyd", "theyll", "shes", "hes", "theyre",
    ]
    /// Words that end a promise's "what" with a vague when ("whenever i get to it", "asap").
    static let vagueTail: Set<String> = ["whenever", "asap", "eventually", "sometime", "someday"]

    static let trailing: Set<String> = [
        "by", "on", "at", "before", "until", "till", "til", "for", "and", "the", "in", "latest", "no", "later", "than", "then",
    ]

    /// A text without its day and the "by" or "on" before it ("the security doc by fri" →
    /// "the security doc"; "get back to you by wed with numbers" → "get back to you with numbers").
    static func cut(_ day: String?, from text: String) -> String {
        guard let day, let range = text.range(of: day, options: .caseInsensitive) else { return text }
        var head = text[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
        if let last = head.split(separator: " ").last, ["by", "on", "before", "until", "till", "til"].contains(last.lowercased()) {
            head = String(head.dropLast(last.count)).trimmingCharacters(in: .whitespaces)
        }
        let tail = text[range.upperBound...].trimmingCharacters(in: .whitespaces)
        return [head, tail].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The promise in the clause's own words, without who and when: "I owe her the revised
    /// quote by tomorrow" → "the revised quote".
    static func what(_ clause: Clause, cutting date: DateReading?) -> String {
        var words = cut(date?.matched, from: clause.text).split(whereSeparator: { $0.isWhitespace }).map(String.init)
        func bare(_ word: String) -> String {
            let plain = word.lowercased().replacingOccurrences(of: "’", with: "'").trimmingCharacters(in: .punctuationCharacters)
            return Lexicon.spelling[plain] ?? Lexicon.bareContractions[plain] ?? plain
        }
        // "jenna said they'll decide", "i told her ill send it": who spoke, and to whom, is not part of what was promised.
        if words.count > 2, ["said", "says", "told", "mentioned"].contains(bare(words[1])) {
            let toWhom = bare(words[1]) == "told" && words.count > 3 && ["her", "him", "them"].contains(bare(words[2]))
            words.removeFirst(toWhom ? 3 : 2)
        }
        // "raj wants a pre-approval letter", "borrower asked for the loan estimate": who asks is not part of it.
        let asker = words.count > 3 && ["the", "my", "our", "their", "his", "her"].contains(bare(words[0])) ? 2 : 1
        if words.count > asker + 1, ["wants", "needs", "asked", "owes", "promised", "offered"].contains(bare(words[asker])),
            !["i", "we", "i'm", "we're"].contains(bare(words[0]))
        {
            words.removeFirst(asker)
        }
        // "told her I'd dig one up": to whom it was said is not part of it either.
        if words.count > 3, ["told", "promised"].contains(bare(words[0])), ["her", "him", "them"].contains(bare(words[1])) {
            words.removeFirst(2)
        }
        // "their ops manager will send the specs" → "send the specs".
        if let first = words.first, ["their", "his", "her"].contains(bare(first)),
            let modal = words.indices.dropFirst(2).prefix(3).first(where: { ["will", "would", "should", "can"].contains(bare(words[$0])) }),
            modal + 1 < words.count
        {
            words.removeFirst(modal + 1)
        }
        while words.count > 1, leading.contains(bare(words[0])) { words.removeFirst() }
        // "sending a draft" → "send a draft": said as a thing to do.
        if words.count > 1, let base = baseForm(bare(words[0])) { words[0] = base }
        // "check with finance and will get back to me": one subject, no second "will".
        words = words.enumerated().filter { index, word in
            !(index > 0 && ["will", "'ll"].contains(bare(word)) && bare(words[index - 1]) == "and")
        }.map(\.element)
        if words.count > 1, ["owe", "owes"].contains(bare(words[0])) {
            words.removeFirst()
            if words.count > 1, ["her", "him", "them", "me", "us", "you"].contains(bare(words[0])) { words.removeFirst() }
            // "owe sam a thank-you note": the one owed, by name, before what is owed.
            if words.count > 2, ["a", "an", "the", "my", "our", "some", "two", "three"].contains(bare(words[1])) { words.removeFirst() }
        }
        // "send it over and ill look at it": what the speaker does next is not part of what is asked.
        if let then = words.indices.dropFirst().first(where: { index in
            index + 1 < words.count && bare(words[index]) == "and" && ["i'll", "ill", "we'll", "i", "we"].contains(bare(words[index + 1]))
                && (bare(words[index + 1]).hasSuffix("ll") || index + 2 < words.count && bare(words[index + 2]) == "will")
        }) {
            words.removeSubrange(then...)
        }
        // "the org chart whenever", "a comp benchmark asap": when, not what.
        if let vague = words.indices.dropFirst().first(where: { vagueTail.contains(bare(words[$0])) }) { words.removeSubrange(vague...) }
        while words.count > 1, let last = words.last, trailing.contains(bare(last)) || bare(last).isEmpty { words.removeLast() }
        let phrase = words.joined(separator: " ").trimmingCharacters(in: .init(charactersIn: ",;:.!? "))
        // A bare verb says what they owe only as an answer: "decide" → "their decision".
        return bareVerbs[phrase.lowercased()] ?? phrase
    }

    /// The plain form of a verb said with -ing ("sending" → "send", "putting" → "put",
    /// "making" → "make"); nil for a word that is not one.
    static func baseForm(_ word: String) -> String? {
        // "she uploads paystubs tonight" → "upload paystubs".
        if let plain = ["uploads": "upload", "sends": "send", "signs": "sign", "submits": "submit", "faxes": "fax"][word] { return plain }
        guard word.hasSuffix("ing"), word.count > 5 else { return nil }
        var stem = String(word.dropLast(3))
        if let last = stem.last, stem.count > 2, stem.dropLast().last == last, !"lsz".contains(last) { stem.removeLast() }
        return eStems.contains(stem) ? stem + "e" : stem
    }

    /// Stems whose plain form ends in a silent e.
    static let eStems: Set<String> = [
        "mak", "writ", "tak", "prepar", "shar", "schedul", "clos", "arrang", "finaliz", "finalis", "organiz", "organis", "secur",
        "decid", "provid", "introduc", "updat", "revis", "us", "giv", "hav", "creat", "compar", "issu", "reserv", "figur",
        "continu", "circl", "negotiat", "sav", "releas", "purchas", "approv", "mov", "complet", "coordinat", "com", "leav", "serv",
        "receiv", "driv", "not", "quot", "pric", "rat", "invit", "conclud", "includ",
    ]

    static let bareVerbs = [
        "decide": "the decision", "decide on it": "the decision", "confirm": "a confirmation", "get back to me": "an answer",
        "let me know": "an answer", "get back": "an answer", "review it": "the review", "think about it": "an answer",
    ]
}
