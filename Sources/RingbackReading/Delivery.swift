import Foundation

/// Whether an answer says that something they owed has come ("she already sent the times,
/// that's done", "got the budget from him"): a cue of arrival, no word of it still missing,
/// and a word of what was owed (or nothing else owed to mix it up with).
public enum Delivery {
    /// Words that say it came.
    static let arrived = [
        "already sent", "already did", "already got", "already came", "already in", "sent it", "sent them", "sent over",
        "sent me", "she sent", "he sent", "they sent", "emailed me", "emailed it", "emailed over", "forwarded it", "shared it",
        "got it", "got the", "got her", "got his", "got their", "received", "came in", "came through", "arrived", "delivered",
        "that's done", "thats done", "it's done", "its done", "done already", "already done", "has it", "in my inbox",
        // "he answered and sent the preapproval letter, both done", "updated letter attached".
        "and sent", "both done", "all done", "attached", "is attached", "attaching", "here's the", "here is the",
    ]

    /// Words that say it has not come.
    static let missing = [
        "not yet", "hasn't", "hasnt", "haven't", "havent", "didn't", "didnt", "still waiting", "still no", "no sign", "never",
        "not sent", "not in", "waiting on", "waiting for", "will send", "going to send", "gonna send",
        // Asking after it is no sign of it ("left a msg asking if theres an update on the decision").
        "asking", "asked if", "ask if", "update on", "any update", "checking on", "checking in on", "following up on",
        "got her vm", "got his vm", "got their vm", "got her voicemail", "got his voicemail", "got their voicemail",
    ]

    /// Words of a promise that do not tell one promise from another.
    static let plain: Set<String> = [
        "send", "sent", "you", "me", "my", "the", "a", "an", "over", "to", "of", "for", "get", "back", "her", "his", "their",
        "with", "and", "on", "in", "by", "some", "it", "them", "your", "our", "give", "share", "let", "know",
    ]

    /// Whether `text` says that `what` came; `only` when it is the one thing they owe.
    public static func says(_ text: String, about what: String, only: Bool) -> Bool {
        let lower = " " + text.lowercased().replacingOccurrences(of: "’", with: "'") + " "
        guard
            arrived.contains(where: { lower.contains(" " + $0 + " ") || lower.contains(" " + $0 + ",") || lower.contains(" " + $0 + ".") }),
            !missing.contains(where: { lower.contains(" " + $0 + " ") })
        else { return false }
        return names(what, in: lower) || (only && mentionsNothingElse(lower))
    }

    /// Whether the user says they sent what they owed: "sent mark the 2 profiles", "just
    /// emailed her the deck", naming a word of it.
    public static func userSent(_ text: String, about what: String) -> Bool {
        let lower = " " + text.lowercased().replacingOccurrences(of: "’", with: "'") + " "
        let all = words(lower)
        let opening = all.drop { ["ok", "so", "just", "i", "finally", "also", "and"].contains($0) }.first
        guard opening.map(userSends.contains) == true || userSends.contains(where: { lower.contains(" i \($0) ") }),
            !missing.contains(where: { lower.contains(" " + $0 + " ") })
        else { return false }
        return names(what, in: lower, shortest: 3)
    }

    /// Whether the text names a word of what was owed, by its first five letters ("profiles"
    /// is "profile"); words shorter than `shortest` do not count.
    static func names(_ what: String, in lower: String, shortest: Int = 1) -> Bool {
        let said = Set(words(lower).map { String($0.prefix(5)) })
        return words(what.lowercased()).filter { !plain.contains($0) && $0.count >= shortest }.map { String($0.prefix(5)) }
            .contains(where: said.contains)
    }

    static let userSends: Set<String> = ["sent", "emailed", "shared", "forwarded", "delivered", "mailed", "texted", "did", "finished"]

    /// The answer names no other thing sent: "thats done" alone, or "she already sent it".
    private static func mentionsNothingElse(_ lower: String) -> Bool {
        !words(lower).contains { !plain.contains($0) && !arrivedWords.contains($0) && !fillers.contains($0) }
    }

    private static let arrivedWords = Set(arrived.flatMap { $0.split(separator: " ").map(String.init) })
    private static let fillers: Set<String> = [
        "she", "he", "they", "yes", "yeah", "yep", "oh", "and", "so", "also", "already", "thanks", "too", "actually", "anyway", "ok",
        "okay", "that", "that's", "thats", "is", "was", "were", "this", "morning", "today", "yesterday", "last", "night", "week",
    ]

    private static func words(_ text: String) -> [String] {
        text.split { !$0.isLetter && !$0.isNumber && $0 != "'" }.map(String.init)
    }
}
