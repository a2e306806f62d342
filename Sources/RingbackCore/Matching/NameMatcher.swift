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
        let wanted = normalize(query)
        guard !wanted.isEmpty else { return .none }
        let normalized = candidates.map { (candidate: $0, name: normalize(name($0))) }

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
}
