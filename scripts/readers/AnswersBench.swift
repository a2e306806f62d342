// Mean time to read one debrief answer, over the whole answer corpus (built by scripts/readers.sh answers bench).
import Foundation
import RingbackCore
import RingbackReading

let corpusPath = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "Tests/RingbackReadingTests/Corpus/answers.txt"
let rounds = CommandLine.arguments.count > 2 ? Int(CommandLine.arguments[2]) ?? 50 : 50
let calendar = BusinessCalendar(timeZone: TimeZone(identifier: "Europe/Paris")!, workingDays: Weekday.mondayToFriday)
let now = When.iso8601("2026-11-24T10:00", calendar: calendar)!.date
let answers: [String] = try! String(contentsOfFile: corpusPath, encoding: .utf8).split(separator: "\n").compactMap { line in
    guard !line.hasPrefix("#"), let text = line.split(separator: "\t", omittingEmptySubsequences: false).first else { return nil }
    return String(text)
}
let reader = AnswerReader(
    now: now, calendar: calendar, settings: Settings(), discouragement: ["pointless", "ignoring me"], names: ["Dana"])
var parts = 0
let clock = ContinuousClock()
var samples: [Double] = []
for _ in 0..<5 {
    let elapsed = clock.measure {
        for _ in 0..<rounds {
            for answer in answers { parts += reader.read(answer).promises.count }
        }
    }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    samples.append(seconds / Double(rounds * answers.count) * 1e6)
}
samples.sort()
print(
    String(
        format: "%d answers x %d rounds x 5 runs: mean %.1f µs per answer (median run; fastest %.1f, slowest %.1f)",
        answers.count, rounds, samples[2], samples[0], samples[4]))

// The worst a user can paste: a 100 KB email thread, quoted replies and signatures included.
let thread = (0..<700).map { index in
    "On Tue, Nov \(index % 28 + 1), 2026 at 10:\(index % 60) AM Dana Ruiz <dana@acme.example> wrote: > thanks for the call, "
        + "I'll send the budget by friday and we can talk again thursday after lunch. -- Sent from my phone. "
}.joined()
let pasted = clock.measure { parts += reader.read(thread).promises.count }
let pastedSeconds = Double(pasted.components.seconds) + Double(pasted.components.attoseconds) / 1e18
print(
    String(
        format: "a pasted %d KB email thread: %.1f ms (the first %d characters are read)",
        thread.utf8.count / 1024, pastedSeconds * 1e3, AnswerReader.readLimit))
