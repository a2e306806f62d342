import RingbackReading
import Testing

@testable import RingbackReading

/// The answer model: words as the training script sees them, labels only at the threshold and
/// never for a short answer, and the shipped file read in full.
struct AnswerModelTests {
    static let tiny = AnswerModel(
        tsv: """
            # a model by hand
            outcome\tthreshold\t0.6
            outcome\tclasses\t-,voicemail
            outcome\tbias\t1.0,0
            outcome\tw:vm\t0,3.0
            outcome\tb:left_vm\t0,1.0
            outcome\tw:broken\t1,2,3
            """)

    @Test func wordsAreLowerCaseWithAccentsFoldedAndApostrophesJoined() {
        #expect(AnswerModel.words("They'll CALL—back w/ Zoë’s #s, 10am") == ["theyll", "call", "back", "w", "zoes", "s", "10am"])
        // A name with accents is whole words, not pieces the model might read ("Noël" is not "no").
        #expect(AnswerModel.words("Zoë McAdams at Café Noël") == ["zoe", "mcadams", "at", "cafe", "noel"])
    }

    @Test func aLabelNeedsItsThresholdAndThreeWords() {
        #expect(Self.tiny.label("outcome", words: ["left", "a", "vm"]) == "voicemail")
        #expect(Self.tiny.label("outcome", words: ["vm"]) == nil)
        #expect(Self.tiny.label("outcome", words: ["left", "a", "message"]) == nil)
        #expect(Self.tiny.label("channel", words: ["left", "a", "vm"]) == nil)
    }

    @Test func aLineWithTheWrongNumberOfWeightsIsSkipped() {
        #expect(Self.tiny.heads["outcome"]?.weights["w:broken"] == nil)
        #expect(Self.tiny.heads["outcome"]?.weights.count == 3)
    }

    @Test func theShippedModelHasEveryHead() {
        for head in ["outcome", "channel", "softNo", "discouraged"] {
            let model = AnswerModel.shipped.heads[head]
            #expect((model?.classes.count ?? 0) >= 2, "no classes for \(head)")
            #expect((model?.weights.count ?? 0) > 100, "few weights for \(head)")
            #expect((0.0...1.0).contains(model?.threshold ?? 2))
        }
    }
}
