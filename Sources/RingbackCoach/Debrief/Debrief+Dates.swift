import Foundation
import RingbackCore
import RingbackWhen

/// Dates in debrief answers: found in a sentence, refused when past or vague, echoed with
/// their weekday.
extension Debrief {
    struct FoundDate {
        var reading: DateReading
        var ok: Bool
        var message: String
        var when: When { reading.when }
    }

    /// The date in `text`, if any; remembers the channel named in the same sentence.
    mutating func date(in text: String) -> FoundDate? {
        guard let reading = WhenParser(now: now, calendar: calendar, settings: settings, theirZone: theirZone).read(text) else {
            return nil
        }
        draft.proposedChannel = Understanding.channel(text)
        return FoundDate(reading: reading, ok: !reading.isPast, message: say(.pastDate, ["when": describe(reading.when)]))
    }

    /// Reads the answer to a "when?" question, applies it, and moves to `next`, or asks again.
    mutating func askDate(_ text: String, then next: (When) -> Step, apply: (inout Debrief, When) -> Void = { _, _ in }) -> Reply {
        guard let found = date(in: text) else {
            if let vague = WhenParser.vagueWord(in: text) { return reply([say(.vagueDate, ["when": vague])]) }
            return reply([say(.noDate), prompt()])
        }
        guard found.ok else { return reply([found.message]) }
        if let partly = partlyRead(found) { return partly }
        apply(&self, found.when)
        return go(next(found.when))
    }

    /// "I read 'friday' as Fri 11 Dec, but not '25pm'": a day read with words left over is asked
    /// about, never taken as it is; nil when every date word was read.
    func partlyRead(_ found: FoundDate) -> Reply? {
        guard !found.reading.unused.isEmpty else { return nil }
        return reply([
            say(
                .partlyRead,
                ["what": found.reading.matched, "when": describe(found.when), "unused": found.reading.unused.joined(separator: " ")])
        ])
    }

    func describe(_ when: When) -> String {
        DateText.describe(when.date, timed: when.timed, now: now, calendar: calendar)
    }

    /// Trims what is left at the ends once a date is cut out: "she'll send the budget by" →
    /// "send the budget".
    static func tidy(_ text: String) -> String {
        var words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        let trailing: Set<String> = ["by", "on", "at", "before", "until", "till", "for", "and", "the"]
        let leading: Set<String> = ["yes", "yeah", "yep", "she'll", "he'll", "they'll", "she", "he", "they", "will", "said"]
        func bare(_ word: String) -> String { word.lowercased().trimmingCharacters(in: .punctuationCharacters) }
        while let last = words.last, trailing.contains(bare(last)) || bare(last).isEmpty { words.removeLast() }
        while words.count > 1, let first = words.first, leading.contains(bare(first)) { words.removeFirst() }
        return words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ",;: "))
    }
}
