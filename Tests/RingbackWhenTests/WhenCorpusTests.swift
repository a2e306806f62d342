import Foundation
import RingbackCore
import RingbackTestSupport
import RingbackWhen
import Testing

struct WhenCorpusTests {
    @Test func theCorpusIsLargeAndCoversSeveralReferenceDates() {
        #expect(WhenFixtures.corpus.count >= 250)
        #expect(Set(WhenFixtures.corpus.map(\.now)).count >= 6)
        #expect(WhenFixtures.corpus.filter { $0.expected == "none" }.count >= 15)
    }

    @Test func everyPhraseReadsAsExpected() {
        var wrong: [String] = []
        for row in WhenFixtures.corpus {
            let got = WhenFixtures.describe(WhenFixtures.parser(row.now).read(row.phrase))
            if got != row.expected { wrong.append("line \(row.line): '\(row.phrase)' gave \(got), expected \(row.expected)") }
        }
        #expect(wrong.isEmpty, "\(wrong.count) wrong:\n\(wrong.joined(separator: "\n"))")
    }

    @Test func theSpanIsTheDatePhraseInsideTheSentence() throws {
        let text = "he said try him again on the 14th after 3, we talked for 20 minutes"
        let reading = try #require(WhenFixtures.parser(Paris.date("2026-11-22T16:30")).read(text))
        #expect(reading.matched == "the 14th after 3")
        #expect(text[reading.span] == "the 14th after 3")
    }

    @Test func dayFirstSettingReadsSlashDatesTheOtherWay() throws {
        var settings = Settings()
        settings.dateOrder = .dayFirst
        let parser = WhenParser(now: Paris.date("2026-11-22T16:30"), calendar: Paris.calendar, settings: settings)
        #expect(WhenFixtures.describe(parser.read("12/11")) == "2027-11-12")
        #expect(WhenFixtures.describe(parser.read("1/12")) == "2026-12-01")
    }

    @Test func partOfDaySettingsAreUsed() {
        var settings = Settings()
        settings.partsOfDay.afterLunch = ClockTime(hour: 14, minute: 15)!
        let parser = WhenParser(now: Paris.date("2026-11-22T16:30"), calendar: Paris.calendar, settings: settings)
        #expect(WhenFixtures.describe(parser.read("thursday after lunch")) == "2026-11-26T14:15")
    }

    @Test(arguments: ["sometime next quarter", "later", "soon", "whenever works", "at some point", "he'll get back to me eventually"])
    func vagueAnswersAreRecognised(text: String) {
        #expect(WhenParser.vagueWord(in: text) != nil)
    }

    @Test func ordinaryAnswersAreNotVague() {
        #expect(WhenParser.vagueWord(in: "thursday after lunch") == nil)
    }
}

struct WhenUnusedWordsTests {
    let parser = WhenFixtures.parser(Paris.date("2026-11-24T10:00"))

    @Test(arguments: [
        ("friday or monday", ["monday"]), ("thursday, no wait, the 14th at 3", ["thursday"]), ("tomorrow 10", ["10"]),
        ("call her thursday after lunch", []), ("in 2 weeks", []), ("last friday", ["last"]), ("the past monday at 3", ["past"]),
        ("at last, friday", []), ("her last day is friday", []), ("the monday after new years", []),
    ])
    func dateWordsOutsideThePhraseAreReported(text: String, unused: [String]) throws {
        #expect(try #require(parser.read(text)).unused == unused)
    }
}

struct WhenFuzzFindingsTests {
    /// Inputs the fuzzers found that crashed once; each must read without a crash.
    @Test(arguments: ["in 111111111111111111d", "+ sent a follow up 111111111111111111d\u{1D}ay y mond\u{1D}ay and we'll talk wednesday"])
    func foundByTheFuzzer(text: String) {
        let reading = WhenFixtures.parser(Paris.date("2026-11-24T10:00")).read(text)
        #expect(reading?.matched.contains("111111111111111111d") != true)
    }
}
