import Foundation
import RingbackCore
import Testing

@testable import RingbackPostgres

struct BriefTextTests {
    @Test func eachLineIsAStep() throws {
        let steps = try #require(BriefText.steps("1795000000\t1\tagreed\tdana-ruiz\n1795003600\t0\tpaired-message\ttom"))
        #expect(
            steps == [
                BriefStep(contact: "dana-ruiz", due: Date(timeIntervalSince1970: 1_795_000_000), timed: true, kind: .agreed),
                BriefStep(contact: "tom", due: Date(timeIntervalSince1970: 1_795_003_600), timed: false, kind: .pairedMessage),
            ])
        #expect(BriefText.steps("") == [])
    }

    /// A contact id from a restored backup may hold anything: the database escapes
    /// backslashes, tabs and line breaks, and they come back as they were.
    @Test func escapedIdsComeBackWhole() throws {
        let steps = try #require(BriefText.steps("1\t0\tcadence\ta\\tb\\nc\\\\d é"))
        #expect(steps.map(\.contact) == ["a\tb\nc\\d é"])
    }

    @Test func aLineThatDoesNotReadIsRefused() {
        #expect(BriefText.steps("1795000000\t1\tagreed") == nil)
        #expect(BriefText.steps("soon\t1\tagreed\tdana") == nil)
        #expect(BriefText.steps("1\t1\tlater\tdana") == nil)
    }
}
