import RingbackContent
import RingbackCore
import RingbackReading

/// Reads loose answers: yes or no, what happened on a call, a channel, discouragement.
public enum Understanding {
    /// Lower-cased words, punctuation dropped, apostrophes kept.
    static func words(_ text: String) -> [String] {
        text.lowercased().replacingOccurrences(of: "’", with: "'")
            .split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "'") }).map(String.init)
    }

    static func padded(_ text: String) -> String { " " + words(text).joined(separator: " ") + " " }

    private static let yesWords: Set<String> = [
        "yes", "y", "ye", "yeah", "yep", "yup", "ya", "yea", "sure", "ok", "okay", "k", "correct", "right",
        "absolutely", "definitely", "indeed", "affirmative", "si", "sí", "oui", "ja",
    ]
    private static let noWords: Set<String> = [
        "no", "n", "nope", "nah", "not", "never", "negative", "didn't", "didnt", "nothing", "none", "non", "nein",
    ]

    /// Nothing given where something was asked: an empty answer, a no, "none", or a short
    /// "idk" or "whenever" ("idk, she said thursday" says more and is read).
    static func nothingGiven(_ text: String) -> Bool {
        text.isEmpty || yesNo(text) == false || isNone(text) || (dontKnow(text) && words(text).count <= 4)
    }

    /// "none", "nothing", "we didn't", "n/a": an answer that there is nothing to give.
    static func isNone(_ text: String) -> Bool {
        let said = padded(text)
        return [" none ", " nothing ", " we didn't ", " we didnt ", " n a ", " no time ", " not yet "].contains { said.contains($0) }
            || said == " no "
    }

    /// "idk", "no idea", "whenever", "doesn't matter": the user has no answer to give.
    static func dontKnow(_ text: String) -> Bool {
        let said = padded(text)
        return [
            " idk ", " dunno ", " no idea ", " not sure ", " i don't know ", " i dont know ", " don't know ", " dont know ",
            " whenever ", " doesn't matter ", " doesnt matter ", " no preference ", " whatever ", " either ", " any ", " skip ",
        ].contains { said.contains($0) }
    }

    /// Yes, no, or nil when the answer is neither ("yeah he said thursday" is yes).
    static func yesNo(_ text: String) -> Bool? {
        let all = words(text)
        guard let first = all.first else { return nil }
        if noWords.contains(first) || all.prefix(3).contains(where: { ["didn't", "didnt", "not", "nope", "no"].contains($0) }) {
            return false
        }
        // "did", "we did", "she did".
        if first == "did" || (all.count > 1 && all[1] == "did" && ["we", "he", "she", "they", "i"].contains(first)) { return true }
        return yesWords.contains(first) ? true : nil
    }

    /// A channel named in the text, if any.
    static func channel(_ text: String) -> Channel? {
        let t = padded(text)
        if t.contains(" email") || t.contains(" e-mail") || t.contains(" mail ") && !t.contains("voice mail") { return .email }
        if t.contains(" text") || t.contains(" sms ") || t.contains(" whatsapp ") { return .text }
        if t.contains(" zoom ") || t.contains(" video") || t.contains(" teams ") { return .video }
        if t.contains(" letter ") || t.contains(" card ") { return .mail }
        if t.contains(" call") || t.contains(" phone") || t.contains(" rang ") || t.contains(" ring ") || t.contains(" ringing ") {
            return .call
        }
        // "a panel interview next tues", "coffee on the 12th": met in person.
        if AnswerReader.namesAMeeting(text) { return .meeting }
        // "can we talk thurs after 5", texted: talking is a call.
        if t.contains(" talk ") || t.contains(" speak ") { return .call }
        return nil
    }

    /// The reframe for discouragement in `text`, not the same as `last` when another fits;
    /// one written for the contact's context comes before a general one, and one for another
    /// context is never used.
    /// `theirs` tells a trigger that is their answer, not the user's guess ("not interested"
    /// after they said no): it calls for no reframe.
    public static func reframe(
        for text: String, in content: DebriefContent, last: String?, context: ContactContext? = nil,
        theirs: (String) -> Bool = { _ in false }
    ) -> DebriefContent.Reframe? {
        let t = padded(text)
        let matching = content.reframes.filter { reframe in
            (reframe.contexts.isEmpty || context.map(reframe.contexts.contains) == true)
                && reframe.triggers.contains { t.contains(" " + words($0).joined(separator: " ") + " ") && !theirs($0) }
        }.sorted { !$0.contexts.isEmpty && $1.contexts.isEmpty }
        guard !matching.isEmpty else { return nil }
        if let fresh = matching.first(where: { $0.id != last }) { return fresh }
        // Only the last one fits: offer the next reframe in the list rather than repeat it.
        let index = content.reframes.firstIndex { $0.id == last } ?? 0
        return content.reframes[(index + 1) % content.reframes.count]
    }
}
