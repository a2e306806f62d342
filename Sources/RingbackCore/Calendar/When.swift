import Foundation

/// A moment the user named: a day, or a day and a time of day.
public struct When: Equatable, Sendable {
    /// The moment; for a day alone, the start of that local day.
    public var date: Date
    /// True when a time of day was given.
    public var timed: Bool

    public init(date: Date, timed: Bool) {
        self.date = date
        self.timed = timed
    }

    /// Reads ISO 8601: `2026-11-24`, `2026-11-24T10:00`, `2026-11-24 10:00:30`, and with a
    /// `Z` or `+01:00` offset. Times without an offset are local to `calendar`. Nil otherwise.
    public static func iso8601(_ text: String, calendar: BusinessCalendar) -> When? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.first?.isNumber == true,
            let match = isoPattern.firstMatch(in: trimmed, range: NSRange(trimmed.startIndex..., in: trimmed))
        else { return nil }
        func group(_ i: Int) -> String? {
            Range(match.range(at: i), in: trimmed).map { String(trimmed[$0]) }
        }
        guard let year = group(1).flatMap(Int.init), let month = group(2).flatMap(Int.init),
            let day = group(3).flatMap(Int.init), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var parts = DateComponents(year: year, month: month, day: day)
        let timed = group(4) != nil
        if timed {
            guard let hour = group(4).flatMap(Int.init), let minute = group(5).flatMap(Int.init),
                (0...23).contains(hour), (0...59).contains(minute)
            else { return nil }
            parts.hour = hour
            parts.minute = minute
            parts.second = group(6).flatMap(Int.init) ?? 0
            guard (0...59).contains(parts.second!) else { return nil }
        }
        var cal = calendar.calendar
        if let offset = group(7) { cal.timeZone = timeZone(offset) ?? cal.timeZone }
        guard let date = cal.date(from: parts),
            cal.component(.day, from: date) == day, cal.component(.month, from: date) == month
        else { return nil }
        return When(date: date, timed: timed)
    }

    /// Compiled once: building an NSRegularExpression costs far more than matching one.
    private static let isoPattern = try! NSRegularExpression(
        pattern: #"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$"#)

    private static func timeZone(_ offset: String) -> TimeZone? {
        if offset == "Z" { return TimeZone(identifier: "UTC") }
        let digits = offset.dropFirst().replacingOccurrences(of: ":", with: "")
        guard digits.count == 4, let hours = Int(digits.prefix(2)), let minutes = Int(digits.suffix(2)) else { return nil }
        let seconds = (hours * 3600 + minutes * 60) * (offset.hasPrefix("-") ? -1 : 1)
        return TimeZone(secondsFromGMT: seconds)
    }
}
