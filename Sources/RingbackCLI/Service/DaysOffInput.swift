import Foundation
import RingbackCore

/// Reads the value of `config days-off`: dates ("01-01,12-25,2026-12-24"), "none",
/// "standard", or an iCalendar file of holidays (the kind every calendar publishes), whose
/// days are added to those already off; "replace FILE.ics" keeps only the file's.
enum DaysOffInput {
    static func read(_ value: String, current: [String]?) throws -> [String]? {
        switch value.lowercased() {
        case "none": return []
        case "standard", "default": return nil
        default: break
        }
        let replacing = value.lowercased().hasPrefix("replace ")
        let path = replacing ? String(value.dropFirst("replace ".count)).trimmingCharacters(in: .whitespaces) : value
        if path.lowercased().hasSuffix(".ics") {
            let holidays = try holidays(inFile: path)
            return replacing ? holidays : Array(Set((current ?? DaysOff.standard) + holidays)).sorted()
        }
        let entries = value.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
        guard !entries.isEmpty, DaysOff(entries) != nil else {
            throw RequestError.malformed(
                option: "days-off", value: value,
                expected: "should list days like 01-01,12-25,2026-12-24, or be none, standard, a .ics file or replace FILE.ics")
        }
        return entries
    }

    /// Every day of the events in an iCalendar file, as "YYYY-MM-DD": from DTSTART up to
    /// DTEND (not included, as for all-day events) or for DURATION's days; one day without either.
    static func holidays(inFile path: String) throws -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else { throw RequestError.file(path: path, .unreadable) }
        guard let text = String(data: data, encoding: .utf8) else { throw RequestError.file(path: path, .notText) }
        var dates: Set<String> = []
        var start: DateComponents?
        var end: DateComponents?
        var days: Int?
        for line in text.split(whereSeparator: \.isNewline) {
            let name = line.prefix { $0 != ":" && $0 != ";" }.uppercased()
            let value = line.split(separator: ":", maxSplits: 1).last.map(String.init) ?? ""
            switch name {
            case "BEGIN" where value.hasPrefix("VEVENT"): (start, end, days) = (nil, nil, nil)
            case "DTSTART": start = day(value)
            case "DTEND": end = day(value)
            case "DURATION": days = durationDays(value)
            case "END" where value.hasPrefix("VEVENT"):
                if let start { dates.formUnion(span(from: start, to: end, days: days)) }
            default: continue
            }
        }
        guard !dates.isEmpty else { throw RequestError.file(path: path, .invalid("no dated events (DTSTART) in it")) }
        return dates.sorted()
    }

    private static let gregorian: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    private static func day(_ value: String) -> DateComponents? {
        let digits = value.prefix(8)
        guard digits.count == 8, digits.allSatisfy(\.isNumber) else { return nil }
        return DateComponents(year: Int(digits.prefix(4)), month: Int(digits.dropFirst(4).prefix(2)), day: Int(digits.suffix(2)))
    }

    /// "P3D", "P1W": whole days; nil for anything else.
    private static func durationDays(_ value: String) -> Int? {
        guard value.hasPrefix("P"), let number = Int(value.dropFirst().dropLast()) else { return nil }
        return value.hasSuffix("W") ? number * 7 : value.hasSuffix("D") ? number : nil
    }

    /// The days of one event, at most a year of them.
    private static func span(from start: DateComponents, to end: DateComponents?, days: Int?) -> [String] {
        guard let first = gregorian.date(from: start) else { return [] }
        let count: Int
        if let end, let last = gregorian.date(from: end) {
            count = max(1, gregorian.dateComponents([.day], from: first, to: last).day ?? 1)
        } else {
            count = max(1, days ?? 1)
        }
        return (0..<min(count, 366)).compactMap { offset in
            gregorian.date(byAdding: .day, value: offset, to: first).map { date in
                let parts = gregorian.dateComponents([.year, .month, .day], from: date)
                return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
            }
        }
    }
}

extension String {
    /// Nil for an empty string.
    var nonEmpty: String? { isEmpty ? nil : self }
}
