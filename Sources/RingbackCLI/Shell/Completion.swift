import RingbackCore

/// What Tab completes: a command as the first word, then a scenario after "practice", a
/// contact name after anything else. Pure.
struct Completion {
    var commands: [String]
    var names: [String]
    var scenarios: [String] = []

    /// The word being typed at the end of `line` (after a space, or after an opening quote).
    static func currentWord(_ line: String) -> String {
        let quotes = line.filter { $0 == "\"" }.count
        if quotes % 2 == 1, let open = line.lastIndex(of: "\"") { return String(line[open...]) }
        return String(line.split(separator: " ", omittingEmptySubsequences: false).last ?? "")
    }

    func candidates(for line: String) -> [String] {
        let word = Self.currentWord(line)
        let typed = NameMatcher.normalize(word.replacingOccurrences(of: "\"", with: ""))
        let isFirst = !line.trimmingCharacters(in: .whitespaces).contains(" ") && !line.hasSuffix(" ")
        if isFirst { return commands.filter { $0.hasPrefix(typed) }.sorted() }
        if line.lowercased().hasPrefix("practice ") { return scenarios.filter { $0.hasPrefix(typed) }.sorted() }
        return names.filter { name in
            let normalized = NameMatcher.normalize(name)
            return normalized.hasPrefix(typed) || normalized.split(separator: " ").contains { $0.hasPrefix(typed) }
        }.sorted()
    }

    static func quoted(_ text: String) -> String { text.contains(" ") ? "\"\(text)\"" : text }

    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first else { return "" }
        for word in words.dropFirst() {
            while !word.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }
}
