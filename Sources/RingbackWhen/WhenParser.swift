import Foundation
import RingbackCore

/// Finds and reads a date phrase in what people type: "yeah she said call thursday after
/// lunch", "in a couple of weeks", "the 14th after 3", "2026-11-24T10:00".
///
/// Pure: `now`, the time zone, working days and part-of-day times are passed in; it reads
/// no clock and no locale. Relative phrases are always read forward in time; an explicit
/// date or "today" with a time already gone is returned with `isPast` set.
public struct WhenParser: Sendable {
    public let now: Date
    public let calendar: BusinessCalendar
    public let settings: Settings
    /// The contact's own zone, for a time said on their clock ("9am his time").
    public let theirZone: String?

    public init(now: Date, calendar: BusinessCalendar, settings: Settings, theirZone: String? = nil) {
        self.now = now
        self.calendar = calendar
        self.settings = settings
        self.theirZone = theirZone
    }

    /// The best date phrase in `text`: the one covering the most words, the earliest on a tie.
    public func read(_ text: String) -> DateReading? {
        let tokens = Tokenizer.tokens(String(text.prefix(2_000)))
        var best: (phrase: Phrase, start: Int, end: Int)?
        let grammar = Grammar(tokens: tokens, dateOrder: settings.dateOrder)
        for start in tokens.indices {
            guard let (phrase, end) = grammar.phrase(at: start) else { continue }
            if best == nil || end - start > best!.end - best!.start { best = (phrase, start, end) }
        }
        guard let best, var resolved = Resolver(now: now, calendar: calendar, parts: settings.partsOfDay).resolve(best.phrase) else {
            return nil
        }
        var end = best.end
        var first = best.start
        // "the monday after new year", "tuesday after christmas": that weekday, on or after the
        // day "after ..." gives (not that day, and not the weekday left unread).
        if !resolved.when.timed, tokens[best.start].text == "after", best.start > 0,
            let weekday = Lexicon.weekdays[tokens[best.start - 1].text]
        {
            var day = resolved.when.date
            while calendar.weekday(day) != weekday { day = calendar.day(1, after: day) }
            resolved.when.date = day
            first = best.start - 1
        }
        // "9am his time", "10 EST", "2pm London time": the time is on that clock.
        var zone: String?
        var theirZoneUnknown = false
        if resolved.when.timed, let named = ZoneWords.clock(in: tokens, from: best.end) {
            let name: String? =
                switch named.clock {
                case .theirs: theirZone
                case .named(let name): name
                }
            if name == nil {
                theirZoneUnknown = true
                end = named.end
            }
            if let name, let timeZone = TimeZone(identifier: name),
                let onTheirs = Resolver(
                    now: now,
                    calendar: BusinessCalendar(timeZone: timeZone, workingDays: Array(calendar.workingDays), daysOff: calendar.daysOff),
                    parts: settings.partsOfDay
                ).resolve(best.phrase)
            {
                resolved = onTheirs
                zone = name
                end = named.end
            }
        }
        let span = tokens[first].range.lowerBound..<tokens[end - 1].range.upperBound
        // "last friday", "2 days ago": a date read forwards that was meant backwards is not
        // sure, so the word that turns it round is reported too.
        let backwards = tokens.indices.filter {
            ($0 == best.start - 1 && Lexicon.backwards.contains(tokens[$0].text)) || ($0 == best.end && tokens[$0].text == "ago")
        }
        let unused = tokens.indices.filter {
            ($0 < first || $0 >= end) && (Lexicon.isDateWord(tokens[$0]) || backwards.contains($0))
        }.map { tokens[$0].text }
        return DateReading(
            when: resolved.when, span: span, matched: String(text[span]), isPast: resolved.isPast, unused: unused, zone: zone,
            theirZoneUnknown: theirZoneUnknown)
    }

    /// A day of a month typed that is on no calendar ("the 31st of febuary", "april 31"), as
    /// typed, so the caller can say so instead of dropping it.
    public func noSuchDay(in text: String) -> String? {
        let tokens = Tokenizer.tokens(String(text.prefix(2_000)))
        let grammar = Grammar(tokens: tokens, dateOrder: settings.dateOrder)
        let resolver = Resolver(now: now, calendar: calendar, parts: settings.partsOfDay)
        for start in tokens.indices {
            guard let (phrase, end) = grammar.phrase(at: start), case .calendar(.some, _, _) = phrase.day,
                resolver.resolve(phrase) == nil
            else { continue }
            return String(text[tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound])
        }
        return nil
    }

    /// The word that makes `text` a non-answer ("sometime", "later", "soon"), if any, so the
    /// caller can ask for a day instead of guessing.
    public static func vagueWord(in text: String) -> String? {
        let padded = " " + text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" }).joined(separator: " ") + " "
        return Lexicon.vague.first { padded.contains(" \($0) ") }
    }
}
