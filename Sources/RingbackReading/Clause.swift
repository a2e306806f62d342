/// One clause of an answer: its words (lower-cased, for matching), its text as typed, and
/// whom it is about.
struct Clause: Equatable {
    enum Subject: Equatable {
        /// The user: "I", "I'll", "I'm", or no subject before an action ("sending the contract today").
        case me
        /// The contact: "she", "he", "they".
        case them
        /// Someone else who answered: "his assistant", "the receptionist".
        case gatekeeper
        /// Both sides: "we".
        case we
        case unknown
    }

    /// As typed.
    let text: String
    /// Lower-cased, apostrophes straight, padded with spaces: " she'll send it friday ".
    let padded: String
    let words: [String]
    /// Every run of one to six words, for constant-time phrase lookups.
    let runs: Set<String>
    var subject: Subject
    /// Split off at "and" before a verb ("she'll check with legal and send redlines"): same subject.
    var continuesSubject = false

    init(_ text: String, subject: Subject) {
        self.text = text
        let normal = Clause.normalize(text)
        words = normal
        padded = " " + normal.joined(separator: " ") + " "
        var runs = Set<String>()
        for start in normal.indices {
            var run = ""
            for end in start..<min(normal.count, start + Self.longestPhrase) {
                run += (end == start ? "" : " ") + normal[end]
                runs.insert(run)
            }
        }
        self.runs = runs
        self.subject = subject
    }

    /// The most words a phrase in the lexicon has.
    static let longestPhrase = 6

    func has(_ phrase: String) -> Bool { runs.contains(phrase) }
    func has(any phrases: [String]) -> Bool { phrases.contains { has($0) } }
    /// The first phrase of `phrases` in the clause.
    func first(of phrases: [String]) -> String? { phrases.first { has($0) } }

    /// Where the earliest of `phrases` starts, in words; nil when none is there.
    func earliest(of phrases: [String]) -> Int? {
        phrases.filter { has($0) }.map { Promises.position(of: $0, in: self) }.min()
    }

    /// Lower-cased words, curly apostrophes straightened, shorthand spelled out ("w/" → "with").
    static func normalize(_ text: String) -> [String] {
        var words: [String] = []
        let lowered = text.lowercased().replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "w/", with: "with ")
            .replacingOccurrences(of: "b/c", with: "because ")
        for raw in lowered.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == ":" || $0 == "/" || $0 == "-") }) {
            var word = String(raw).trimmingCharacters(in: .init(charactersIn: "'-:/"))
            if word.isEmpty { continue }
            word = Lexicon.spelling[word] ?? word
            words.append(contentsOf: word.split(separator: " ").map(String.init))
        }
        // "ill send it friday", "shell think about it": a contraction typed without its
        // apostrophe, read as one where a verb follows ("she's ill" and "well done" stay), or
        // after "said" ("she said shell upload the paystubs").
        for index in words.indices.dropLast() {
            if let contraction = Lexicon.bareContractions[words[index]],
                Lexicon.verbsAfterContraction.contains(words[index + 1]) || (index > 0 && ["said", "says"].contains(words[index - 1]))
            {
                words[index] = contraction
            }
        }
        return words
    }
}

