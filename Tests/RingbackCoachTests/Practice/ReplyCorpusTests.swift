import Foundation
import RingbackCoach
import RingbackContent
import RingbackCore
import RingbackTestSupport
import Testing

/// The graded corpus of trainee replies (Corpus/replies.txt): in every scenario every good
/// reply passes, no bad reply passes, and every good reply scores above every bad one.
struct ReplyCorpusTests {
    struct Row {
        var line: Int
        var scenario: String
        var grade: String
        var reply: String
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")
    static let checker = ReplyChecker(now: Paris.date("2026-11-23T09:00"), calendar: Paris.calendar, settings: Settings())
    static let practice = ShippedContent.content.practice

    static func load(_ name: String) throws -> [Row] {
        let text = try String(contentsOf: folder.appendingPathComponent(name + ".txt"), encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            let parts = line.split(separator: "|", maxSplits: 2).map { $0.trimmingCharacters(in: .whitespaces) }
            guard !line.hasPrefix("#"), parts.count == 3 else { return nil }
            return Row(line: index + 1, scenario: parts[0], grade: parts[1], reply: parts[2])
        }
    }

    static func score(_ row: Row) throws -> ReplyScore {
        let scenario = try #require(practice.scenarios.first { $0.id == row.scenario }, "line \(row.line): no scenario \(row.scenario)")
        return ReplyScore(row.reply, turn: scenario.turns[0], checker: checker, passMark: practice.passMark)
    }

    @Test func theCorpusIsLargeAndSpread() throws {
        let rows = try Self.load("replies")
        #expect(rows.count >= 200)
        #expect(Set(rows.map(\.scenario)).count >= 10)
        #expect(Set(rows.map(\.grade)) == ["good", "middling", "bad"])
    }

    @Test func goodRepliesPassAndOutscoreBadOnes() throws {
        try Self.agree(try Self.load("replies"), name: "reply corpus", strict: true)
    }

    /// Replies written after the tuning, never used for it: the figures are printed, and
    /// only a bad reply passing fails the test (a missed good one is a known weakness).
    @Test func heldOutReplies() throws {
        try Self.agree(try Self.load("replies-heldout"), name: "held-out replies", strict: false)
    }

    /// Issue #28: written by a helper who had not seen the scorer, 12 a scene; frozen. First
    /// read by 0.4.0's scorer: good passed 64/80, bad passed 18/100; tuned on since. The
    /// figures are printed; a bad reply passing fails the test.
    @Test func blindReplies() throws {
        try Self.agree(try Self.load("replies-blind"), name: "blind replies", strict: false)
    }

    /// Issue #28: a second set by another helper who had seen neither the scorer nor the
    /// first set, 10 a scene, measured once after the first changes (0.4.0's scorer: good
    /// passed 49/60, bad passed 20/100; first read by the changed one: 54/60, 15/100), then
    /// tuned on. The figures are printed; a bad reply passing fails the test.
    @Test func secondBlindReplies() throws {
        try Self.agree(try Self.load("replies-blind2"), name: "second blind replies", strict: false)
    }

    /// Issue #28: a third set, 6 a scene, by a helper who had seen neither the scorer nor
    /// the other sets, read once by the finished scorer and never tuned on (0.4.0's scorer:
    /// good passed 30/40, bad passed 21/60, 79/120 pairs; this one: 32/40, 15/60, 89/120;
    /// with the trained ear, never trained on it, 2026-12-06: 32/40, 6/60, 89/120; after the
    /// pressure words of the development set: 32/40, 5/60, 91/120). Its bad
    /// replies that pass are known misses, printed; the figures must not fall below that read.
    @Test func heldOutBlindReplies() throws {
        let totals = try Self.agree(try Self.load("replies-blind3"), name: "third blind replies", strict: false, knownMisses: true)
        #expect(totals.goodPassed >= 32 && totals.badPassed <= 4 && totals.pairsRight >= 91)
    }

