import Testing

@testable import RingbackCLI

/// Issue #29: a mistyped command got the parser's "unexpected argument" in 0.4.0.
struct RingbackCommandTests {
    @Test(arguments: [("nxt", "next"), ("lgo", "log"), ("agnda", "agenda")])
    func aMistypedCommandGetsTheNearest(word: String, nearest: String) {
        let error = #expect(throws: RequestError.self) { try RingbackCommand.checkCommandWord([word, "dana"]) }
        #expect(error?.description == "unknown command '\(word)'; did you mean '\(nearest)'?")
    }

    @Test func aMistypedCommandAfterGlobalOptionsGetsTheNearestToo() {
        let error = #expect(throws: RequestError.self) { try RingbackCommand.checkCommandWord(["--store", "x", "--json", "nxt"]) }
        #expect(error?.description == "unknown command 'nxt'; did you mean 'next'?")
    }

    @Test(arguments: [["next"], ["log", "dana"], ["--store", "x", "next"], ["--now", "2026-11-23", "--json"], ["help"], []])
    func commandsOptionsAndNothingPass(arguments: [String]) throws {
        try RingbackCommand.checkCommandWord(arguments)
    }
}
