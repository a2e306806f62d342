import Foundation
import RingbackCore

/// Writes results: text to stdout, or pretty JSON when `--json` was given.
enum Output {
    static func json<T: Encodable>(_ value: T) throws {
        Console.raw(String(decoding: try encoder().encode(value), as: UTF8.self))
    }

    /// The JSON encoder of every report and export: sorted keys, dates in RFC 3339 with the
    /// local offset.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let calendar = BusinessCalendar(timeZone: .current, workingDays: Weekday.allCases)
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(DateText.rfc3339(date, calendar: calendar))
        }
        return encoder
    }

    static func warn(_ message: String) {
        Console.write(TerminalText.safe("warning: \(message)") + "\n", to: .standardError)
    }
}
