/// Whether a phrase in a clause is negated: "didn't talk", "never picked up", "not interested".
enum Negation {
    static let negators: Set<String> = [
        "not", "no", "never", "didn't", "did't", "don't", "doesn't", "couldn't", "wouldn't", "won't", "can't", "cannot", "haven't",
        "hasn't", "wasn't", "weren't", "isn't", "aren't", "without", "nobody", "noone",
    ]

    /// True when one of the two words before the phrase negates it.
    static func negated(_ phrase: String, in clause: Clause) -> Bool {
        let target = phrase.split(separator: " ").map(String.init)
        guard let first = target.first else { return false }
        for index in clause.words.indices where clause.words[index] == first {
            let end = index + target.count
            guard end <= clause.words.count, Array(clause.words[index..<end]) == target else { continue }
            let before = clause.words[max(0, index - 2)..<index]
            return before.contains { negators.contains($0) }
        }
        return false
    }
}
