import Foundation
import RingbackCore
import RingbackReading

/// How `ringback understand` shows a reading: one JSON document with every key present
/// (null when not read), or one line per part with the words it came from.
struct ReadingView: Encodable {
    struct Promise: Encodable {
        var owner: String
        var what: String
        var due: String?
        var words: String

        enum CodingKeys: String, CodingKey { case owner, what, due, words }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(owner, forKey: .owner)
            try c.encode(what, forKey: .what)
            try c.encode(due, forKey: .due)
            try c.encode(words, forKey: .words)
        }
    }

    let reading: AnswerReading
    let calendar: BusinessCalendar
    let now: Date

    /// "2026-11-26" or "2026-11-26T13:00", local time.
    func day(_ when: When?) -> String? {
        when.map { String(DateText.iso($0.date, timed: $0.timed, calendar: calendar).prefix($0.timed ? 16 : 10)) }
    }

    var promises: [Promise] {
        reading.promises.map { Promise(owner: $0.owner.rawValue, what: $0.what, due: day($0.due), words: $0.words) }
    }

    enum CodingKeys: String, CodingKey {
        case outcome, channel, next, notBefore, vague, promises, stop, softNo, decision, referral, discouraged, prefers, noSuchDay, words
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(reading.outcome?.value.rawValue, forKey: .outcome)
        try c.encode(reading.channel?.value.rawValue, forKey: .channel)
        try c.encode(day(reading.next?.value), forKey: .next)
        try c.encode(day(reading.notBefore?.value), forKey: .notBefore)
        try c.encode(reading.vague != nil, forKey: .vague)
        try c.encode(promises, forKey: .promises)
        try c.encode(reading.stop != nil, forKey: .stop)
        try c.encode(reading.softNo != nil, forKey: .softNo)
        try c.encode(reading.decision?.value.rawValue, forKey: .decision)
        try c.encode(reading.referral?.value, forKey: .referral)
        try c.encode(reading.discouraged != nil, forKey: .discouraged)
        try c.encode(reading.prefers?.value.rawValue, forKey: .prefers)
        try c.encode(reading.noSuchDay, forKey: .noSuchDay)
        var words: [String: String] = [:]
        if let part = reading.outcome { words["outcome"] = part.words }
        if let part = reading.next { words["next"] = part.words }
        if let part = reading.notBefore { words["notBefore"] = part.words }
        if let part = reading.stop { words["stop"] = part.words }
        if let part = reading.decision { words["decision"] = part.words }
        if let part = reading.referral { words["referral"] = part.words }
        if let part = reading.prefers { words["prefers"] = part.words }
        try c.encode(words, forKey: .words)
    }

    /// One line per part read, each with the words it came from.
    var lines: [String] {
        func echo(_ when: When) -> String { DateText.describe(when.date, timed: when.timed, now: now, calendar: calendar) }
        var lines: [String] = []
        func add(_ label: String, _ value: String, _ words: String) { lines.append("\(label): \(value)   ← \"\(words)\"") }
        if let part = reading.outcome { add("outcome", part.value.rawValue, part.words) }
        if let part = reading.channel { add("channel", part.value.rawValue, part.words) }
        if let part = reading.next { add("next contact", echo(part.value), part.words) }
        if let part = reading.notBefore { add("not before", echo(part.value), part.words) }
        for promise in reading.promises {
            let due = promise.due.map { " · by \(echo($0))" } ?? ""
            add(promise.owner == .me ? "you owe" : "they owe", promise.what + due, promise.words)
        }
        if let part = reading.vague { add("vague", "no day given", part.words) }
        if let part = reading.stop { add("stop", "they asked not to be contacted", part.words) }
        if let part = reading.softNo { add("not now", "a no for now, not a request to stop", part.words) }
        if let part = reading.decision { add("decision", part.value.rawValue, part.words) }
        if let part = reading.referral { add("referral", part.value, part.words) }
        if let part = reading.discouraged { add("discouraged", "yes", part.words) }
        if let part = reading.prefers { add("prefers", part.value.rawValue, part.words) }
        if let day = reading.noSuchDay { lines.append("no such day: \"\(day)\" is on no calendar") }
        return lines.isEmpty ? ["Nothing read: no outcome, date, promise or request found."] : lines
    }
}
