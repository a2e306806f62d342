import Foundation

/// The answer to "which contact did the user mean?".
public enum NameMatch<Candidate>: Sendable where Candidate: Sendable {
    case found(Candidate)
    case ambiguous([Candidate])
    case none
}

/// Finds contacts by name forgivingly: case and accents ignored, a unique prefix of the
/// full name or of any word in it is enough; an ambiguous name returns every candidate.
public enum NameMatcher {
    /// Lower-cased, accent-free, single-spaced form of a name.
    public static func normalize(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .split(whereSeparator: { $0.isWhitespace })
            .joined(separator: " ")
    }

    public static func match<C: Sendable>(_ query: String, in candidates: [C], name: (C) -> String) -> NameMatch<C> {
        match(query, in: candidates, key: { normalize(name($0)) })
    }

    /// `match` over names already normalized (`key`), as a store's directory keeps them.
    public static func match<C: Sendable>(_ query: String, in candidates: [C], key: (C) -> String) -> NameMatch<C> {
        let wanted = normalize(query)
        guard !wanted.isEmpty else { return .none }
        let normalized = candidates.map { (candidate: $0, name: key($0)) }

        let exact = normalized.filter { $0.name == wanted }
        if exact.count == 1 { return .found(exact[0].candidate) }
        if exact.count > 1 { return .ambiguous(exact.map(\.candidate)) }

        let wantedWords = wanted.split(separator: " ")
        let prefixed = normalized.filter { entry in
            if entry.name.hasPrefix(wanted) { return true }
            // Every typed word starts some word of the name, in order: "dana r" or "ruiz".
            let words = entry.name.split(separator: " ")
            var index = 0
            for typed in wantedWords {
                guard let hit = words[index...].firstIndex(where: { $0.hasPrefix(typed) }) else { return false }
                index = hit + 1
            }
            return true
        }
        switch prefixed.count {
        case 0: return .none
        case 1: return .found(prefixed[0].candidate)
        default: return .ambiguous(prefixed.map(\.candidate))
        }
    }

    /// The one candidate a name with no match was most likely a typo for ("Dnaa" for Dana
    /// Ruiz): within one edit of the whole name or of one of its words (two for longer
    /// words), counting a swap of two letters as one edit. Names whose numbers differ
    /// ("Contact 6", "Contact 0") are different people. Nil when none or several are close.
    public static func closest<C: Sendable>(_ query: String, in candidates: [C], name: (C) -> String) -> C? {
        closest(query, in: candidates, key: { normalize(name($0)) })
    }

    /// `closest` over names already normalized (`key`).
    public static func closest<C: Sendable>(_ query: String, in candidates: [C], key: (C) -> String) -> C? {
        let wanted = normalize(query)
        guard wanted.count >= 4 else { return nil }
        let allowed = wanted.count >= 7 ? 2 : 1
        var best: (candidate: C, distance: Int)?
        var tie = false
        let digits = wanted.filter(\.isNumber)
        let length = wanted.count
        for candidate in candidates {
            let full = key(candidate)
            // Too long or short to be within the allowed edits of the name or of any word.
            if full.utf8.count + allowed < length { continue }
            guard full.filter(\.isNumber) == digits else { continue }
            let forms = ([full] + full.split(separator: " ").map(String.init)).filter { abs($0.count - length) <= allowed }
            let distance = forms.map { editDistance(wanted, $0) }.min() ?? Int.max
            guard distance <= allowed else { continue }
            if let current = best, current.distance < distance { continue }
            if let current = best, current.distance == distance {
                tie = true
                continue
            }
            best = (candidate, distance)
            tie = false
        }
        return tie ? nil : best?.candidate
    }

    /// The word of `words` closest to `typed` when it is within `edits`, for "did you mean"
    /// on commands and setting names.
    public static func nearest(_ typed: String, among words: [String], within edits: Int = 2) -> String? {
        words.map { ($0, editDistance(typed, $0)) }.min { $0.1 < $1.1 }.flatMap { $0.1 <= edits ? $0.0 : nil }
    }

    /// Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
