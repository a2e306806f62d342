import RingbackReading
import Testing

@testable import RingbackReading

/// The models: words as the training scripts see them, labels only at the threshold and never
/// for a short text, the words that weighed most, and the shipped files read in full.
struct NGramModelTests {
    static let tiny = NGramModel(
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
        #expect(NGramModel.words("They'll CALL—back w/ Zoë’s #s, 10am") == ["theyll", "call", "back", "w", "zoes", "s", "10am"])
        // A name with accents is whole words, not pieces the model might read ("Noël" is not "no").
        #expect(NGramModel.words("Zoë McAdams at Café Noël") == ["zoe", "mcadams", "at", "cafe", "noel"])
    }

    @Test func aLabelNeedsItsThresholdAndThreeWords() {
        #expect(Self.tiny.label("outcome", words: ["left", "a", "vm"]) == "voicemail")
        #expect(Self.tiny.label("outcome", words: ["vm"]) == nil)
        #expect(Self.tiny.label("outcome", words: ["left", "a", "message"]) == nil)
        #expect(Self.tiny.label("channel", words: ["left", "a", "vm"]) == nil)
    }

    @Test func theWordsThatWeighedMostAreNamedPairsFirst() {
        let model = NGramModel(
            tsv: """
                pressure\tthreshold\t0.6
                pressure\tfewest-words\t4
                pressure\tclasses\t-,1
                pressure\tbias\t1.0,0
                pressure\tw:keep\t0,1.0
                pressure\tw:calling\t0,1.5
                pressure\tb:keep_calling\t0,2.0
                pressure\tw:soon\t0,0.5
                pressure\tw:thanks\t1.0,0
                """)
        #expect(model.evidence("pressure", in: "I'll keep calling you soon") == ["keep calling", "soon"])
        #expect(model.evidence("pressure", in: "keep calling soon") == nil)
        #expect(model.evidence("pressure", in: "thanks, talk to you soon") == nil)
    }

    @Test func aLineWithTheWrongNumberOfWeightsIsSkipped() {
        #expect(Self.tiny.heads["outcome"]?.weights["w:broken"] == nil)
        #expect(Self.tiny.heads["outcome"]?.weights.count == 3)
    }

    @Test func theShippedModelHasEveryHead() {
        for head in ["outcome", "channel", "softNo", "discouraged"] {
            let model = NGramModel.answers.heads[head]
            #expect((model?.classes.count ?? 0) >= 2, "no classes for \(head)")
            #expect((model?.weights.count ?? 0) > 100, "few weights for \(head)")
            #expect((0.0...1.0).contains(model?.threshold ?? 2))
        }
        let pressure = NGramModel.replies.heads["pressure"]
        #expect(pressure?.classes == ["-", "1"] && (pressure?.weights.count ?? 0) > 100 && pressure?.fewestWords == 6)
    }
}
