import ArgumentParser
import Testing

@testable import RingbackCLI

struct CompletionCandidatesTests {
    let names = ["Dana Ruiz", "Daniel Ode", "Zoë Lambert"]

    @Test func aNameTypedInAnyCaseQuotedOrEscapedMatches() {
        #expect(CompletionCandidates.matching("dana", in: names) == ["Dana Ruiz"])
        #expect(CompletionCandidates.matching("'dana r", in: names) == ["Dana Ruiz"])
        #expect(CompletionCandidates.matching("\"Dana R", in: names) == ["Dana Ruiz"])
        #expect(CompletionCandidates.matching("Dana\\ R", in: names) == ["Dana Ruiz"])
        #expect(CompletionCandidates.matching("zoe", in: names) == ["Zoë Lambert"])
        #expect(CompletionCandidates.matching("da", in: names) == ["Dana Ruiz", "Daniel Ode"])
        #expect(CompletionCandidates.matching("", in: names) == names)
        #expect(CompletionCandidates.matching("x", in: names).isEmpty)
    }

    @Test func theBashScriptOffersRingbacksOwnWordsWithoutFilteringThemAgain() {
        let script = CompletionCandidates.bashScript(RingbackCommand.completionScript(for: .bash))
        #expect(script.contains("__ringback_add_offered() {"))
        #expect(script.contains("__ringback_add_offered \"$(__ringback_custom_complete ---completion show -- positional@0"))
        #expect(!script.contains("__ringback_add_completions -W \"$(__ringback_custom_complete"))
        // Fixed lists (outcomes, channels) are still filtered by what was typed.
        #expect(script.contains("__ringback_add_completions -W 'connected"))
    }
}
