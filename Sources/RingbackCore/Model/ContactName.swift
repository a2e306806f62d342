/// What makes a name usable for a contact: printable, on one line, and of a sane length.
public enum ContactName {
    /// The longest name accepted, in characters.
    public static let maximumLength = 120

    /// Titles and roles people type before a name.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "hiring", "manager", "recruiter", "director",
        "head", "vp", "ceo", "cfo", "cto", "coo", "founder", "partner", "lead", "senior", "talent", "hr", "of", "the", "engineering",
        "sales", "procurement", "ops", "operations", "marketing", "product", "design", "eng", "hm",
    ]

    /// The first name in `name`, past titles and roles; the first word when all are titles.
    public static func first(of name: String) -> String {
        let words = name.split(separator: " ")
        return String(words.first { !titles.contains(bare($0)) } ?? words.first ?? Substring(name))
    }

    /// A word lower-cased without the punctuation around it ("Dr." → "dr"); most words have
    /// none, and skip the costly trim.
    static func bare(_ word: Substring) -> String {
        let lower = word.lowercased()
        guard let first = lower.first, let last = lower.last, !(first.isLetter && last.isLetter) else { return lower }
        return lower.trimmingCharacters(in: .punctuationCharacters)
    }

    /// Job titles typed before a name ("recruiter sam lee", "hiring mgr kate lin"), not honorifics.
    static let roles: Set<String> = titles.subtracting(["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame"])
        .union(["mgr", "hm", "my", "our", "their", "her", "his", "alum", "alumna", "alumnus", "mentor"])

    /// Whether a word is a job title ("recruiter", "mgr", "vp").
    public static func isRole(_ word: String) -> Bool { roles.contains(word.lowercased()) }

    /// The name without the job title typed before it: "Recruiter Sam Lee" → "Sam Lee"; kept
    /// whole when nothing but titles is left.
    public static func withoutRole(_ name: String) -> String {
        let words = name.split(separator: " ")
        let past = words.drop { roles.contains(bare($0)) }
        return past.isEmpty ? name : past.joined(separator: " ")
    }

    /// Words of a name or company that stay lower case inside it ("Maria van der Berg").
    static let particles: Set<String> = [
        "van", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "von", "zu", "bin", "al", "y", "of", "and",
    ]

    /// A name or company as it should read when it was typed all in lower case: each word
    /// capitalised ("maria lopez" → "Maria Lopez", "jean-luc o'brien" → "Jean-Luc O'Brien"),
    /// particles inside it left small. A word typed with any capital ("McAdams", "iRobot",
    /// "van der Berg" as typed) is kept exactly as it was.
    public static func capitalized(_ text: String) -> String {
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        return words.enumerated().map { index, word in
            if word.contains(where: \.isUppercase) || (index > 0 && particles.contains(String(word))) { return String(word) }
            var result = ""
            var startOfPart = true
            for character in word {
                result += startOfPart ? character.uppercased() : String(character)
                startOfPart = character == "-" || character == "'" && result.count == 2
            }
            return result
        }.joined(separator: " ")
    }

    /// Why `name` cannot name a contact, in one line; nil when it can.
    public static func problem(with name: String) -> String? {
        if name.trimmingCharacters(in: .whitespaces).isEmpty { return "the name is empty" }
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" }) {
            return "a name cannot contain line breaks, tabs or other control characters"
        }
        if name.count > maximumLength {
            return "the name is \(name.count) characters long; a name can be at most \(maximumLength)"
        }
        return nil
    }
}
