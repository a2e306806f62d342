import Foundation
import PropertyBased
import RingbackCore
import RingbackTestSupport
import RingbackWhen
import Testing

/// Properties over the corpus phrases at random moments, and over random text.
struct WhenPropertyTests {
    static let phrases = WhenFixtures.corpus.map(\.phrase)
    /// 2024-01-01 to 2030-01-01, as seconds.
    static let moments = Gen.int(in: 1_704_067_200...1_893_456_000)

    @Test func aReadingIsNeverBeforeNowUnlessTodayWasNamed() async {
        await propertyCheck(count: 3000, input: Gen.int(in: 0...(Self.phrases.count - 1)), Self.moments) { index, seconds in
            let now = Date(timeIntervalSince1970: TimeInterval(seconds))
            guard let reading = WhenFixtures.parser(now).read(Self.phrases[index]) else { return }
            if reading.isPast { return }
            if reading.when.timed {
                #expect(reading.when.date >= now.addingTimeInterval(-60), "\(Self.phrases[index]) at \(now)")
            } else {
                #expect(reading.when.date >= Paris.calendar.startOfDay(now), "\(Self.phrases[index]) at \(now)")
            }
        }
    }

    @Test func fillerWordsAroundAPhraseChangeNothing() async {
        let before = ["", "yeah ", "ok so she said call her back ", "he told me: ", "Um, maybe "]
        let after = ["", " ok", " thanks!", ", we'll see", " if that works for you"]
        await propertyCheck(count: 2000, input: Gen.int(in: 0...(Self.phrases.count - 1)), Gen.int(in: 0...24), Self.moments) {
            index, pad, seconds in
            let phrase = Self.phrases[index]
            let parser = WhenFixtures.parser(Date(timeIntervalSince1970: TimeInterval(seconds)))
            guard let bare = parser.read(phrase) else { return }
            let padded = before[pad % 5] + phrase + after[pad / 5]
            #expect(parser.read(padded)?.when == bare.when, "'\(padded)'")
        }
    }

    @Test func anyTextReadsWithoutCrashing() async {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789 :/-.,@'’éë☕\u{0}\n\tTHURSDAYnextin")
        let letters = Gen.int(in: 0...(alphabet.count - 1)).array(of: 0...80)
        await propertyCheck(count: 3000, input: letters, Self.moments) { indices, seconds in
            let text = String(indices.map { alphabet[$0] })
            let reading = WhenFixtures.parser(Date(timeIntervalSince1970: TimeInterval(seconds))).read(text)
            if let reading { #expect(!reading.matched.isEmpty) }
        }
    }
}
