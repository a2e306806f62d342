import Testing

@testable import RingbackCLI

struct CompletionTests {
    let completion = Completion(
        commands: ["debrief", "show", "stop", "stats", "practice"], names: ["Dana Ruiz", "José Álvarez", "Danielle Ruiz"],
        scenarios: ["told-to-stop", "two-option-note", "get-back-to-you"])

    @Test func theFirstWordCompletesCommands() {
        #expect(completion.candidates(for: "st") == ["stats", "stop"])
        #expect(completion.candidates(for: "deb") == ["debrief"])
    }

    @Test func laterWordsCompleteNamesForgivingly() {
        #expect(completion.candidates(for: "show jo") == ["José Álvarez"])
        #expect(completion.candidates(for: "show ruiz") == ["Dana Ruiz", "Danielle Ruiz"])
        #expect(completion.candidates(for: "debrief \"Dan") == ["Dana Ruiz", "Danielle Ruiz"])
        #expect(Completion.quoted("Dana Ruiz") == "\"Dana Ruiz\"")
        #expect(Completion.commonPrefix(["Dana Ruiz", "Danielle Ruiz"]) == "Dan")
    }

    @Test func practiceCompletesScenarioNames() {
        #expect(completion.candidates(for: "practice t") == ["told-to-stop", "two-option-note"])
    }
}
