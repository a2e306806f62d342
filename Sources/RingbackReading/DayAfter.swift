import Foundation
import RingbackCore
import RingbackWhen

/// A day counted from another day of the answer, not from today: "committee decides dec 15,
/// i'll call her the day after" (16 Dec), "back jan 11, gonna call a week after that" (18 Jan),
/// "out til the 14th, try the tuesday after that" (15 Dec), "the monday after thanksgiving".
enum DayAfter {
    /// The day (and the clause's time, if it says one) that `clause` counts from `anchor`, the
    /// day named before it; or from the day named right after "after" in the clause itself.
    static func when(in clause: Clause, anchor: When?, parser: WhenParser, calendar: BusinessCalendar) -> When? {
        let words = clause.words
        guard let index = words.firstIndex(of: "after"), index > 0 else { return nil }
        let rest = Array(words[(index + 1)...])
        let base: When
        if rest.isEmpty || Self.pointers.contains(rest[0]) {
            guard let anchor else { return nil }
            base = anchor
        } else {
            // "the monday after thanksgiving": counted from the day named after "after".
            guard Weekday(exactly: words[index - 1]) != nil, let named = parser.read(rest.joined(separator: " ")) else { return nil }
            base = named.when
        }
        guard let day = Self.day(before: Array(words[..<index]), base: base.date, calendar: calendar) else { return nil }
        // "the friday after at 2": the time said in the clause, on that day.
        if let timed = parser.read(clause.text)?.when, timed.timed {
            let minutes = Int(timed.date.timeIntervalSince(calendar.startOfDay(timed.date)) / 60)
            if let time = ClockTime(hour: minutes / 60, minute: minutes % 60) {
                return When(date: calendar.date(on: day, at: time), timed: true)
            }
        }
        return When(date: day, timed: false)
    }

    /// Words after "after" that point back at the day just named.
    static let pointers: Set<String> = ["that", "then", "at", "and", "so", "to", "for", "this", "it"]

    /// The day the words before "after" count: "the day" one day on, "a week" seven, "the
    /// tuesday" the first Tuesday after `base`, "the weekend" its Saturday, "2 days" two.
    private static func day(before words: [String], base: Date, calendar: BusinessCalendar) -> Date? {
        guard let last = words.last else { return nil }
        let count = words.count >= 2 ? Self.counts[words[words.count - 2]] : nil
        switch last {
        case "day": return calendar.day(1, after: base)
        case "days": return count.map { calendar.day($0, after: base) }
        case "week": return calendar.day(7, after: base)
        case "weeks": return count.map { calendar.day(7 * $0, after: base) }
        case "weekend": return Self.next(.sat, after: base, calendar: calendar)
        default: return Weekday(exactly: last).map { Self.next($0, after: base, calendar: calendar) }
        }
    }

    private static let counts = ["a": 1, "one": 1, "1": 1, "two": 2, "2": 2, "three": 3, "3": 3, "couple": 2, "few": 3]

    /// The first `weekday` strictly after the day of `date`.
    private static func next(_ weekday: Weekday, after date: Date, calendar: BusinessCalendar) -> Date {
        var day = calendar.day(1, after: date)
        while calendar.weekday(day) != weekday { day = calendar.day(1, after: day) }
        return day
    }
}

extension Weekday {
    /// "tuesday", "tues", "tue": a whole word naming a weekday (not "wedding" or "sat" in a sentence about sitting).
    init?(exactly word: String) {
        let names: [String: Weekday] = [
            "monday": .mon, "mon": .mon, "tuesday": .tue, "tues": .tue, "tue": .tue, "wednesday": .wed, "wed": .wed,
            "thursday": .thu, "thurs": .thu, "thu": .thu, "friday": .fri, "fri": .fri, "saturday": .sat, "sunday": .sun,
        ]
        guard let day = names[word] else { return nil }
        self = day
    }
}
