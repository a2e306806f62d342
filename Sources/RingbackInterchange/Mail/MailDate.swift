import Foundation

/// The Date header (RFC 5322 section 3.3): "Tue, 24 Nov 2026 10:15:00 +0100", with the
/// obsolete zone names (GMT, UT, EST...), a missing weekday or seconds, and two-digit years.
public enum MailDate {
    public static func parse(_ value: String) -> Date? {
        var words = value.replacingOccurrences(of: ",", with: " ").split(separator: " ").map(String.init)
        // A trailing comment: "+0100 (CET)".
        words = words.filter { !$0.hasPrefix("(") && !$0.hasSuffix(")") }
        if let first = words.first, first.first?.isLetter == true { words.removeFirst() }
        guard words.count >= 4, let day = Int(words[0]), let month = months[String(words[1].prefix(3)).lowercased()],
            var year = Int(words[2])
        else { return nil }
        if year < 50 { year += 2000 } else if year < 1000 { year += 1900 }
        let clock = words[3].split(separator: ":").compactMap { Int($0) }
        guard clock.count >= 2, (0...23).contains(clock[0]), (0...59).contains(clock[1]) else { return nil }
        let offset = words.count > 4 ? zoneOffset(words[4]) : 0
        guard let offset else { return nil }
        var parts = DateComponents()
        (parts.year, parts.month, parts.day) = (year, month, day)
        (parts.hour, parts.minute, parts.second) = (clock[0], clock[1], clock.count > 2 ? clock[2] : 0)
        parts.timeZone = TimeZone(secondsFromGMT: offset)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        guard let date = calendar.date(from: parts), calendar.component(.day, from: date.addingTimeInterval(TimeInterval(offset))) == day
        else { return nil }
        return date
    }

    private static func zoneOffset(_ zone: String) -> Int? {
        if let sign = zone.first, sign == "+" || sign == "-", zone.count == 5, let value = Int(zone.dropFirst()) {
            let seconds = (value / 100) * 3600 + (value % 100) * 60
            return sign == "-" ? -seconds : seconds
        }
        return names[zone.uppercased()] ?? 0
    }

    private static let months = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    ]
    private static let names = [
        "GMT": 0, "UT": 0, "UTC": 0, "Z": 0, "EST": -18000, "EDT": -14400, "CST": -21600, "CDT": -18000, "MST": -25200,
        "MDT": -21600, "PST": -28800, "PDT": -25200,
    ]
}
