import Foundation

/// Words written by them (a reply, an email pasted as an answer) said as the user would tell
/// them: their "I" is "they", their "you" is the user, so the answer reader hears whose is what.
public enum TheirVoice {
    /// Their words swapped one for one: "I'll send the quote friday" → "they'll send the quote
    /// friday"; "take me off your list" → "take them off my list".
    public static func swapped(_ text: String) -> String {
        var out = ""
        var word = ""
        var previous = ""
        func flush() {
            guard !word.isEmpty else { return }
            let lower = word.lowercased().replacingOccurrences(of: "’", with: "'")
            var swapped = voice[lower]
            if lower == "you" {
                // Subject "you" (first, or after a modal or a joining word) is "I"; else "me".
                swapped = previous.isEmpty || subjectBefore.contains(previous) ? "I" : "me"
            }
            out += swapped ?? word
            previous = lower
            word = ""
        }
        for character in text {
            if character.isLetter || character == "'" || character == "’" {
                word.append(character)
            } else {
                flush()
                if ".!?\n".contains(character) { previous = "" }
                out.append(character)
            }
        }
        flush()
        return out
    }

    private static let voice: [String: String] = [
        "i": "they", "i'll": "they'll", "i'm": "they're", "i've": "they've", "i'd": "they'd", "me": "them", "my": "their",
        "mine": "theirs", "myself": "themselves", "we": "they", "we'll": "they'll", "we're": "they're", "we've": "they've",
        "we'd": "they'd", "us": "them", "our": "their", "ours": "theirs", "your": "my", "yours": "mine", "you're": "I'm",
        "you'll": "I'll", "you've": "I've", "you'd": "I'd", "yourself": "myself", "ill": "they'll", "im": "they're", "ive": "they've",
    ]
    private static let subjectBefore: Set<String> = [
        "can", "could", "will", "would", "should", "if", "when", "and", "so", "that", "as", "but", "or", "do", "did", "are", "thank",
    ]

    /// Their words quoted in an answer ("jordan replied: \"can you do thurs? ill loop in our
    /// principal\"") in the user's telling, the quote marks gone; words the user quotes of
    /// their own ("i told her \"i'll send it friday\"") stay theirs. A quote left open runs to the end.
    public static func quoted(_ text: String) -> String {
        guard text.contains(where: { "\"“‘'".contains($0) }) else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.indices.first(where: { opens(rest, at: $0) }) {
            out += rest[..<open]
            let inside = rest[rest.index(after: open)...]
            let close = inside.indices.first { closes(inside, at: $0, opened: rest[open]) } ?? inside.endIndex
            let words = String(inside[..<close])
            out += quotedByUser(out) ? words : told(words)
            rest = close < inside.endIndex ? inside[inside.index(after: close)...] : ""
        }
        return out + rest
    }

    /// Their quoted words in the user's telling, read as sentences of their own: "will go over it"
    /// has its "I" back, and "you'll have feedback" is what they will send.
    static func told(_ words: String) -> String {
        var text = words
        for (said, meant) in [
            ("you'll have ", "I'll send you "), ("you will have ", "I will send you "), ("you'll get ", "I'll send you "),
        ] {
            text = text.replacingOccurrences(of: said, with: meant, options: .caseInsensitive)
        }
        text = text.replacingOccurrences(
            of: #"(^|[.!?]\s+)(will|gonna|should|might)\b"#, with: "$1I $2", options: [.regularExpression, .caseInsensitive])
        return swapped(text)
    }

    /// A quote opens here: a double quote anywhere, a single one only before a word and after a
    /// space or the start (not the apostrophe of "don't" or "the Ruizes'").
    private static func opens(_ text: Substring, at index: Substring.Index) -> Bool {
        switch text[index] {
        case "\"", "“": return true
        case "'", "‘":
            let after = text.index(after: index)
            return (index == text.startIndex || text[text.index(before: index)].isWhitespace || text[text.index(before: index)] == ":")
                && after < text.endIndex && text[after].isLetter
        default: return false
        }
    }

    /// The quote that `open` began ends here: a double one at the next double quote, a single one
    /// at a single quote that ends a word.
    private static func closes(_ text: Substring, at index: Substring.Index, opened open: Character) -> Bool {
        if open == "\"" || open == "“" { return text[index] == "\"" || text[index] == "”" }
        guard text[index] == "'" || text[index] == "’" else { return false }
        let after = text.index(after: index)
        return index > text.startIndex && !text[text.index(before: index)].isWhitespace
            && (after == text.endIndex || !text[after].isLetter)
    }

    /// Whether the words before a quote make it the user's own: "i told her", "i said", "i wrote".
    private static func quotedByUser(_ before: String) -> Bool {
        let sentence = before.split(whereSeparator: { ".!?\n".contains($0) }).last.map(String.init) ?? ""
        let words = sentence.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
        return words.contains { ["i", "i'd", "id", "me", "we"].contains($0) }
    }

    /// A letter of theirs pasted as an answer ("Hi Sam, ... I'll send the budget by friday.
    /// Best, Dana"): its words in the user's telling, without the greeting and the sign-off;
    /// nil for an answer that is not a letter.
    public static func letter(_ text: String) -> String? { body(text).map(swapped) }

    /// A letter's words as they wrote them, between the greeting and the sign-off; nil for a
    /// text that does not open with a greeting and close with a sign-off.
    public static func body(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let words = trimmed.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
        guard let first = words.first, greetings.contains(first), let comma = trimmed.firstIndex(where: { $0 == "," || $0 == "\n" }),
            trimmed[..<comma].split(separator: " ").count <= 4
        else { return nil }
        let lower = trimmed.lowercased()
        guard let signOff = signOffs.compactMap({ lower.range(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound }),
            lower[signOff.upperBound...].split(whereSeparator: \.isWhitespace).count <= Self.longestSignature
        else { return nil }
        let start = trimmed.index(after: comma)
        guard
            let end = trimmed.index(
                trimmed.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: signOff.lowerBound), limitedBy: trimmed.endIndex),
            start < end
        else { return nil }
        return String(trimmed[start..<end]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Words a signature may hold after the sign-off: a name, a title, a company, a phone
    /// ("Best, Marcus Webb / VP Operations / Freightline").
    static let longestSignature = 12

    static let greetings: Set<String> = ["hi", "hello", "hey", "dear", "hiya", "morning", "afternoon"]
    static let signOffs = [
        "\nbest", " best,", " best regards", "kind regards", " regards", " thanks,", " thank you,", " cheers", " sincerely", " warmly",
        " talk soon", " speak soon", " all the best",
    ]
}
