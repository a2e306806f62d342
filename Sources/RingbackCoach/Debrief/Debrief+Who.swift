import RingbackContent
import RingbackCore
import RingbackReading

/// Phase 1, who the call was with: the open first question ("Who was it, and what
/// happened?"), a forgiving match by name and company, a pick among several, a near miss
/// offered before a duplicate is made, or a new contact with its company and context.
extension Debrief {
    enum WhoStep: Equatable, Sendable {
        /// "Who was it, and what happened?": a name, a name and the story, or just the story.
        case open
        case who
        case pick([Contact])
        /// A near miss: "did you mean Dana Ruiz (Acme)?"
        case didYouMean(Contact)
        case confirmNew
        case context

        var takesFreeText: Bool { self == .open || self == .who || self == .context }
    }

    mutating func answer(_ text: String, at step: WhoStep) -> Reply {
        // "nope", "nvm" where a name was asked: there is no call to tell, not a contact named Nope.
        if step == .open || step == .who, Self.nothingToTell(text) { return endOfInput() }
        switch step {
        case .open: return open(text)
        case .who: return who(text)
        case .pick(let candidates): return pick(text, candidates)
        case .didYouMean(let close):
            if text.lowercased() == "new" { return go(.who(.context)) }
            return confirm(text) { debrief, yes in yes ? debrief.picked(close) : debrief.go(.who(.confirmNew)) }
        case .confirmNew:
            // Enter adds them, as the question says.
            return confirm(text.isEmpty ? "y" : text) { debrief, yes in
                yes ? debrief.go(.who(.context)) : debrief.go(.who(.who))
            }
        case .context:
            let context = ContactContext(loose: text) ?? Understanding.words(text).lazy.compactMap(ContactContext.init(loose:)).first
            draft.context = context ?? guessedContext
            return leaveWho(before: context == nil && !text.isEmpty ? [say(.filedUnderSales, ["context": guessedContext.rawValue])] : [])
        }
    }

    func prompt(_ step: WhoStep) -> String {
        switch step {
        case .open: return say(.open)
        case .who: return say(.who)
        case .pick(let candidates): return say(.whoPick, ["list": Self.numbered(candidates.map(\.label))])
        case .didYouMean(let close): return say(.whoDidYouMean, ["label": close.label])
        case .confirmNew: return say(.whoUnknown, ["name": draft.company.map { "\(name) (\($0))" } ?? name])
        case .context: return say(.context, ["context": guessedContext.rawValue])
        }
    }

    /// The first answer: whom it names (at its head, or anywhere), and the rest read as what happened.
    private mutating func open(_ said: String) -> Reply {
        guard !said.isEmpty else { return reply([prompt()]) }
        if Self.noName(said) { return reply([say(.whoNeeded), prompt()]) }
        // A pasted message: "Hi Sam," greets the user; the one who signed it wrote it. Unsigned,
        // the name is asked, unless someone known is named ("hey dana, she called back").
        let signer = Self.signer(of: said)
        if Self.opensWithGreeting(said), signer != nil || Self.story(of: said, people: people).named == nil {
            draft.pasted = true
            draft.email = said.matches(of: /[\w.+-]+@[\w-]+(\.[\w-]+)+/).last.map { String($0.output.0) }
            guard let signer else {
                draft.pending = said
                return reply([say(.whoStoryKept), prompt()])
            }
            return open(signer + " - " + said)
        }
        let text = Self.spelledOut(said)
        // "yeah tom said call thursday", "ok so, dana called back": the name comes after the filler.
        let head = Self.head(of: Self.withoutFiller(text)).0
        // The story is read as `understand` reads it (`story(of:people:)`).
        let told = Self.story(of: said, people: people)
        // "tom hardy vm again" is not Tom Okafor: a first name alone gives way to a full name typed.
        // "Tom Baker at Stackly, ...": a full name typed at the head is that person, not the one Tom known.
        let typedName =
            Self.nameAfterLeadIn(head).flatMap { looksLikeName($0) ? $0 : nil } ?? nameThenStory(head)?.0
            ?? (looksLikeName(head) ? head : nil)
        let otherFullName =
            typedName.map { name in
                NameWithCompany.parse(name).name.split(separator: " ").count > 1
                    && told.named.map { !Self.padded(text).contains(" \($0.key) ") } == true
            } ?? false
        if !otherFullName, let known = told.named.flatMap({ read($0.id) }) {
            draft.pending = told.story
            return picked(known)
        }
        if let (name, story) = nameInSentence(text) {
            draft.pending = story
            draft.phone = Self.phone(in: Self.head(of: Self.withoutFiller(text)).0)
            return who(name)
        }
        // The story without a name: ask for it, and read the story after.
        draft.pending = text
        return go(.who(.who))
    }

