import Foundation
import RingbackBuiltIn

/// A linear model over word unigrams and bigrams, its weights shipped as a data file. Two are
/// built in: the answer reader's fallback for sentence-level labels (outcome, channel, soft
/// no, discouragement; `scripts/train_answer_model.py`, `data/answer-model.tsv`), asked only
/// about what its rules left unread; and the practice scorer's ear for pressure
/// (`scripts/train_reply_model.py`, `data/reply-model.tsv`). A label counts only at its
/// head's threshold.
public struct NGramModel: Sendable {
    /// One label's model: its classes ("-" is nothing read), a weight per class for each
    /// feature, and the probability its best class needs.
    struct Head: Sendable {
        var classes: [String] = []
        var threshold = 1.0
        /// Texts shorter than this many words are not labelled.
        var fewestWords = 3
        var weights: [String: [Double]] = [:]
    }

    var heads: [String: Head] = [:]

    /// The answer reader's model the build carries; empty (it reads nothing) if the file is missing.
    public static let answers = NGramModel(tsv: BuiltInFiles.text("data/answer-model.tsv") ?? "")

    /// The practice scorer's pressure model the build carries.
    public static let replies = NGramModel(tsv: BuiltInFiles.text("data/reply-model.tsv") ?? "")

    /// Reads the file's lines: `head	threshold	value`, `head	fewest-words	n` (3 unless given), `head	classes	a,b,…`, and
    /// `head	feature	weight,weight,…`; a line it cannot read is skipped.
    public init(tsv: String) {
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 3 else { continue }
            var head = heads[parts[0]] ?? Head()
            switch parts[1] {
            case "threshold": head.threshold = Double(parts[2]) ?? 1
            case "fewest-words": head.fewestWords = Int(parts[2]) ?? head.fewestWords
            case "classes": head.classes = parts[2].split(separator: ",").map(String.init)
            default:
                let weights = parts[2].split(separator: ",").compactMap { Double($0) }
                if weights.count == head.classes.count { head.weights[parts[1]] = weights }
            }
            heads[parts[0]] = head
        }
    }

    /// The words of an answer as the model sees them: letters and digits, accents folded
    /// ("Zoë" is "zoe", so a name is not cut into pieces), lower-cased, apostrophes joined
    /// ("they'll" is "theyll"). The training script splits words the same way.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var word = ""
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars {
            let properties = scalar.properties
            if scalar == "'" || scalar == "\u{2019}" || properties.canonicalCombiningClass != .notReordered { continue }
            if properties.isAlphabetic || properties.numericType == .decimal {
                word += properties.lowercaseMapping
            } else {
                if !word.isEmpty { words.append(word) }
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    /// The features of an answer's words: each word, each pair, the first word, and a bias.
    static func features(_ words: [String]) -> Set<String> {
        var found: Set<String> = ["bias"]
        for word in words { found.insert("w:" + word) }
        for (a, b) in zip(words, words.dropFirst()) { found.insert("b:" + a + "_" + b) }
        if let first = words.first { found.insert("first:" + first) }
        return found
    }

    /// The head's label for these words: its best class when that is not "-" and its
    /// probability reaches the threshold; nil otherwise, or for a short answer.
    func label(_ name: String, words: [String]) -> String? {
        guard let head = heads[name], words.count >= head.fewestWords, !head.classes.isEmpty else { return nil }
        var scores = [Double](repeating: 0, count: head.classes.count)
        for feature in Self.features(words) {
            guard let weights = head.weights[feature] else { continue }
            for index in scores.indices { scores[index] += weights[index] }
        }
        guard let top = scores.max(), let best = scores.firstIndex(of: top) else { return nil }
        let total = scores.reduce(0) { $0 + exp($1 - top) }
        guard 1 / total >= head.threshold, head.classes[best] != "-" else { return nil }
        return head.classes[best]
    }

    /// Words too common to name as a reason.
    static let functionWords: Set<String> = [
        "a", "an", "the", "i", "im", "ive", "id", "ill", "you", "youre", "your", "we", "were", "our", "us", "me", "my", "it", "its",
        "is", "are", "was", "be", "been", "to", "of", "in", "on", "at", "for", "with", "and", "or", "but", "so", "that", "this",
        "if", "as", "by", "from", "had", "has", "have", "do", "did", "just", "they", "them", "their", "he", "she", "him", "her",
        "his", "there", "what", "about", "up", "out", "all", "can", "could", "would", "will", "some",
    ]

    /// When the head gives `text` its label, the words that weighed most for it (up to `most`,
    /// pairs as "keep calling", common words alone left out), heaviest first; nil when it does not.
    public func evidence(_ name: String, in text: String, most: Int = 2) -> [String]? {
        let words = Self.words(text)
        guard let label = label(name, words: words), let head = heads[name], let index = head.classes.firstIndex(of: label) else {
            return nil
        }
        let weighed = Self.features(words).compactMap { feature -> (String, Double)? in
            guard feature != "bias", !feature.hasPrefix("first:"), let weight = head.weights[feature]?[index], weight > 0 else {
                return nil
            }
            let phrase = feature.drop { $0 != ":" }.dropFirst().split(separator: "_").map(String.init)
            // "had a", "time i": a phrase ending on a word that says nothing by itself is not named.
            guard let last = phrase.last, !Self.functionWords.contains(last) else { return nil }
            return (phrase.joined(separator: " "), weight)
        }
        let heaviest = weighed.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.map(\.0)
        // A word inside a heavier pair says nothing more.
        let kept = heaviest.enumerated().filter { index, phrase in
            !heaviest.prefix(index).contains { $0.split(separator: " ").map(String.init).contains(phrase) }
        }
        return kept.prefix(most).map(\.element)
    }
}
