import Foundation
import RingbackCore
import RingbackStore
import Testing

struct BriefRowsTests {
    @Test func eachLineIsAStep() throws {
        let steps = try #require(BriefRows.steps("dana-ruiz\t1795000000\t1\tagreed\ntom\t1795003600\t0\tpaired-message"))
        #expect(
            steps == [
                BriefStep(contact: "dana-ruiz", due: Date(timeIntervalSince1970: 1_795_000_000), timed: true, kind: .agreed),
                BriefStep(contact: "tom", due: Date(timeIntervalSince1970: 1_795_003_600), timed: false, kind: .pairedMessage),
            ])
        #expect(BriefRows.steps("") == [])
    }

    /// A contact id from a restored backup may hold anything: the database escapes
    /// backslashes, tabs and line breaks as the schedule table does, and they come back as they were.
    @Test func escapedIdsComeBackWhole() throws {
        let steps = try #require(BriefRows.steps("a\\tb\\nc\\\\d é\t1\t0\tcadence"))
        #expect(steps.map(\.contact) == ["a\tb\nc\\d é"])
    }

    @Test func aLineThatDoesNotReadIsRefused() {
        #expect(BriefRows.steps("dana\t1795000000\t1") == nil)
        #expect(BriefRows.steps("dana\tsoon\t1\tagreed") == nil)
        #expect(BriefRows.steps("dana\t1\t1\tlater") == nil)
    }
}