    /// Issue #28: a fourth set, 12 a scene, by a helper who had seen neither the scorer nor the
    /// other sets, frozen. First read, by the scorer before the coach's ear (a2b493d): good
    /// passed 66/80, bad passed 16/100, 324/400 pairs; by the scorer with it, once: 66/80,
    /// 9/100, 324/400; after the pressure words of the development set (2026-12-06): 66/80,
    /// 8/100, 328/400. Only the totals are printed; they must not fall below that read. After
    /// reaching for the phone counted against the channel where it was turned down (from the
    /// development set, 2026-12-07): 66/80, 7/100, 332/400. Its "email me instead" lines were
    /// read that day, to see which good reply the first wording of that rule failed ("two
    /// times for a call", offered by email): that scene of this set is no longer blind.
    @Test func fourthBlindReplies() throws {
        let rows = try Self.load("replies-blind4")
        #expect(rows.count == 240)
        let totals = try Self.agree(rows, name: "fourth blind replies", strict: false, quiet: true)
        #expect(totals.goodPassed >= 66 && totals.badPassed <= 7 && totals.pairsRight >= 332)
    }

    /// Issue #28: a development set of pressure in many wordings (120 bad, 80 good, 2026-12-06,
    /// by a helper who had seen neither the scorer nor the other sets); rules may be written
    /// from it. First read, before any change from it: printed in the note. The bad replies
    /// that still pass are printed.
    @Test func pressureDevelopmentReplies() throws {
        let rows = try Self.load("replies-dev5")
        #expect(rows.count == 200)
        try Self.agree(rows, name: "pressure development replies", strict: false, knownMisses: true)
    }

    @discardableResult
    static func agree(
        _ rows: [Row], name: String, strict: Bool, knownMisses: Bool = false, quiet: Bool = false
    ) throws -> (good: Int, goodPassed: Int, bad: Int, badPassed: Int, pairs: Int, pairsRight: Int) {
        var figures: [String] = []
        var totals = (good: 0, goodPassed: 0, bad: 0, badPassed: 0, pairs: 0, pairsRight: 0)
        for scenario in Array(Set(rows.map(\.scenario))).sorted() {
            let scored = try rows.filter { $0.scenario == scenario }.map { ($0, try Self.score($0)) }
            let good = scored.filter { $0.0.grade == "good" }
            let bad = scored.filter { $0.0.grade == "bad" }
            for (row, score) in good where !score.passed && strict {
                Issue.record("line \(row.line): good reply not passed (\(score.points)/\(score.outOf)): \(row.reply)")
            }
            for (row, score) in bad where score.passed && !quiet {
                if knownMisses {
                    print("\(name): known miss, line \(row.line) passes (\(score.points)/\(score.outOf)): \(row.reply)")
                    continue
                }
                Issue.record("line \(row.line): bad reply passed (\(score.points)/\(score.outOf)): \(row.reply)")
            }
            var right = 0
            for (goodRow, goodScore) in good {
                for (badRow, badScore) in bad {
                    let share = { (s: ReplyScore) in Double(s.points) / Double(s.outOf) }
                    if share(goodScore) > share(badScore) {
                        right += 1
                    } else if strict {
                        Issue.record("line \(goodRow.line) scores no higher than line \(badRow.line) in \(scenario)")
                    }
                }
            }
            totals.good += good.count
            totals.goodPassed += good.filter(\.1.passed).count
            totals.bad += bad.count
            totals.badPassed += bad.filter(\.1.passed).count
            totals.pairs += good.count * bad.count
            totals.pairsRight += right
            figures.append(
                "\(scenario): good passed \(good.filter(\.1.passed).count)/\(good.count), bad passed \(bad.filter(\.1.passed).count)/\(bad.count), good above bad \(right)/\(good.count * bad.count)"
            )
        }
        if !quiet { print("\(name): " + figures.joined(separator: "; ")) }
        print(
            "\(name): \(rows.count) replies; good passed \(totals.goodPassed)/\(totals.good), bad passed \(totals.badPassed)/\(totals.bad), good above bad in \(totals.pairsRight)/\(totals.pairs) pairs"
        )
        return totals
    }
}
