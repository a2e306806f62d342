// Mean time to read one phrase, over the whole corpus (built by scripts/readers.sh when bench).
import Foundation
import RingbackCore
import RingbackWhen

let corpusPath = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "Tests/RingbackWhenTests/Corpus/when-corpus.tsv"
let rounds = CommandLine.arguments.count > 2 ? Int(CommandLine.arguments[2]) ?? 200 : 200
let calendar = BusinessCalendar(timeZone: TimeZone(identifier: "Europe/Paris")!, workingDays: Weekday.mondayToFriday)
let rows: [(Date, String)] = try! String(contentsOfFile: corpusPath, encoding: .utf8).split(separator: "\n").compactMap { line in
    guard !line.hasPrefix("#") else { return nil }
    let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
    guard fields.count == 3, let now = When.iso8601(String(fields[0]), calendar: calendar)?.date else { return nil }
    return (now, String(fields[1]))
}
let parsers = rows.map { WhenParser(now: $0.0, calendar: calendar, settings: Settings()) }
var found = 0
let clock = ContinuousClock()
var samples: [Double] = []
for _ in 0..<5 {
    let elapsed = clock.measure {
        for _ in 0..<rounds {
            for (index, row) in rows.enumerated() where parsers[index].read(row.1) != nil { found += 1 }
        }
    }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    samples.append(seconds / Double(rounds * rows.count) * 1e6)
}
samples.sort()
print(
    String(
        format: "%d phrases x %d rounds x 5 runs: mean %.1f µs per phrase (median run; fastest %.1f, slowest %.1f); %d readings",
        rows.count, rounds, samples[2], samples[0], samples[4], found))
