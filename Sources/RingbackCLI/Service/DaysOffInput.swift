import Foundation
import RingbackCore

/// Reads the value of `config days-off`: dates ("01-01,12-25,2026-12-24"), "none",
/// "standard", or an iCalendar file of holidays (the kind every calendar publishes).
enum DaysOffInput {
    static func read(_ value: String) throws -> [String]? {
        switch value.lowercased() {
        case "none": return []
        case "standard", "default": return nil
        default: break
        }
        if value.lowercased().hasSuffix(".ics") { return try holidays(inFile: value) }
        let entries = value.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
        guard !entries.isEmpty, DaysOff(entries) != nil else {
            throw RequestError.malformed(
                option: "days-off", value: value,
                expected: "should list days like 01-01,12-25,2026-12-24, or be none, standard or a .ics file")
        }
        return entries
    }

    /// The all-day events' dates in an iCalendar file, as "YYYY-MM-DD".
    static func holidays(inFile path: String) throws -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else { throw RequestError.file(path: path, .unreadable) }
        guard let text = String(data: data, encoding: .utf8) else { throw RequestError.file(path: path, .notText) }
        var dates: [String] = []
        for line in text.split(whereSeparator: \.isNewline) where line.hasPrefix("DTSTART") {
            guard let value = line.split(separator: ":").last, value.count >= 8 else { continue }
            let digits = value.prefix(8)
            guard digits.allSatisfy(\.isNumber) else { continue }
            dates.append("\(digits.prefix(4))-\(digits.dropFirst(4).prefix(2))-\(digits.suffix(2))")
        }
        guard !dates.isEmpty else { throw RequestError.file(path: path, .invalid("no dated events (DTSTART) in it")) }
        return Array(Set(dates)).sorted()
    }
}

extension String {
    /// Nil for an empty string.
    var nonEmpty: String? { isEmpty ? nil : self }
}
