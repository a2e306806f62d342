/// Finds a person the contact pointed to: "talk to Jim Park in procurement instead".
enum Referral {
    static let leads = [
        "talk to", "talk with", "speak to", "speak with", "reach out to", "get in touch with", "contact", "referred me to",
        "pointed me to", "passed me to", "sent me to", "redirected me to", "introduce me to", "introduced me to", "intro to",
        "connect with", "connected me with", "go to", "loop in", "call", "email", "intro me to", "introduce me to",
        "put me in touch with", "in touch with", "forwarded me to", "connect me with", "ping", "try", "cc'd", "cced", "copied in",
        "connected me with",
    ]
    /// Words that make "talk to X" a referral rather than a plan with the contact.
    static let cues = [
        "instead", "referred", "pointed", "redirected", "passed me", "sent me", "introduce", "introduced", "intro", "right person",
        "best person", "the person", "handles", "in charge", "decision maker", "decision-maker", "owns", "go to", "better to",
        "should talk", "should speak", "should contact", "in procurement", "in finance", "in legal", "in hr", "from procurement",
        "from finance", "on the team", "loop in", "said speak", "said talk", "said to talk", "said to speak", "said contact",
        "said to contact", "said email", "said to email", "said go", "said to go", "said to reach", "in the meantime", "meantime",
        "replacement", "took over", "colleague", "friend", "in touch with", "forwarded me", "not his call", "not her call",
        "told us to", "told me to talk", "told me to contact", "contact", "counterpart", "head of", "vp of", "intro me",
        "who's hiring", "whos hiring", "runs", "directly", "said reach", "said ping", "said call", "said try", "suggested", "cc'd",
        "cced", "copied in", "is who", "wrong person", "not the right person", "go there", "goes to",
    ]

    /// "she pointed me to their cto", "raj sent me a referral!! Priya Shah": a referral whose name
    /// may come in the next clause.
    static func pointsSomewhere(_ clause: Clause) -> Bool {
        clause.has(any: [
            "pointed me to", "referred me to", "passed me to", "sent me to", "introduced me to", "redirected me to", "connected me with",
            "put me in touch with", "goes to", "sent me a referral", "gave me a referral", "sent over a referral", "a new referral",
        ])
    }

    /// A first and last name, and nothing else: "dale booker", not "no date yet" or "keen".
    static func fullName(_ clause: Clause) -> Bool {
        clause.words.count == 2 && !clause.words.contains { commonWords.contains($0) || Lexicon.vague.contains($0) }
    }

    /// A clause that ends on a person's role: "secretary said the facilities mgr", "her daughter".
    static func endsWithRole(_ clause: Clause) -> Bool {
        // Not inside a bracket: "raj mehta (ops lead, pellman distribution)" describes Raj.
        let open = clause.text.filter { $0 == "(" }.count > clause.text.filter { $0 == ")" }.count
        return !open && clause.words.last.map { personRoles.contains($0) } == true
    }

    /// A clause that says what someone is in charge of: "handles the hvac contracts".
    static func startsWithDuty(_ clause: Clause) -> Bool {
        duties.contains { duty in clause.words.starts(with: duty.split(separator: " ").map(String.init)) }
    }

    static let duties = [
        "handles", "owns", "runs", "makes the call", "makes the calls", "signs off", "decides", "is who", "is the one", "manages",
        "is in charge", "takes care of", "looks after", "does",
    ]

    /// "they said finance director kate morrow signs off on it": a role, two name words, what
    /// they are in charge of.
    static func dutyName(in clause: Clause, excluding contactNames: Set<String>) -> String? {
        let words = clause.words
        for duty in duties {
            let at = Promises.position(of: duty, in: clause)
            guard at >= 3, at < words.count, personRoles.contains(words[at - 3]) else { continue }
            let name = Array(words[(at - 2)..<at])
            guard
                name.allSatisfy({
                    $0.allSatisfy(\.isLetter) && !commonWords.contains($0) && !Lexicon.notNames.contains($0) && !stopWords.contains($0)
                        && !roleWords.contains($0)
                }),
                !name.allSatisfy(contactNames.contains)
            else { continue }
            return name.map { original($0, in: clause.text) }.joined(separator: " ")
        }
        return nil
    }

    /// A clause that is only a name: "Raj Patel".
    static func bareName(_ clause: Clause, excluding contactNames: Set<String>) -> String? {
        guard (1...3).contains(clause.words.count), clause.words.allSatisfy({ $0.allSatisfy(\.isLetter) }),
            !clause.words.contains(where: { Lexicon.notNames.contains($0) || stopWords.contains($0) || contactNames.contains($0) })
        else { return nil }
        return clause.words.map { original($0, in: clause.text) }.joined(separator: " ")
    }

