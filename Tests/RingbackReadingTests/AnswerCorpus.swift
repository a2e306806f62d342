import Foundation
import RingbackCore
import RingbackReading
import RingbackTestSupport

/// The corpus of debrief answers (Corpus/answers.txt) and how a reading compares with what
/// each answer means.
enum AnswerCorpus {
    static let now = Paris.date("2026-11-24T10:00")

    struct Row {
        var line: Int
        var text: String
        var expected: [String: String]
        var promises: [String]
    }

    static let rows = load("answers")
    /// Answers written after the rules were tuned, never used to tune them.
    static let heldOut = load("answers-heldout")
    /// A second held-out set, written after the first one's fixes.
    static let heldOutAgain = load("answers-heldout-2")
    /// The frozen blind set: written by people who had not seen the rules, never tuned on.
    static let blind = load("answers-blind")
    /// A second frozen blind set, written after the answer model was trained, never tuned on.
    static let blindAgain = load("answers-blind-2")
    /// A third frozen blind set, by other trades, written after the second's figures.
    static let blindThird = load("answers-blind-3")
    /// A fourth frozen blind set, 220 answers by two helpers, measured without its lines shown.
    static let blindFourth = load("answers-blind-4")
    /// A fifth frozen blind set, 200 answers in ten new trades (2026-12-06), measured without its lines shown.
    static let blindFifth = load("answers-blind-5")
    static let blindSixth = load("answers-blind-6")
    /// A seventh, 200 answers in ten trades (2026-12-07, helper-35), measured without its lines shown.
    static let blindSeventh = load("answers-blind-7")
    /// An eighth, 200 answers in ten trades (2026-12-07, helper-37), measured without its lines shown.
    static let blindEighth = load("answers-blind-8")
    /// A ninth, 200 answers in ten trades (2026-12-07, helper-43), measured without its lines shown.
    static let blindNinth = load("answers-blind-9")
    /// Answers by family of phrasing, written by people who had not seen the rules; rules may be
    /// written from them.
    static let development = load("answers-dev")
    /// A second development set, by phenomenon, written with the fourth blind set's guide.
    static let developmentAgain = load("answers-dev-2")
    /// A third development set (2026-12-06), by phenomenon in the fifth blind set's trades; rules may be written from it.
    static let developmentThird = load("answers-dev-3")
    /// A fourth development set (2026-12-07), by phenomenon in the eighth blind set's trades; rules may be written from it.
    static let developmentFourth = load("answers-dev-4")
    /// Lines that tell no call (names, questions, noise): nothing is to be read from them.
    static let notAnswers = load("not-answers")

    static func load(_ name: String) -> [Row] {
        let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Corpus")!
        let text = try! String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            guard !line.hasPrefix("#"), let tab = line.firstIndex(of: "\t") else { return nil }
            var row = Row(line: index + 1, text: String(line[..<tab]), expected: [:], promises: [])
            for pair in line[line.index(after: tab)...].split(separator: " ") {
                let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2 else { continue }
                if parts[0] == "p" { row.promises.append(parts[1]) } else { row.expected[parts[0]] = parts[1] }
            }
            return row
        }
    }

    static let reader = AnswerReader(
        now: now, calendar: Paris.defaultCalendar, settings: Settings(), discouragement: ShippedContent.content.debrief.triggers)

    /// The same reader without its answer model: the rules alone.
    static let rulesOnly = AnswerReader(
        now: now, calendar: Paris.defaultCalendar, settings: Settings(), discouragement: ShippedContent.content.debrief.triggers,
        model: NGramModel(tsv: ""))

    static func day(_ when: When?) -> String? {
        when.map { String(DateText.iso($0.date, timed: $0.timed, calendar: Paris.calendar).prefix($0.timed ? 16 : 10)) }
    }

    /// The reading in the corpus's terms, every key present.
    static func describe(_ reading: AnswerReading) -> (fields: [String: String], promises: [String]) {
        var fields: [String: String] = [:]
        fields["o"] = reading.outcome?.value.rawValue
        fields["c"] = reading.channel?.value.rawValue
        fields["n"] = day(reading.next?.value)
        fields["nb"] = day(reading.notBefore?.value)
        fields["s"] = reading.stop != nil ? "1" : nil
        fields["soft"] = reading.softNo != nil ? "1" : nil
        fields["d"] = reading.decision?.value.rawValue
        fields["r"] = reading.referral?.value.replacingOccurrences(of: " ", with: "_")
        fields["v"] = reading.vague != nil ? "1" : nil
        fields["disc"] = reading.discouraged != nil ? "1" : nil
        let promises = reading.promises.map { "\($0.owner.rawValue):\(day($0.due) ?? "-")" }
        return (fields, promises)
    }

    /// What differs between a row and its reading, one entry per key.
    static func differences(_ row: Row, _ reading: AnswerReading) -> [String] {
        let (got, promises) = describe(reading)
        var wrong: [String] = []
        for key in ["o", "c", "n", "nb", "s", "soft", "d", "r", "v", "disc"] {
            let want = row.expected[key].flatMap { $0 == "0" ? nil : $0 }
            if want != got[key] { wrong.append("\(key): want \(want ?? "-") got \(got[key] ?? "-")") }
        }
        if promises.sorted() != row.promises.sorted() { wrong.append("p: want \(row.promises.sorted()) got \(promises.sorted())") }
        return wrong
    }

    /// The mistakes that must never happen: a promise given to the wrong side, a stop read
    /// where none was asked, a stop missed, a decision turned round (a no read as a yes).
    static func seriousErrors(_ row: Row, _ reading: AnswerReading) -> [String] {
        var errors: [String] = []
        if let want = row.expected["d"], let got = reading.decision?.value.rawValue, want != got {
            errors.append("a decision read as \(got) where it was \(want)")
        }
        let wantStop = row.expected["s"] == "1"
        if reading.stop != nil && !wantStop { errors.append("a stop read where none was asked") }
        if reading.stop == nil && wantStop { errors.append("a stop missed") }
        let wantOwners = row.promises.map { $0.split(separator: ":")[0] }
        let gotOwners = reading.promises.map(\.owner.rawValue)
        for owner in ["me", "them"] {
            let other = owner == "me" ? "them" : "me"
            let extra = gotOwners.filter { $0 == owner }.count - wantOwners.filter { $0 == owner }.count
            let short = wantOwners.filter { $0 == other }.count - gotOwners.filter { $0 == other }.count
            if extra > 0 && short > 0 {
                errors.append("a promise of \(other == "me" ? "yours" : "theirs") read as \(owner == "me" ? "yours" : "theirs")")
            }
        }
        return errors
    }
}
