import Foundation
import RingbackContent
import RingbackCore
import RingbackReading
import RingbackWhen

/// Whether a reply met one criterion, and why.
public struct CriterionResult: Equatable, Sendable, Encodable {
    public var criterion: Criterion
    public var met: Bool
    /// What in the reply decided it, naming its words.
    public var reason: String
}

/// Checks a trainee's reply against the rubric: each criterion weighs evidence for and
/// against it (the phrases are in `Evidence`) and names the words that decided. Pure: the
/// date reader gets `now` passed in.
public struct ReplyChecker: Sendable {
    let dates: WhenParser
    /// A coach's ear for what the phrase lists do not hold, trained on graded replies.
    let model: NGramModel

    public init(now: Date, calendar: BusinessCalendar, settings: Settings, model: NGramModel = .replies) {
        dates = WhenParser(now: now, calendar: calendar, settings: settings)
        self.model = model
    }

    /// The words of a reply, padded for whole-word matching.
    struct Text {
        let reply: String
        let padded: String

        init(_ reply: String) {
            self.reply = reply
            padded = Understanding.padded(reply)
        }

        /// The first phrase of `phrases` the reply holds as whole words.
        func found(_ phrases: Phrases) -> String? {
            phrases.padded.firstIndex { padded.contains($0) }.map { phrases.typed[$0] }
        }

        var isQuestion: Bool { reply.contains("?") }
    }

    /// `heard`: what the other side said to this reply ("I don't take calls, just email me").
    public func check(_ reply: String, _ criterion: Criterion, heard: String? = nil) -> CriterionResult {
        let text = Text(reply)
        if criterion == .channel, let heard, Text(heard).found(Evidence.callRefused) != nil, let reach = reachesForThePhone(text) {
            return CriterionResult(criterion: criterion, met: false, reason: "\"\(reach)\" reaches for the phone they turned down")
        }
        let (met, reason) = verdict(text, criterion)
        return CriterionResult(criterion: criterion, met: met, reason: reason)
    }

    /// The first reach for a call or a text in the reply that is not turned down by the word
    /// before it ("no more calls", "I won't call you").
    private func reachesForThePhone(_ text: Text) -> String? {
        let words = Understanding.words(text.reply)
        for (index, phrase) in Evidence.callReach.padded.enumerated() {
            let target = Understanding.words(phrase)
            for start in words.indices where words[start...].starts(with: target) {
                let before = words[max(0, start - 2)..<start]
                if !before.contains(where: Evidence.notReaching.contains) { return Evidence.callReach.typed[index] }
            }
        }
        return nil
    }

    private func verdict(_ text: Text, _ criterion: Criterion) -> (Bool, String) {
        switch criterion {
        case .specificDay: return specificDay(text)
        case .twoOptions: return twoOptions(text)
        case .whatAndWhen:
            let action = text.found(Evidence.action)
            let when = dates.read(text.reply)?.matched ?? text.found(Evidence.timeFrames)
            if let action, let when { return (true, "\"\(action)\" with \"\(when)\"") }
            return (false, action == nil ? "no clear next action" : "\"\(action!)\" but no time frame for it")
        case .easyNo:
            if let phrase = text.found(Evidence.easyNo) { return (true, "\"\(phrase)\"") }
            return (false, "nothing makes a no easy")
        case .gracious: return gracious(text)
        case .channel:
            if let phrase = text.found(Evidence.channels) { return (true, "\"\(phrase)\"") }
            return (false, "no channel named")
        case .short:
            let count = Understanding.words(text.reply).count
            if count < 4 { return (false, "\(count) word\(count == 1 ? "" : "s"): too short to carry a next step") }
            return (count <= 45, "\(count) words")
        case .respectNo:
            if let ungracious = ungracious(text) { return (false, ungracious) }
            // A day in "I'll take you off my list today" is when they stop, not another contact.
            let day = text.found(Evidence.stopping) == nil ? dates.read(text.reply)?.matched : nil
            if let push = text.found(Evidence.recontact) ?? text.found(["but", "maybe"]) ?? day {
                return (false, "\"\(push)\" still reaches for another contact")
            }
            return text.found(Evidence.acknowledge).map { (true, "\"\($0)\", and nothing more asked") } ?? (false, "no acknowledgement")
        }
    }

    /// A day they can put in a calendar, offered or asked for (not demanded), or asking them
    /// to pick one.
    private func specificDay(_ text: Text) -> (Bool, String) {
        if let ask = text.found(Evidence.askToPick) { return (true, "you asked them to pick: \"\(ask)\"") }
        guard let reading = dates.read(text.reply) else { return (false, "no day or time in it") }
        guard let specific = specificReading(text) else { return (false, "\"\(reading.matched)\" is a period, not a day") }
        if let demand = text.found(Evidence.pressure) {
            return (false, "\"\(specific.matched)\" comes as a demand (\"\(demand)\"), not an ask")
        }
        return (true, "you named \"\(specific.matched)\"")
    }

