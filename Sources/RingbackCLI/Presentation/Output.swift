import Foundation
import RingbackCore

/// Writes results: text to stdout, or pretty JSON when `--json` was given.
enum Output {
    static func json<T: Encodable>(_ value: T) throws {
        Console.raw(String(decoding: try encoder().encode(value), as: UTF8.self))
    }

    /// Writes a JSON array exactly as `json` would, a thousand elements at a time: each batch
    /// is made, encoded and written before the next, so a list of 100,000 contacts never sits
    /// in memory whole.
    static func jsonArray<S: Sequence, E: Encodable>(
        _ elements: S, write: (Data) -> Void = Console.stream, _ view: (S.Element) throws -> E
    ) throws {
        let encoder = encoder()
        var iterator = elements.makeIterator()
        var written = false
        while true {
            var batch: [E] = []
            batch.reserveCapacity(1000)
            while batch.count < 1000, let element = iterator.next() { batch.append(try view(element)) }
            guard !batch.isEmpty else { break }
            // "[\n" + the elements, indented as array elements + "\n]": the elements are kept.
            let encoded = try encoder.encode(batch)
            write(Data((written ? ",\n" : "[\n").utf8) + encoded.dropFirst(2).dropLast(2))
            written = true
        }
        write(Data((written ? "\n]\n" : "[\n\n]\n").utf8))
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