    /// The name a sentence starts with or names after what was done, and the story it tells.
    private func nameInSentence(_ text: String) -> (name: String, story: String)? {
        let (typedHead, rest) = Self.head(of: Self.withoutFiller(text))
        // "Frank Russo 818-555-0147 - left a vm": the number is no part of the name.
        let head =
            Self.phone(in: typedHead).map { typedHead.replacingOccurrences(of: $0, with: " ") }
            .map { $0.split(separator: " ").joined(separator: " ") } ?? typedHead
        if looksLikeName(head) { return (head, rest) }
        // "just called Dana Ruiz from Acme, ...", "quick call with dave kim": the name after
        // words that say what was done; the whole answer is read as the story, since those
        // words tell it too.
        if let named = Self.nameAfterLeadIn(head), looksLikeName(named) { return (named, text) }
        // "tom hardy vm again", "priya patel (helix bio) picked up": a name, then the story.
        if let (name, story) = nameThenStory(head) { return (name, [story, rest].filter { !$0.isEmpty }.joined(separator: ", ")) }
        return nil
    }

    /// The text without the interjections people open with ("yeah", "ok so", "um,").
    static func withoutFiller(_ text: String) -> String {
        var rest = Substring(text)
        while let word = rest.split(separator: " ", maxSplits: 1).first,
            fillers.contains(word.lowercased().trimmingCharacters(in: .punctuationCharacters)), word.count < rest.count
        {
            rest = rest.dropFirst(word.count).drop { $0 == " " || $0 == "," }
        }
        return String(rest)
    }

    static let fillers: Set<String> = [
        "yeah", "yea", "ya", "yep", "yup", "ok", "okay", "k", "so", "well", "um", "uh", "umm", "hmm", "ugh", "oh", "alright", "right",
        "anyway", "anyways", "lol", "haha", "hey", "soo", "sooo", "welp",
    ]

    /// "idk", "not sure": no name to keep the debrief under.
    static func noName(_ text: String) -> Bool {
        Understanding.words(text).count <= 3 && Understanding.dontKnow(text)
    }

    /// A short no ("nope", "no", "nothing") or "never mind".
    static func nothingToTell(_ text: String) -> Bool {
        let words = Understanding.words(text)
        return (Understanding.yesNo(text) == false && words.count <= 2 && !Understanding.dontKnow(text))
            || ["nvm", "never mind", "nevermind", "nm", "forget it"].contains(words.joined(separator: " "))
    }

