import Foundation
import Testing

/// Promises and agreed times stay until settled, through the binary.
struct PromiseKeepingEndToEndTests {
    let ringback = RingbackProcess()

    @Test func theirPromiseSurvivesALaterCallAndIsSettledByDone() throws {
        try ringback.run([
            "log", "Dana", "--outcome", "connected", "--commitment", "send the budget", "--by", "friday", "--now", "2026-11-24T10:00",
        ])
        try ringback.run(["log", "dana", "--outcome", "connected", "--note", "budget still coming", "--now", "2026-11-25T10:00"])
        #expect(
            try ringback.run(["show", "dana", "--now", "2026-11-25T10:05"]).stdout.contains("Dana owes: send the budget · by Fri 27 Nov"))
        let received = try ringback.run(["done", "dana", "budget", "--now", "2026-11-26T10:00"])
        #expect(received.stdout.contains("Received: send the budget (Dana)."))
        let shown = try #require(try ringback.run(["show", "dana", "--json", "--now", "2026-11-26T10:05"]).json() as? [String: Any])
        let contact = try #require(shown["contact"] as? [String: Any])
        let settled = try #require(contact["settled"] as? [[String: Any]])
        #expect(settled.map { $0["how"] as? String } == ["done"])
    }

    @Test func anAgreedCallSurvivesAnEmailLoggedBeforeIt() throws {
        try ringback.run(["log", "Dana", "--outcome", "connected", "--next", "thursday at 13:00", "--now", "2026-11-24T10:00"])
        try ringback.run(["log", "dana", "--outcome", "sent", "--channel", "email", "--note", "the quote", "--now", "2026-11-24T16:00"])
        let next = try #require(try ringback.run(["next", "--json", "--now", "2026-11-24T16:05"]).json() as? [String: Any])
        #expect(next["kind"] as? String == "agreed")
        #expect(next["due"] as? String == "2026-11-26T13:00:00+01:00")
    }
}
