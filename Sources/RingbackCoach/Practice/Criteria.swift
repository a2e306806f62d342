import Foundation
import RingbackContent
import RingbackCore
import RingbackWhen

/// Whether a reply met one criterion, and why.
public struct CriterionResult: Equatable, Sendable {
    public var criterion: Criterion
    public var met: Bool
    /// What in the reply decided it, in a few words.
    public var reason: String
}

/// Checks a trainee's reply against the rubric. Pure: the date reader gets `now` passed in.
public struct ReplyChecker: Sendable {
    let dates: WhenParser

    public init(now: Date, calendar: BusinessCalendar, settings: Settings) {
        dates = WhenParser(now: now, calendar: calendar, settings: settings)
    }

    public func check(_ reply: String, _ criterion: Criterion) -> CriterionResult {
        let text = Understanding.padded(reply)
        func found(_ phrases: [String]) -> String? { phrases.first { text.contains(" \($0) ") } }
        func result(_ met: Bool, _ reason: String) -> CriterionResult { CriterionResult(criterion: criterion, met: met, reason: reason) }
        switch criterion {
        case .specificDay:
            guard let reading = dates.read(reply) else { return result(false, "no day or time in it") }
            // The longest date phrase may be a period ("early next week"); a clause may still name a day.
            let clauses = reply.split(whereSeparator: { ",.;!?".contains($0) }).compactMap { dates.read(String($0)) }
            if let specific = ([reading] + clauses).first(where: Self.isSpecific) {
                return result(true, "you named \"\(specific.matched)\"")
            }
            return result(false, "\"\(reading.matched)\" is a period, not a day")
        case .twoOptions:
            if text.contains(" 1 ") && text.contains(" 2 ") { return result(true, "numbered choices") }
            let sides = reply.lowercased().components(separatedBy: " or ")
            if sides.count >= 2, dates.read(sides[0]) != nil, dates.read(sides[1]) != nil { return result(true, "two times to pick from") }
            if let phrase = found(["either", "whichever"]), sides.count >= 2 { return result(true, "\"\(phrase) ... or ...\"") }
            return result(false, "only one way forward offered")
        case .whatAndWhen:
            let action = found([
                "i'll", "i will", "i'm going to", "i am going to", "let me", "i can", "i'd like to", "may i", "shall i",
                "could i", "can i", "could you", "can you",
                "would you", "please", "let me know", "call me back", "get back to me", "i'm sending", "i'll send",
            ])
            let reading = dates.read(reply)
            if let action, let reading { return result(true, "\"\(action)\" with \"\(reading.matched)\"") }
            return result(false, action == nil ? "no clear next action" : "no time frame for it")
        case .easyNo:
            if let phrase = found([
                "fine to say no", "okay to say no", "ok to say no", "no is fine", "no is ok", "no is okay", "a no is",
                "won't hurt my feelings", "either way", "either is fine", "not a fit", "not the right fit",
                "no longer interested", "if not no problem", "totally fine if", "completely fine", "tell me no",
                "just tell me", "that's fine too", "off your list", "no longer right", "no hard feelings", "no pressure",
            ]) {
                return result(true, "\"\(phrase)\"")
            }
            return result(false, "nothing makes a no easy")
        case .gracious:
            if let phrase = found([
                "you never", "you didn't", "you haven't", "why haven't", "why didn't", "finally", "ignoring", "ignored",
                "i've been waiting", "still waiting", "you said you would", "you promised", "no response from you",
                "you keep", "rude", "come on", "again and again", "how many times", "at last",
            ]) {
                return result(false, "\"\(phrase)\" reads as blame")
            }
            if reply.count > 12, reply == reply.uppercased(), reply.contains(where: \.isLetter) {
                return result(false, "all capitals reads as shouting")
            }
            return result(true, "no guilt or blame")
        case .channel:
            if let phrase = found([
                "call", "phone", "ring", "email", "e-mail", "mail", "text", "message", "zoom", "video", "teams", "meet",
                "coffee", "voicemail", "send", "email you", "text you", "call you", "drop by", "calendar invite", "invite",
            ]) {
                return result(true, "\"\(phrase)\"")
            }
            return result(false, "no channel named")
        case .short:
            let count = Understanding.words(reply).count
            return result(count > 0 && count <= 45, "\(count) words")
        case .respectNo:
            let acknowledges = found([
                "understood", "of course", "will do", "no problem", "sorry", "i'll stop", "i will stop", "won't call",
                "will not call", "take you off", "remove you", "thank you", "thanks", "i understand", "got it", "absolutely",
            ])
            if dates.read(reply) != nil || text.contains(" but ") || text.contains(" maybe ") {
                return result(false, "it still pushes for another contact")
            }
            return acknowledges.map { result(true, "\"\($0)\"") } ?? result(false, "no acknowledgement")
        }
    }

    /// A day someone can put in a calendar: a time, a weekday, a date, today or tomorrow;
    /// not "next week" or "in a few weeks".
    static func isSpecific(_ reading: DateReading) -> Bool {
        if reading.when.timed { return true }
        let words = Understanding.words(reading.matched)
        let dayWords: Set<String> = [
            "today", "tonight", "tomorrow", "tmrw", "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed",
            "weds", "thursday", "thu", "thur", "thurs", "friday", "fri", "saturday", "sat", "sunday", "sun",
        ]
        return words.contains { dayWords.contains($0) || $0.first?.isNumber == true }
            || words.contains {
                [
                    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                    "first", "second", "third",
                ].contains($0)
            } && !words.contains("week") && !words.contains("weeks")
    }
}