    private mutating func who(_ said: String) -> Reply {
        guard !said.isEmpty else { return reply([prompt()]) }
        if Self.noName(said) || said.lowercased() == "debrief" { return reply([say(.whoNeeded), prompt()]) }
        // "left a vm for Jamal Reed at Summit Freight" where only a name was asked: the name in
        // it, and the rest kept as the story, as the first answer would be read.
        if step == .who(.who), !looksLikeName(said), let (name, story) = nameInSentence(Self.spelledOut(said)), name != said {
            draft.pending = [draft.pending, story].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ". ")
            return who(name)
        }
        let text = leadingName(said)
        var named = NameWithCompany.parse(text)
        // "recruiter sam lee": the job title is no part of the name.
        named.name = ContactName.withoutRole(named.name)
        // A sentence typed or pasted where a name was asked ("she said to call back after the
        // holidays"): kept as part of the story, and the name asked again.
        if named.name.split(separator: " ").count > Self.longestName, step == .who(.who) {
            draft.pending = [draft.pending, text].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ". ")
            return reply([say(.whoStoryKept), prompt()])
        }
        if let problem = ContactName.problem(with: named.name) {
            return reply([say(.badName, ["problem": problem.prefix(1).uppercased() + problem.dropFirst()]), prompt()])
        }
        // Typed all in lower case, a name reads as people write it ("maria lopez" → "Maria Lopez").
        name = ContactName.capitalized(named.name)
        draft.company = (named.company ?? Self.companyInRole(draft.pending ?? "") ?? Self.companyAfter(named.name, in: draft.pending ?? ""))
            .map(ContactName.capitalized)
        switch named.match(in: people) {
        case .found(let entry):
            if let found = read(entry.id) { return picked(found) }
            return go(.who(.confirmNew))
        case .ambiguous(let entries): return go(.who(.pick(entries.prefix(9).compactMap { read($0.id) })))
        case .none:
            // A near miss ("Dnaa") is offered before a duplicate is made.
            if let close = NameMatcher.closest(named.name, in: people, key: \.key).flatMap({ read($0.id) }) {
                return go(.who(.didYouMean(close)))
            }
            return go(.who(.confirmNew))
        }
    }

    /// The context the words told so far suggest for a new contact: a recruiter, an interview
    /// or a résumé is job search; a coffee chat, a former colleague or an intro is networking.
    var guessedContext: ContactContext {
        let told = " " + Understanding.words([draft.pending ?? "", draft.note].joined(separator: " ")).joined(separator: " ") + " "
        let job = [
            " recruiter ", " interview ", " hiring ", " resume ", " cv ", " role ", " position ", " job ", " application ",
            " phone screen ", " offer letter ", " hm ", " rejection ", " candidates ",
        ]
        let networking = [
            " coffee ", " coworker ", " co-worker ", " colleague ", " mentor ", " classmate ", " intro ", " catch up ", " alum ",
        ]
        if job.contains(where: told.contains) { return .jobSearch }
        if networking.contains(where: told.contains) { return .networking }
        return .sales
    }

    /// "hiring mgr at acme said...": the company of a role told right after the name.
    static func companyInRole(_ story: String) -> String? {
        let words = story.lowercased().split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        guard let at = words.prefix(5).firstIndex(where: { ["at", "from", "@"].contains($0) }), at > 0, at + 1 < words.count,
            words.prefix(at).allSatisfy({ ContactName.isRole($0) })
        else { return nil }
        return words[at + 1].trimmingCharacters(in: .punctuationCharacters)
    }

    /// "emailed james whitfield vp eng at corvid": the company of the title told right after the name.
    static func companyAfter(_ name: String, in story: String) -> String? {
        guard !name.isEmpty, let range = story.range(of: name, options: .caseInsensitive) else { return nil }
        return companyInRole(String(story[range.upperBound...]))
    }

    /// "tom okafor ugh i just said": the name, without what was said after it.
    private func leadingName(_ text: String) -> String {
        let words = text.split(separator: " ").map(String.init)
        let stops = Self.fillers.union(["i", "i'm", "im", "just", "said", "already", "told", "lol", "again", "you", "like"])
        guard let end = words.indices.dropFirst().first(where: { stops.contains(words[$0].lowercased()) }) else { return text }
        let name = words.prefix(end).joined(separator: " ")
        return looksLikeName(name) ? name : text
    }

    private mutating func pick(_ text: String, _ candidates: [Contact]) -> Reply {
        if text.lowercased() == "new" { return go(.who(.context)) }
        if let n = Int(text), (1...candidates.count).contains(n) { return picked(candidates[n - 1]) }
        if case .found(let found) = NameMatcher.match(text, in: candidates, name: \.name) { return picked(found) }
        return reply([prompt()])
    }

    mutating func picked(_ found: Contact) -> Reply {
        contact = found
        return leaveWho(before: [say(.contactPicked, ["label": found.label])])
    }

    /// On to what happened: the story already told is read now, else the question is asked.
    private mutating func leaveWho(before: [String]) -> Reply {
        guard let story = draft.pending, !story.isEmpty else { return finish(.who, before: before) }
        draft.pending = nil
        step = .outcome(.whatHappened(clarified: false))
        var next = answer(story, at: .whatHappened(clarified: false))
        next.lines = before + next.lines
        return next
    }

    /// "Dana Ruiz from Acme, talked to her..." → ("Dana Ruiz from Acme", "talked to her..."),
    /// cut at the earliest separator ("Dana Ruiz from Acme. we talked, she..." at the full stop).
    static func head(of text: String) -> (String, String) {
        // Not inside a bracket: "mike torres (angel, ex-stripe), ..." is cut after the bracket.
        func open(_ range: Range<String.Index>) -> Bool {
            let before = text[..<range.lowerBound]
            return before.filter { $0 == "(" }.count > before.filter { $0 == ")" }.count
        }
        let cuts = [", ", " - ", ": ", "; ", ". ", " – "].flatMap { text.ranges(of: $0) }.filter { !open($0) }
        guard let range = cuts.min(by: { $0.lowerBound < $1.lowerBound }) else { return (text, "") }
        let head = String(text[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
        return (head, String(text[range.upperBound...]).trimmingCharacters(in: .whitespaces))
    }

    /// Who a first answer names among the known people and the story it tells: a name (and
    /// company) at its head is taken out ("Dana Ruiz from Acme. we talked..." → "we talked..."),
    /// a person mentioned anywhere leaves the answer whole. `understand` calls this too, so an
    /// answer is read one way in both.
    public static func story(of said: String, people: [ContactBook.Entry]) -> (named: ContactBook.Entry?, story: String) {
        let text = spelledOut(said)
        let (head, rest) = head(of: text)
        let named = NameWithCompany.parse(head)
        // The story as typed ("lvm w raj", not "lvm with raj"): it is the note, and the reader spells it out itself.
        let (typedHead, typedRest) = Self.head(of: said)
        if ContactName.problem(with: named.name) == nil, case .found(let entry) = named.match(in: people) {
            return (entry, spelledOut(typedHead) == head ? typedRest : rest)
        }
        return (mentioned(in: text, people: people), said)
    }

    /// Whether the text opens as a message does: "Hi Sam,", "Hello,", "Dear Ms. Lee," (not "hey
    /// dana called back, ...": at most two words before the comma).
    static func opensWithGreeting(_ text: String) -> Bool {
        text.range(
            of: #"^\s*(hi|hello|hey|dear|good (morning|afternoon|evening))(\s+[\p{L}.'-]+){0,2}\s*[,!\n]"#,
            options: [.regularExpression, .caseInsensitive])
            != nil
    }

    /// The name under a message's sign-off ("Best, Rachel Kim"), one or two capitalised words; nil when none.
    static func signer(of text: String) -> String? {
        let signOff =
            /(?i:best|thanks|thank you|regards|best regards|kind regards|cheers|sincerely|warmly|warm regards|all the best)[,!.]?\s+([A-Z][\p{L}'-]+(?:[ \t]+[A-Z][\p{L}'-]+)?)/
        guard let match = text.matches(of: signOff).last else { return nil }
        let words = match.output.1.split(separator: " ").map(String.init)
        // "Best, Rachel Kim Recruiter": a role after the name is no part of it.
        let name = words.filter { !Self.titles.contains($0.lowercased()) }
        return name.isEmpty ? nil : name.joined(separator: " ")
    }

    /// Titles that follow a name under a sign-off.
    static let titles: Set<String> = [
        "recruiter", "manager", "director", "founder", "ceo", "cto", "vp", "lead", "partner", "coordinator", "specialist", "hr",
        "talent", "sales", "head", "principal", "associate", "agent", "broker", "owner", "president",
    ]

    /// The text's words, normalised as names are, between spaces.
    static func padded(_ text: String) -> String {
        " " + NameMatcher.normalize(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ") + " "
    }

    /// "call w/ dana ruiz @ northwind" → "call with dana ruiz at northwind": names and companies
    /// are looked for in words, as the reader spells shorthand out.
    static func spelledOut(_ text: String) -> String {
        // "spoke w mike donnelly": a lone "w" between words is "with" too, as "w/" is.
        text.replacingOccurrences(of: "w/ ", with: "with ").replacingOccurrences(of: " @ ", with: " at ")
            .replacingOccurrences(of: #"(?<=\s)[wW](?=\s)"#, with: "with", options: .regularExpression)
    }

    /// The one person whose full name, or whose first name alone among everyone, the text mentions.
    static func mentioned(in text: String, people: [ContactBook.Entry]) -> ContactBook.Entry? {
        let padded = Self.padded(text)
        let full = people.filter { padded.contains(" \($0.key) ") }
        if full.count == 1 { return full[0] }
        guard full.isEmpty else { return nil }
        func first(_ entry: ContactBook.Entry) -> String { NameMatcher.normalize(ContactName.first(of: entry.name)) }
        let firsts = people.filter { entry in
            let name = first(entry)
            return name.count >= 3 && padded.contains(" \(name) ")
        }
        guard firsts.count == 1 else { return nil }
        let name = first(firsts[0])
        return people.filter { first($0) == name }.count == 1 ? firsts[0] : nil
    }

    /// Who follows the words that open an account of a call ("just called", "left a
    /// voicemail for", "had a good chat with", "got off the phone with") when they open
    /// `head`, without a trailing "again" or "back"; nil when it is a pronoun or a role
    /// ("called her back", "met the CFO").
    static func nameAfterLeadIn(_ head: String) -> String? {
        guard let match = head.wholeMatch(of: leadIn) else { return nil }
        var words = match.output.1.split(separator: " ").map(String.init)
        // "my old coworker ben ortiz": who they are to the user comes before the name.
        if let relation = words.prefix(4).firstIndex(where: { relations.contains($0.lowercased()) }),
            words.prefix(relation).allSatisfy({ describers.contains($0.lowercased()) }), relation + 1 < words.count
        {
            words.removeFirst(relation + 1)
        }
        // "tom okafor about the referral": the name ends where the story goes on; "james whitfield
        // vp eng at corvid": or where a title begins, after a first and last name.
        if let end = words.firstIndex(where: { storyGoesOn.contains($0.lowercased()) }), end > 0 { words.removeLast(words.count - end) }
        if let title = words.indices.dropFirst(2).first(where: { ContactName.isRole(words[$0]) }) { words.removeLast(words.count - title) }
        while let last = words.last?.lowercased(), trailing.contains(last) {
            words.removeLast()
            // "this morning", "last night": the word before a part of day goes with it.
            if let before = words.last?.lowercased(), ["this", "last", "earlier", "yesterday"].contains(before) { words.removeLast() }
        }
        guard let first = words.first?.lowercased(), !notNames.contains(first) else { return nil }
        return words.joined(separator: " ")
    }

    /// Fillers, then a verb of calling, meeting or writing, then what it was with: the name.
    private nonisolated(unsafe) static let leadIn =
        /(?:(?:i|we|so|ok|okay|well|just|finally|quickly|also|again|already|cold)\s+)*(?:lvm\s+(?:for|with|to)|called|rang|phoned|dialed|dialled|reached|tried|(?:pinged|emailed|e-mailed|texted|messaged|dmed|wrote)(?:\s+(?:to|with))?|got\s+(?:a|an|the|her|his|their)\s+(?:\w+\s+){0,2}(?:email|e-mail|text|message|reply|note|letter|dm|voicemail|vm|call)\s+(?:from|back\s+from)|(?:spoke|talked|chatted|met|caught\s+up|followed\s+up|hung\s+up|connected|checked\s+in)(?:\s+(?:to|with))?|got\s+(?:off(?:\s+the\s+(?:phone|call|line))?\s+with|hold\s+of|through\s+to)|(?:left|lft)\s+(?:a\s+)?(?:voicemail|voice\s+mail|vm|message|voice\s+message|note)\s+(?:for|with|to)|had\s+(?:a\s+|an\s+|my\s+|our\s+|the\s+)?(?:\w+\s+){0,2}(?:call|chat|meeting|conversation|talk|catch-up|catch\s+up|interview|coffee|lunch|demo|zoom)\s+with|(?:\w+\s+){0,2}(?:call|chat|meeting|conversation|catch-up|screen|interview|coffee|lunch|zoom)\s+with)\s+(.+)/
        .ignoresCase()

    /// Words after a lead-in that start something other than a name.
    private static let notNames: Set<String> = [
        "her", "him", "them", "back", "again", "me", "us", "you", "it", "this", "that", "the", "a", "an", "someone", "somebody",
        "everyone", "nobody", "my", "our", "their", "his", "its", "your", "one", "both", "all", "some", "another", "today",
        "yesterday", "earlier", "just", "and", "but", "up", "in", "out", "on", "with", "to", "for", "at", "from", "about",
    ]

    /// Who someone is to the user, said before their name ("my old coworker ben ortiz"), and
    /// the words that can come before that.
    private static let relations: Set<String> = [
        "coworker", "co-worker", "colleague", "friend", "boss", "manager", "mentor", "classmate", "neighbor", "neighbour", "contact",
        "recruiter", "buddy", "teammate", "roommate", "cousin", "referral", "client", "customer", "prospect", "lead",
    ]
    private static let describers: Set<String> = ["my", "our", "old", "former", "ex", "good", "new", "the", "a", "college", "work"]

    /// Words after a name that go on with the story ("texted w/ tom okafor about the referral").
    private static let storyGoesOn: Set<String> = [
        "about", "abt", "re", "regarding", "and", "who", "but", "so", "because", "since", "after", "before", "to", "for", "on",
        "she", "he", "they", "said", "says", "asked", "went", "was", "is", "were", "liked", "loved", "seemed", "wants", "needs",
    ]

    /// Words that end a lead-in's object without being part of the name.
    private static let trailing: Set<String> = [
        "again", "back", "today", "yesterday", "earlier", "now", "finally", "just", "already", "morning", "afternoon", "evening",
        "night", "tonight",
    ]

    /// The longest run of words opening `head` that is a name, when the words right after it
    /// begin what happened ("tom hardy | vm again", "priya patel (helix bio) | picked up").
    private func nameThenStory(_ head: String) -> (String, String)? {
        let words = head.split(separator: " ").map(String.init)
        guard words.count > 1 else { return nil }
        for count in stride(from: min(5, words.count - 1), through: 1, by: -1) {
            let name = words.prefix(count).joined(separator: " ")
            let story = Array(words.dropFirst(count))
            let opening = [story.prefix(1), story.prefix(2)].map { $0.joined(separator: " ") }
            // "tom brennan called me": the story's opening may need its subject to say anything.
            // "gary feld expired listing, lvm": a kind of lead after the name ends it.
            let leadKind = story.first.map { Self.leadKinds.contains($0.lowercased()) } == true
            if looksLikeName(name), leadKind || opening.contains(where: { !reader.read($0).isEmpty || !reader.read("he " + $0).isEmpty }) {
                return (name, story.joined(separator: " "))
            }
        }
        return nil
    }

    /// A phone number in `text` ("818-555-0147", "+1 (312) 555 0142"): seven digits or more.
    static func phone(in text: String) -> String? {
        guard let range = text.range(of: #"\+?\(?\d[\d ().-]{5,}\d"#, options: .regularExpression) else { return nil }
        return text[range].filter(\.isNumber).count >= 7 ? String(text[range]) : nil
    }

    /// Kinds of lead typed after a name: never part of it.
    static let leadKinds: Set<String> = [
        "expired", "fsbo", "listing", "lead", "buyer", "seller", "sign-in", "signin", "referral", "prospect", "candidate", "inbound",
        "cold", "warm",
    ]

    /// A head of one to five words that says nothing the reader understands: a name.
    private func looksLikeName(_ head: String) -> Bool {
        let named = NameWithCompany.parse(head)
        let words = named.name.split(separator: " ")
        guard (1...5).contains(words.count), ContactName.problem(with: named.name) == nil,
            !named.name.contains(where: \.isNumber)
        else { return false }
        let lower = Set(words.map { $0.lowercased() })
        let notNames: Set<String> = [
            "i", "we", "she", "he", "they", "it", "the", "no", "yes", "not", "left", "talked", "called", "sent", "with", "call", "had",
            "said", "says", "told", "asked", "wants", "wanted", "was", "is", "got", "just", "again", "then", "and", "but", "phone",
            "screen", "coffee", "zoom", "chat", "meeting", "interview", "lunch", "email", "text", "vm", "voicemail", "finally",
            "actually", "also", "never", "already", "still", "really", "apparently", "basically", "quickly", "briefly", "totally",
        ]
        return lower.isDisjoint(with: notNames) && lower.isDisjoint(with: Self.fillers) && lower.isDisjoint(with: Self.leadKinds)
            && reader.readByRules(head).isEmpty
    }

    /// More words than any name has: "Maria de los Angeles Garcia" is six.
    static let longestName = 6

    /// "  1) Dana Ruiz (Acme)" lines.
    static func numbered(_ items: [String]) -> String {
        items.enumerated().map { "  \($0.offset + 1)) \($0.element)" }.joined(separator: "\n")
    }
}
