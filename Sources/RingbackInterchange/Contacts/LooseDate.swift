import Foundation
import RingbackCore

/// Reads the dates CRMs write in their exports: `2026-11-18`, `2026-11-18 14:32`,
/// RFC 3339 with an offset, `11/18/2026 2:32 PM` (or day first, as the user's date order
/// says), `18 Nov 2026`, `Nov 18, 2026`. Without an offset, times are the user's local time.
public enum LooseDate {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    public static func parse(_ text: String, order: DateOrder, calendar: BusinessCalendar) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let rfc = ISO8601DateFormatter()
        rfc.formatOptions = [.withInternetDateTime]
        if let date = rfc.date(from: trimmed) { return date }
        var numbers: [Int] = []
        var month: Int?
        var afternoon: Bool?
        for token in tokens(trimmed.lowercased()) {
            if let number = Int(token) {
                numbers.append(number)
            } else if token == "am" || token == "pm" {
                afternoon = token == "pm"
            } else if token.count >= 3, month == nil, let index = months.firstIndex(of: String(token.prefix(3))) {
                month = index + 1
            } else if token != "t" && token != "z" && token != "h" {
                return nil
            }
        }
        var parts = DateComponents()
        var rest: ArraySlice<Int>
        if let month {
            guard numbers.count >= 2 else { return nil }
            let yearIndex = numbers.firstIndex { $0 > 31 } ?? 1
            parts.year = numbers[yearIndex]
            parts.month = month
            parts.day = numbers[yearIndex == 0 ? 1 : 0]
            rest = numbers.dropFirst(2)
        } else {
            guard numbers.count >= 3 else { return nil }
            if numbers[0] > 31 {
                (parts.year, parts.month, parts.day) = (numbers[0], numbers[1], numbers[2])
            } else {
                let year = numbers[2] < 100 ? 2000 + numbers[2] : numbers[2]
                let (month, day) = order == .monthFirst ? (numbers[0], numbers[1]) : (numbers[1], numbers[0])
                (parts.year, parts.month, parts.day) = (year, month, day)
            }
            rest = numbers.dropFirst(3)
        }
        var hour = rest.first ?? 0
        if let afternoon { hour = hour % 12 + (afternoon ? 12 : 0) }
        parts.hour = hour
        parts.minute = rest.dropFirst().first ?? 0
        parts.second = rest.dropFirst(2).first ?? 0
        guard let month = parts.month, (1...12).contains(month), let day = parts.day, (1...31).contains(day), (0...23).contains(hour),
            (0...59).contains(parts.minute!), (0...60).contains(parts.second!)
        else { return nil }
        guard let date = calendar.calendar.date(from: parts), calendar.calendar.component(.day, from: date) == day else { return nil }
        return date
    }

    /// Runs of digits and runs of letters: "18T14:32" is 18, t, 14, 32; "2pm" is 2, pm.
    private static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        for character in text {
            if !current.isEmpty, !(character.isLetter || character.isNumber) || character.isNumber != current.last!.isNumber {
                tokens.append(current)
                current = ""
            }
            if character.isLetter || character.isNumber { current.append(character) }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }
}