/// Splits an answer into clauses and works out whom each is about.
enum ClauseSplitter {
    static func clauses(_ text: String) -> [Clause] {
        var pieces: [(text: String, continues: Bool)] = []
        var current = ""
        var continues = false
        func flush(continuing: Bool = false) {
            let trimmed = current.trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty { pieces.append((trimmed, continues)) }
            current = ""
            continues = continuing
        }
        let characters = Array(text)
        // "email from jake: ill send an invite": what follows is Jake's words, his "I".
        let quoted = Self.quotesThem(text)
        var index = 0
        while index < characters.count {
            let ch = characters[index]
            // "on a call w/ the hr lead: she's sending the comp band": a colon ends what came before it.
            let colon = ch == ":" && !quoted && index + 1 < characters.count && characters[index + 1] == " "
            if ".!?;\n".contains(ch) || (ch == "," && !Self.commaInsideDate(characters, index)) || colon {
                // "9.30", "5.5": a dot between digits stays.
                if ch == ".", index > 0, index + 1 < characters.count, characters[index - 1].isNumber, characters[index + 1].isNumber {
                    current.append(ch)
                } else {
                    flush()
                }
                index += 1
                continue
            }
            if ch == " ", let joiner = Self.joiner(characters, index) {
                flush(continuing: joiner.continuing)
                index += joiner.length
                continue
            }
            current.append(ch)
            index += 1
        }
        flush()
        var clauses: [Clause] = []
        var previous = Clause.Subject.unknown
        var requested = false
        for piece in pieces {
            var clause = Clause(piece.text, subject: .unknown)
            clause.continuesSubject = piece.continues
            var subject = subject(of: clause)
            if let first = clause.words.first, ["said", "says", "told", "mentioned", "added"].contains(first), subject != .me {
                // "assistant took my number, said he'd call back": the one who spoke before.
                subject = previous == .unknown ? .them : previous
            } else if subject == .unknown, let first = clause.words.first, Lexicon.userActs.contains(first) {
                // "pinged him again by email": what the user did, whoever the clause before was about.
                subject = .me
            } else if subject == .unknown, piece.continues, requested {
                // "she said to call back after the holidays and send the deck": asked of the user.
                subject = .me
            } else if subject == .unknown, piece.continues, previous != .unknown {
                subject = previous
            } else if subject == .unknown {
                if startsWithAction(clause) || Self.isOwnNeed(clause) {
                    subject = .me
                } else if let first = clause.words.first, Lexicon.continuations.contains(first) {
                    // "will send by dec 3": whoever the clause before was about, else the user;
                    // after what they want ("she wants to see the org chart, will shoot it over"), the user.
                    let answersAWant =
                        previous == .them && clauses.last?.has(any: ["wants", "want", "asked for", "needs", "would like"]) == true
                    // "her deputy emailed to say they're still committed and will send dates": the
                    // one the clause it goes on from was about.
                    let aboutThem =
                        piece.continues && previous == .unknown
                        && clauses.last?.words.contains { ["she", "he", "they", "she's", "he's", "they're"].contains($0) } == true
                    subject = aboutThem ? .them : previous == .unknown || answersAWant ? .me : previous
                } else {
                    subject = previous
                }
            }
            if quoted, subject == .me { subject = .them }
            clause.subject = subject
            previous = subject
            requested = subject != .me && clause.has(any: Self.askedOfUser) || (requested && piece.continues)
            clauses.append(clause)
        }
        return clauses
    }

    /// An answer that opens by quoting a message of theirs: "email from jake: ...", "text from
    /// dana: ...", "his reply:".
    static func quotesThem(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let head = text[..<colon].lowercased().split(separator: " ").map(String.init)
        guard (2...6).contains(head.count) else { return false }
        let messages: Set<String> = [
            "email", "text", "txt", "msg", "message", "reply", "note", "voicemail", "vm", "dm", "whatsapp", "inmail",
        ]
        if let from = head.firstIndex(of: "from"), from > 0, messages.contains(head[from - 1]) { return true }
        return head.count == 2 && ["his", "her", "their"].contains(head[0]) && messages.contains(head[1])
    }

    /// Words that ask something of the user: what follows them, and an "and" after, is theirs to do.
    static let askedOfUser = ["said to", "says to", "asked me to", "told me to", "wants me to", "asked to", "asked that i"]

    /// Words that join two clauses: " and she", " but ", " so ", " then ", " because ", " - ".
    private static func joiner(_ characters: [Character], _ index: Int) -> (length: Int, continuing: Bool)? {
        let rest = String(characters[index..<min(characters.count, index + 12)]).lowercased()
        for word in [" but ", " so ", " then ", " because ", " - ", " – ", " though ", " although ", " plus "] where rest.hasPrefix(word) {
            return (word.count - 1, false)
        }
        // " and " only before a new subject or what they said: "pricing and terms" stays together.
        if rest.hasPrefix(" and ") || rest.hasPrefix(" & ") {
            let length = rest.hasPrefix(" & ") ? 2 : 4
            let after = rest.dropFirst(length + 1).split(separator: " ").first.map(String.init) ?? ""
            if Lexicon.subjectWords[after.replacingOccurrences(of: "’", with: "'")] != nil { return (length, false) }
            // "she interviewed ana today and will send feedback by fri": what the same subject will do next.
            if Lexicon.actionStarts.contains(after)
                || ["said", "told", "asked", "want", "wants", "need", "needs", "will", "should", "gonna"].contains(after)
            {
                return (length, true)
            }
        }
        // " + " joins two things ("deck + cap table by monday") unless a new subject or action follows.
        if rest.hasPrefix(" + ") {
            let after = rest.dropFirst(3).split(separator: " ").first.map(String.init) ?? ""
            if Lexicon.subjectWords[after.replacingOccurrences(of: "’", with: "'")] != nil || Lexicon.actionStarts.contains(after)
                || after.hasSuffix("ed")
            {
                return (2, false)
            }
        }
        return nil
    }