    /// The first day someone can put in a calendar: the longest date phrase may be a period
    /// ("early next week"), and a clause may still name a day.
    private func specificReading(_ text: Text) -> DateReading? {
        let clauses = text.reply.split(whereSeparator: { ",.;!?".contains($0) }).compactMap { dates.read(String($0)) }
        return ([dates.read(text.reply)].compactMap { $0 } + clauses).first(where: Self.isSpecific)
    }

    private func twoOptions(_ text: Text) -> (Bool, String) {
        if text.padded.contains(" 1 ") && text.padded.contains(" 2 ") { return (true, "numbered choices") }
        let sides = text.reply.lowercased().components(separatedBy: " or ")
        if sides.count >= 2, dates.read(sides[0]) != nil, dates.read(sides[1]) != nil { return (true, "two times to pick from") }
        if let phrase = text.found(["either", "whichever"]), sides.count >= 2 { return (true, "\"\(phrase) ... or ...\"") }
        // One concrete slot they may move, or their pick with a fallback: still two ways forward.
        if let move = text.found(Evidence.movable), let slot = specificReading(text) {
            return (true, "\"\(slot.matched)\", and they can move it (\"\(move)\")")
        }
        if let ask = text.found(Evidence.askToPick), let fallback = text.found(Evidence.fallback) {
            return (true, "their pick (\"\(ask)\"), or \"\(fallback) ...\"")
        }
        // Two answers to choose from: "reply 'busy' ... or 'no' ...", "(a) ... or (b) ...".
        if sides.count >= 2, text.reply.contains("(a)") && text.reply.contains("(b)") || text.found(["reply"]) != nil {
            return (true, "two answers to choose from")
        }
        // "Still interested but busy, or no longer interested?": two choices in one question.
        let questions = text.reply.split(separator: "?", omittingEmptySubsequences: false).dropLast()
        if let question = questions.first(where: { $0.lowercased().contains(" or ") && !$0.lowercased().contains(" or not") }) {
            let parts = question.lowercased().components(separatedBy: " or ")
            if parts.count >= 2, Understanding.words(parts[1]).count >= 1 {
                return (true, "a question with two choices (\"... or \(parts[1].trimmingCharacters(in: .whitespaces))?\")")
            }
        }
        return (false, "only one way forward offered")
    }

    /// Blame, pressure or sarcasm fail; otherwise some goodwill must show.
    private func gracious(_ text: Text) -> (Bool, String) {
        if let ungracious = ungracious(text) { return (false, ungracious) }
        if let phrase = text.found(Evidence.goodwill) { return (true, "\"\(phrase)\", with no guilt or pressure") }
        return (false, "nothing in it shows goodwill (a thanks, an \"of course\", \"no rush\")")
    }

    /// Why the reply reads as blame, pressure or sarcasm; nil when it does not.
    func ungracious(_ text: Text) -> String? {
        if let phrase = text.found(Evidence.blame) { return "\"\(phrase)\" reads as blame" }
        if let phrase = text.found(Evidence.pressure) { return "\"\(phrase)\" is pressure" }
        if let phrase = text.found(Evidence.pushPastNo) { return "\"\(phrase)\" pushes past their answer" }
        if let phrase = text.found(Evidence.sarcasm) { return "\"\(phrase)\" reads as sarcasm" }
        let reply = text.reply
        if reply.count > 12, reply == reply.uppercased(), reply.contains(where: \.isLetter) { return "all capitals reads as shouting" }
        return nil
    }

    /// Why a reply the rules found nothing wrong with still reads like the replies coaches
    /// turned down (the model's verdict, with the words that weighed most); nil when it does not.
    public func doubt(_ reply: String) -> String? {
        guard ungracious(.init(reply)) == nil, let words = model.evidence("pressure", in: reply) else { return nil }
        let named = words.isEmpty ? "" : " (most of all " + words.map { "\"\($0)\"" }.joined(separator: " and ") + ")"
        return "it reads like the replies coaches turned down" + named
    }

    /// A day someone can put in a calendar: a time, a weekday, a date, today or tomorrow;
    /// not "next week" or "in a few weeks".
    static func isSpecific(_ reading: DateReading) -> Bool {
        if reading.when.timed { return true }
        let words = Understanding.words(reading.matched)
        return words.contains { Evidence.dayWords.contains($0) || $0.first?.isNumber == true }
            || words.contains { Evidence.monthWords.contains($0) } && !words.contains("week") && !words.contains("weeks")
    }
}
