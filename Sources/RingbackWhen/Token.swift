/// One word or number of the user's text, lower-cased, with where it stands in the original.
struct Token: Equatable {
    enum Kind: Equatable {
        /// Letters only: "thursday", "next", "o'clock".
        case word
        /// Digits, maybe with letters or separators attached: "3", "3pm", "21st", "9:30", "12/21", "2026-11-24".
        case numeric
        /// A comma, or another mark that can sit between parts of a date phrase.
        case comma
    }

    let kind: Kind
    let text: String
    let range: Range<String.Index>
    /// For numeric tokens, what the digits say (read once).
    let numeric: NumericToken?

    init(kind: Kind, text: String, range: Range<String.Index>) {
        self.kind = kind
        self.text = text
        self.range = range
        numeric = kind == .numeric ? NumericToken(text) : nil
    }
}

/// Splits text into tokens. Letters and digits stay together ("3pm", "21st"), as do the
/// separators inside numbers ("9:30", "12/21", "2026-11-24T10:00"); other marks split.
enum Tokenizer {
    static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var index = text.startIndex
        while index < text.endIndex {
            let ch = text[index]
            if ch == "@" {
                tokens.append(Token(kind: .word, text: "at", range: index..<text.index(after: index)))
                index = text.index(after: index)
                continue
            }
            if ch == "," || ch == ";" {
                tokens.append(Token(kind: .comma, text: ",", range: index..<text.index(after: index)))
                index = text.index(after: index)
                continue
            }
            guard ch.isLetter || ch.isNumber else {
                index = text.index(after: index)
                continue
            }
            let start = index
            var sawDigit = false
            var end = index
            while end < text.endIndex {
                let c = text[end]
                if c.isNumber { sawDigit = true }
                if c.isLetter || c.isNumber {
                    end = text.index(after: end)
                    continue
                }
                // Keep a separator only when a letter or digit follows it: "9:30", "o'clock", "a.m".
                let next = text.index(after: end)
                let joins =
                    (c == ":" || c == "/" || c == "-" || c == "." || c == "'" || c == "’") && next < text.endIndex
                    && (text[next].isLetter || text[next].isNumber)
                guard joins else { break }
                if (c == ":" || c == "/") && !sawDigit { break }
                end = next
            }
            var raw = String(text[start..<end]).lowercased()
            if raw.contains(Character("’")) { raw = String(raw.map { $0 == "’" ? "'" : $0 }) }
            if !sawDigit && raw.contains(Character(".")) { raw.removeAll { $0 == "." } }
            tokens.append(Token(kind: sawDigit ? .numeric : .word, text: raw, range: start..<end))
            index = end
        }
        return tokens
    }
}
