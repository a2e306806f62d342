import Foundation
import Testing

/// Issue #29: the agenda narrowed for a power hour (by channel, tag, context, company),
/// sorted by last contact, and the shell's "today's sales calls".
struct AgendaFilterTests {
    let ringback = RingbackProcess()
    let now = ["--now", "2026-11-26T09:00"]

    /// Golden: today's sales calls on the demo store, exactly as shown.
    @Test func todaysSalesCallsOnTheDemoStore() throws {
        let demo = ["--store", ringback.folder + "/demo.json"]
        #expect(try ringback.run(["demo"] + demo + now, store: false).status == 0)
        let shown = try ringback.run(["agenda", "--channel", "call", "--context", "sales", "--days", "0"] + demo + now, store: false)
        #expect(
            shown.stdout == """
                Only calls, for sales contacts:
                Overdue (0)
                  nothing
                Today (2)
                  Call Marcus Chen (Brightline Dental) · today (Thu 26 Nov) · The one who wants something follows up
                  Call Dana Ruiz (Acme Logistics) · today (Thu 26 Nov), 15:00 · Keep the time you agreed

                """)
        // A filter does not bring back a step that waits behind today's paired email (José's call).
        let calls = try ringback.run(["agenda", "--channel", "call"] + demo + now, store: false).stdout
        #expect(!calls.contains("José"), "\(calls)")
        // Nothing of that kind today: what comes next is of that kind too.
        let texts = try ringback.run(["agenda", "--channel", "text", "--days", "0"] + demo + now, store: false).stdout
        #expect(texts.contains("Nothing due today. Next up: Text Zoë Lambert"), "\(texts)")
        let piped = try ringback.run(demo + now, store: false, input: "today's sales calls\n").stdout
        #expect(piped.contains("Only calls, for sales contacts:\nOverdue (0)"), "\(piped)")
        #expect(piped.contains("Call Marcus Chen") && !piped.contains("Priya"))
    }

    @Test func byTagCompanyAndLastContact() throws {
        try ringback.run(["log", "Dana Ruiz", "--company", "Acme Logistics", "--outcome", "no-answer", "--now", "2026-11-16T10:00"])
        try ringback.run(["log", "Sam Lee", "--company", "Globex", "--outcome", "no-answer", "--now", "2026-11-20T10:00"])
        try ringback.run(["log", "Kim Park", "--company", "Acme Robotics", "--outcome", "no-answer", "--now", "2026-11-18T10:00"])
        try ringback.run(["set", "dana", "--tag", "q1"] + now)
        try ringback.run(["set", "kim", "--tag", "Q1"] + now)
        let tagged = try ringback.run(["agenda", "--tag", "q1", "--days", "30"] + now).stdout
        #expect(tagged.hasPrefix("Only steps for contacts tagged q1:\n"))
        #expect(tagged.contains("Dana Ruiz") && tagged.contains("Kim Park") && !tagged.contains("Sam Lee"))
        let acme = try #require(
            try ringback.run(["agenda", "--company", "acme", "--days", "30", "--json"] + now).json() as? [[String: Any]])
        #expect(Set(acme.compactMap { $0["name"] as? String }) == ["Dana Ruiz", "Kim Park"])
        let sorted = try ringback.run(["agenda", "--sort", "last-contact", "--days", "30"] + now).stdout
        let order = ["Dana Ruiz", "Kim Park", "Sam Lee"].map { sorted.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil } && order[0]! < order[1]! && order[1]! < order[2]!, "\(sorted)")
        #expect(sorted.contains("last touch Mon 16 Nov"))
        let wrong = try ringback.run(["agenda", "--channel", "pigeon"] + now)
        #expect(wrong.status == 1 && wrong.stderr.contains("--channel: 'pigeon' is not a channel"))
    }
}
