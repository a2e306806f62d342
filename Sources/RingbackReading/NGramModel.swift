import Foundation
import RingbackBuiltIn

/// The reader's fallback for sentence-level labels (outcome, channel, soft no, discouragement):
/// a linear model over word unigrams and bigrams, trained from the answer corpus by
/// `scripts/train_answer_model.py` and shipped as `data/answer-model.tsv`. The reader asks it
/// only about what its rules left unread, and takes its label only at the head's threshold.
public struct AnswerModel: Sendable {
    /// One label's model: its classes ("-" is nothing read), a weight per class for each
    /// feature, and the probability its best class needs.
    struct Head: Sendable {
        var classes: [String] = []
        var threshold = 1.0
        var weights: [String: [Double]] = [:]
    }

    var heads: [String: Head] = [:]

    /// The model the build carries; empty (it reads nothing) if the file is missing.
    public static let shipped = AnswerModel(tsv: BuiltInFiles.text("data/answer-model.tsv") ?? "")

    /// Answers shorter than this many words are left to the rules: a name, "nope", "vm".
    static let fewestWords = 3

    /// Reads the file's lines: `head	threshold	value`, `head	classes	a,b,…`, and
    /// `head	feature	weight,weight,…`; a line it cannot read is skipped.
    public init(tsv: String) {
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 3 else { continue }
            var head = heads[parts[0]] ?? Head()
            switch parts[1] {
            case "threshold": head.threshold = Double(parts[2]) ?? 1
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
        guard words.count >= Self.fewestWords, let head = heads[name], !head.classes.isEmpty else { return nil }
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
}
