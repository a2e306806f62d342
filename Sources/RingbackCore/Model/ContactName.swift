/// What makes a name usable for a contact: printable, on one line, and of a sane length.
public enum ContactName {
    /// The longest name accepted, in characters.
    public static let maximumLength = 120

    /// Titles and roles people type before a name.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "hiring", "manager", "recruiter", "director",
        "head", "vp", "ceo", "cfo", "cto", "coo", "founder", "partner", "lead", "senior", "talent", "hr", "of", "the", "engineering",
        "sales", "procurement", "ops", "operations", "marketing", "product", "design",
    ]

    /// The first name in `name`, past titles and roles; the first word when all are titles.
    public static func first(of name: String) -> String {
        let words = name.split(separator: " ").map(String.init)
        let past = words.drop { titles.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) }
        return past.first ?? words.first ?? name
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
