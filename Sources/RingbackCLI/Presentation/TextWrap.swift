/// Word-wrapping for the terminal: a line broken at spaces to fit a width, continuation lines
/// indented under the text they continue ("  Why: ..." continues under "Keep", not under "W").
enum TextWrap {
    /// `line` as lines of at most `width` visible columns (colour codes take none). Words are
    /// never split unless one alone is wider than the room left for it.
    static func wrap(_ line: String, width: Int) -> [String] {
        guard width > 0, visibleWidth(line) > width else { return [line] }
        let hang = hangingIndent(line)
        let indent = String(repeating: " ", count: hang)
        // A two-column row keeps its first column and padding as typed.
        let lead = twoColumnStart(line).map { line.prefix($0) } ?? line.prefix { $0 == " " }
        var lines: [String] = []
        var current = String(lead)
        var currentWidth = lead.count
        var atLineStart = true
        for word in line.dropFirst(lead.count).split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            while true {
                let wordWidth = visibleWidth(word)
                let needed = atLineStart ? wordWidth : wordWidth + 1
                if currentWidth + needed <= width {
                    current += (atLineStart ? "" : " ") + word
                    currentWidth += needed
                    atLineStart = false
                    break
                }
                if !atLineStart {
                    lines.append(current)
                    current = indent
                    currentWidth = hang
                    atLineStart = true
                    continue
                }
                // A word wider than the whole room: cut it, the only case where a word is split.
                let room = max(1, width - currentWidth)
                let (head, tail) = split(word, atVisible: room)
                lines.append(current + head)
                current = indent
                currentWidth = hang
                word = tail
                if word.isEmpty { break }
            }
        }
        if !atLineStart || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// How far continuation lines are indented: past the leading spaces, and past a short
    /// label such as "Why: " or "Held back to share: "; else two more spaces.
    static func hangingIndent(_ line: String) -> Int {
        let lead = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(lead)
        // A two-column row ("  set             Change a contact's..."): under the second column.
        if let start = twoColumnStart(line) { return start }
        if let colon = rest.range(of: ": ") {
            let label = rest[rest.startIndex..<colon.lowerBound]
            if (1...20).contains(label.count), label.first?.isUppercase == true,
                label.allSatisfy({ $0.isLetter || $0 == " " || $0 == "'" })
            {
                return lead + label.count + 2
            }
        }
        return lead + 2
    }

    /// Where the second column of an indented two-column row starts ("  set             Change
    /// ..." → 18): after a gap of two spaces or more within its first 30 columns; nil otherwise.
    static func twoColumnStart(_ line: String) -> Int? {
        let lead = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(lead)
        guard lead > 0, let gap = rest.range(of: "  ") else { return nil }
        let start = lead + rest.distance(from: rest.startIndex, to: gap.lowerBound) + rest[gap.lowerBound...].prefix { $0 == " " }.count
        return start < 30 && start < line.count ? start : nil
    }

    /// A combining mark (an accent typed as its own scalar) sits on the letter before it. None
    /// comes before U+0300, so most text never looks its category up.
    private static func takesNoColumn(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x300 && scalar.properties.generalCategory == .nonspacingMark
    }

    /// Columns a text takes on screen: ANSI colour sequences take none.
    static func visibleWidth<S: StringProtocol>(_ text: S) -> Int {
        var width = 0
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape {
                if (0x40...0x7E).contains(scalar.value) && scalar != "[" { inEscape = false }
            } else if scalar == "\u{1B}" {
                inEscape = true
            } else if !takesNoColumn(scalar) {
                width += 1
            }
        }
        return width
    }

    /// `text` cut to `columns` visible columns ending in "…" when wider; colour sequences are
    /// kept whole, and a colour cut short is reset so it cannot run on past the cut.
    static func truncate(_ text: String, toVisible columns: Int) -> String {
        guard visibleWidth(text) > columns else { return text }
        var kept = String.UnicodeScalarView()
        var width = 0
        var inEscape = false
        var coloured = false
        for scalar in text.unicodeScalars {
            if inEscape {
                if (0x40...0x7E).contains(scalar.value) && scalar != "[" { inEscape = false }
            } else if scalar == "\u{1B}" {
                inEscape = true
                coloured = true
            } else if !takesNoColumn(scalar) {
                if width + 1 > columns - 1 { break }
                width += 1
            }
            kept.append(scalar)
        }
        return String(kept) + "…" + (coloured ? "\u{1B}[0m" : "")
    }

    private static func split(_ word: Substring, atVisible columns: Int) -> (String, Substring) {
        var index = word.startIndex
        var taken = 0
        while index < word.endIndex && taken < columns {
            taken += visibleWidth(word[index...index])
            index = word.index(after: index)
        }
        return (String(word[..<index]), word[index...])
    }
}
