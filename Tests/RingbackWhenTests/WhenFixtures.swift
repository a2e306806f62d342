import Foundation
import RingbackCore
import RingbackTestSupport
import RingbackWhen

/// The corpus and a parser in Paris with default settings.
enum WhenFixtures {
    static let calendar = Paris.defaultCalendar

    struct Row {
        var line: Int
        var now: Date
        var phrase: String
        var expected: String
    }

    static func parser(_ now: Date) -> WhenParser { WhenParser(now: now, calendar: calendar, settings: Settings()) }

    static let corpus: [Row] = {
        let url = Bundle.module.url(forResource: "when-corpus", withExtension: "tsv", subdirectory: "Corpus")!
        let text = try! String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            guard !line.hasPrefix("#"), !line.isEmpty else { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Row(line: index + 1, now: Paris.date(fields[0]), phrase: fields[1], expected: fields[2])
        }
    }()

    /// A reading written the corpus's way.
    static func describe(_ reading: DateReading?) -> String {
        guard let reading else { return "none" }
        let p = calendar.calendar.dateComponents([.year, .month, .day, .hour, .minute], from: reading.when.date)
        var text = String(format: "%04d-%02d-%02d", p.year!, p.month!, p.day!)
        if reading.when.timed { text += String(format: "T%02d:%02d", p.hour!, p.minute!) }
        return text + (reading.isPast ? " past" : "")
    }
}