    /// A comma inside "Thu, Dec 21" or "December 21, 2027" stays.
    private static func commaInsideDate(_ characters: [Character], _ index: Int) -> Bool {
        let before = String(characters[max(0, index - 9)..<index]).lowercased().split(separator: " ").last.map(String.init) ?? ""
        let after = String(characters[(index + 1)..<min(characters.count, index + 7)]).trimmingCharacters(in: .whitespaces)
        if Lexicon.weekdayNames.contains(before), let first = after.first,
            first.isNumber || Lexicon.monthPrefixes.contains(where: after.lowercased().hasPrefix)
        {
            return true
        }
        return before.first?.isNumber == true && after.count == 4 && after.allSatisfy(\.isNumber)
    }

    static func subject(of clause: Clause) -> Clause.Subject {
        // "on me to send the timeline", "my end: pricing".
        if clause.has(any: ["on me", "on my end", "on my side", "my job to"]) { return .me }
        // "asked me to circle back", "told me to call friday": the contact speaking.
        if let first = clause.words.first, ["asked", "told", "wants", "wanted"].contains(first), clause.words.dropFirst().first == "me" {
            return .them
        }
        // "told him I'd submit him today": the user speaking.
        if let first = clause.words.first, ["told", "asked", "promised"].contains(first),
            let second = clause.words.dropFirst().first, ["him", "her", "them"].contains(second)
        {
            return .me
        }
        // "Beth will send the vendor forms", "Jim wants to reconvene": someone named, typed
        // with a capital, then what they do.
        if let name = clause.text.split(separator: " ").first, name.first?.isUppercase == true, name != "I",
            Lexicon.subjectWords[name.lowercased()] == nil, clause.words.count > 1, Self.namedSubjectVerbs.contains(clause.words[1])
        {
            return .them
        }
        // "raj wants a pre-approval letter by fri": a name typed in lower case, then what they ask.
        if clause.words.count > 1, Self.askingVerbs.contains(clause.words[1]), Lexicon.subjectWords[clause.words[0]] == nil,
            !Self.notSomeone.contains(clause.words[0])
        {
            return .them
        }
        // "their IT lead will provision a sandbox", "her ops manager said": someone of theirs, by role.
        if let first = clause.words.first, ["their", "his", "her"].contains(first),
            clause.words.dropFirst(2).prefix(3).contains(where: Self.namedSubjectVerbs.contains),
            !Lexicon.gatekeeperNouns.contains(clause.words.dropFirst().first ?? "")
        {
            return .them
        }
        // "interested but needs to check w his CFO": a verb said of them opens the clause (the
        // user writes "need to").
        let lead = clause.words.drop { ["but", "and", "so", "interested", "though"].contains($0) }
        if lead.first == "needs", lead.dropFirst().first == "to" { return .them }
        // "recruiter will send...", "the client said...".
        let opening = clause.words.first.map { ["the", "my", "our", "their"].contains($0) } == true ? 1 : 0
        if clause.words.count > opening, Lexicon.contactNouns.contains(clause.words[opening]) { return .them }
        for (index, word) in clause.words.prefix(4).enumerated() {
            if let subject = Lexicon.subjectWords[word] {
                // "his assistant", "her colleague": the possessive is not the subject.
                if subject == .them, index + 1 < clause.words.count, Lexicon.gatekeeperNouns.contains(clause.words[index + 1]) {
                    return .gatekeeper
                }
                return subject
            }
            if Lexicon.gatekeeperNouns.contains(word) { return .gatekeeper }
        }
        return .unknown
    }

    /// What follows a name that opens a clause when the name is who does it.
    static let namedSubjectVerbs: Set<String> = [
        "will", "would", "wants", "wanted", "said", "says", "promised", "agreed", "needs", "is", "was", "has", "asked", "told",
        "sends", "sent", "offered", "mentioned", "thinks", "expects", "owes", "should", "can", "could",
    ]

    /// What a person does, not a thing, after a word that opens a clause ("raj wants", "sam said").
    static let askingVerbs: Set<String> = ["wants", "needs", "asked", "promised", "offered", "owes", "said", "says", "told", "mentioned"]

    /// Words before those verbs that are no person ("it said", "nobody wants").
    static let notSomeone: Set<String> = [
        "it", "that", "this", "which", "who", "what", "nobody", "noone", "everyone", "everybody", "no", "and", "but", "so", "just",
        "also", "then", "email", "message", "text", "letter", "site", "form", "system", "app", "website", "portal",
    ]

    /// "need to get our offer in", "have to send refs": what the user must do, note style.
    static func isOwnNeed(_ clause: Clause) -> Bool {
        let start = clause.words.prefix(2)
        return [["need", "to"], ["have", "to"], ["got", "to"], ["must"]].contains { start.starts(with: $0) }
    }

    /// "sending the contract today", "send pricing", "owe her a quote": the user's own note-taking style.
    static func startsWithAction(_ clause: Clause) -> Bool {
        guard let first = clause.words.first else { return false }
        return Lexicon.actionStarts.contains(first)
    }
}