    /// `lowerCaseTyping`: the whole answer has no capital, so a name cannot be told by one.
    static func name(in clause: Clause, excluding contactNames: Set<String>, lowerCaseTyping: Bool = false) -> String? {
        if let name = dutyName(in: clause, excluding: contactNames) { return name }
        guard clause.has(any: cues) else { return nil }
        for lead in leads where clause.has(lead) {
            var start = Promises.position(of: lead, in: clause) + lead.split(separator: " ").count
            // "his colleague Nina Patel", "their cto, Raj Patel": past the role to the name, if one is typed with capitals.
            var skipped = false
            var person = false
            while start < clause.words.count, roleWords.contains(clause.words[start]) {
                person = person || personRoles.contains(clause.words[start])
                start += 1
                skipped = true
            }
            // Someone who types in lower case throughout ("her head of growth ben adler") cannot be
            // asked for capitals: a first and last name after a person's role will do.
            let unmarked = lowerCaseTyping && person
            var picked: [String] = []
            for word in clause.words.dropFirst(start) {
                if skipped, !unmarked,
                    original(word, in: clause.text) != word.prefix(1).uppercased() + word.dropFirst()
                        || !typedCapitalized(word, in: clause.text)
                {
                    break
                }
                guard picked.count < 3,
                    word.allSatisfy(\.isLetter) || word.contains("'") == false && word.allSatisfy({ $0.isLetter || $0 == "-" }),
                    !Lexicon.notNames.contains(word), !Lexicon.weekdayNames.contains(word), !stopWords.contains(word)
                else { break }
                picked.append(word)
            }
            guard !picked.isEmpty, !picked.allSatisfy(contactNames.contains) else { continue }
            if skipped, unmarked, picked.count != 2 || picked.contains(where: { commonWords.contains($0) }) { continue }
            // "try after lunch", "ping her colleague about it": a plan, unless what follows is typed as a name.
            if ["try", "ping", "call", "email", "contact"].contains(lead),
                !picked.contains(where: { typedCapitalized($0, in: clause.text) }),
                picked.count < 2 || picked.contains(where: { commonWords.contains($0) })
            {
                continue
            }
            return picked.map { original($0, in: clause.text) }.joined(separator: " ")
        }
        return nil
    }

    static let roleWords: Set<String> = [
        "his", "her", "their", "our", "my", "the", "a", "colleague", "boss", "manager", "cto", "ceo", "cfo", "coo", "vp", "director",
        "head", "lead", "partner", "coworker", "co-worker", "assistant", "friend", "counterpart", "peer", "contact", "of",
        "replacement", "growth", "eng", "engineering", "product", "sales", "marketing", "ops", "operations", "finance", "hr",
        "procurement", "data", "design", "it", "accountant", "associate", "one", "partners", "new", "old", "former", "cofounder",
        "co-founder", "founder", "attorney", "lawyer", "daughter", "son", "wife", "husband", "buddy", "mgr", "recruiter", "broker",
        "agent", "owner", "sellers", "seller's", "hiring", "practice", "facilities", "talent", "underwriting", "ta", "recruiting",
        "people", "acquisition", "tech", "teammate", "estimator", "scout", "cpa", "superintendent", "classmate", "advisor",
        "analyst", "principal", "controller", "banker", "planner", "coordinator", "neighbor", "neighbour", "brother", "sister",
        "cousin", "client",
    ]

    /// Role words that stand for a person ("her colleague", "his replacement"), not a team or a thing.
    static let personRoles: Set<String> = [
        "colleague", "boss", "manager", "cto", "ceo", "cfo", "coo", "vp", "director", "head", "partner", "coworker", "co-worker",
        "assistant", "friend", "counterpart", "peer", "replacement", "accountant", "associate", "cofounder", "co-founder", "founder",
        "attorney", "lawyer", "daughter", "son", "wife", "husband", "buddy", "mgr", "recruiter", "broker", "agent", "owner", "lead",
        "teammate", "estimator", "scout", "cpa", "superintendent", "classmate", "advisor", "analyst", "principal",
        "controller", "banker", "planner", "coordinator", "neighbor", "neighbour", "brother", "sister", "cousin", "client",
    ]

    /// Words that follow "try" or "ping" in a plan, never a name.
    static let commonWords: Set<String> = [
        "after", "before", "around", "lunch", "morning", "afternoon", "evening", "cell", "mobile", "office", "desk", "line",
        "number", "again", "later", "tomorrow", "tonight", "week", "month", "early", "late", "end", "start", "mid", "once", "when",
        "direct", "personal", "work", "home", "other", "main", "first", "second", "third", "last", "too", "also", "instead",
    ]

    static func typedCapitalized(_ word: String, in text: String) -> Bool {
        text.split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "'" }).contains { $0.lowercased() == word && $0.first!.isUppercase }
    }

    static let stopWords: Set<String> = [
        "in", "from", "at", "instead", "about", "for", "who", "on", "next", "and", "or", "but", "because", "since", "as", "if",
        "over", "there", "directly", "first", "then", "asap", "please", "is", "was", "will", "would", "can", "could", "re",
        "who", "whos", "who's", "she", "he", "they", "to", "by", "with", "after", "before", "when", "once",
    ]

    /// The word as typed when it has capitals ("McAllister"), else capitalized ("jim" → "Jim").
    static func original(_ word: String, in text: String) -> String {
        for piece in text.split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "'" }) where piece.lowercased() == word {
            if piece.contains(where: \.isUppercase) { return String(piece) }
        }
        return word.prefix(1).uppercased() + word.dropFirst()
    }
}
