import Foundation
import Testing

/// Corrections without made-up touches: snooze, rename, edit, delete and merge, each with
/// --json and undone through the binary.
struct CorrectionTests {
    let ringback = RingbackProcess()

    @Test func snoozeMovesTheNextStepWithoutATouch() throws {
        try ringback.run(["log", "Dana Ruiz", "--outcome", "no-answer", "--now", "2026-11-24T10:00"])
        let snoozed = try ringback.run(["snooze", "dana", "next", "week", "--reason", "on a trade show", "--now", "2026-11-24T11:00"])
        #expect(snoozed.status == 0)
        #expect(snoozed.stdout.contains("Dana Ruiz: nothing before Mon 30 Nov."))
        let next = try #require(try ringback.run(["next", "--json", "--now", "2026-11-24T11:05"]).json() as? [String: Any])
        #expect(next["due"] as? String == "2026-11-30T00:00:00+01:00")
        let shown = try #require(try ringback.run(["show", "dana", "--json", "--now", "2026-11-24T11:05"]).json() as? [String: Any])
        #expect((shown["timeline"] as? [Any])?.count == 1)
        let contact = try #require(shown["contact"] as? [String: Any])
        #expect((contact["snoozes"] as? [[String: Any]])?.first?["reason"] as? String == "on a trade show")
        #expect(try ringback.run(["snooze", "dana", "--now", "2026-11-24T11:00"]).status == 1)
        #expect(try ringback.run(["undo"]).stdout.hasPrefix("Undid: snooze Dana Ruiz (made "))
    }

    @Test func renameKeepsTheHistoryAndRefusesATakenName() throws {
        try ringback.run(["log", "Dana Ruis", "--outcome", "connected", "--now", "2026-11-24T10:00"])
        try ringback.run(["log", "Tom Okafor", "--outcome", "connected", "--now", "2026-11-24T10:00"])
        let renamed = try ringback.run(["rename", "dana ruis", "Dana Ruiz", "--now", "2026-11-24T10:05"])
        #expect(renamed.stdout.contains("Renamed Dana Ruis to Dana Ruiz."))
        #expect(try ringback.run(["show", "dana ruiz"]).stdout.contains("Timeline (1):"))
        let taken = try ringback.run(["rename", "dana", "tom okafor"])
        #expect(taken.status == 1)
        #expect(taken.stderr.contains("Tom Okafor already has that name"))
    }

    @Test func snoozeAndRenameAnswerInJSON() throws {
        try ringback.run(["log", "Dana Ruis", "--outcome", "no-answer", "--now", "2026-11-24T10:00"])
        let snoozed = try #require(
            try ringback.run(["snooze", "dana", "next", "week", "--json", "--now", "2026-11-24T11:00"]).json() as? [String: Any])
        #expect(snoozed["until"] as? String == "2026-11-30T00:00:00+01:00")
        #expect(snoozed["contact"] as? String == "dana-ruis")
        let renamed = try #require(try ringback.run(["rename", "dana", "Dana Ruiz", "--json"]).json() as? [String: Any])
        #expect(renamed["from"] as? String == "Dana Ruis" && renamed["name"] as? String == "Dana Ruiz")
        let found = try #require(try ringback.run(["search", "ruiz", "--json"]).json() as? [[String: Any]])
        #expect(found.count == 1)
    }

    /// The ids `touches` shows, for Dana Ruiz.
    func touchRefs(_ name: String = "dana ruiz") throws -> [String] {
        let listing = try #require(try ringback.run(["touches", name, "--json"]).json() as? [String: Any])
        return try #require(listing["touches"] as? [[String: Any]]).compactMap { $0["ref"] as? String }
    }

    @Test func editATouchThenUndo() throws {
        try ringback.run(["log", "Dana Ruiz", "--outcome", "voicemail", "--note", "left msg", "--now", "2026-11-23T10:00"])
        let ref = try #require(try touchRefs().first)
        let text = try ringback.run(["touches", "dana", "--now", "2026-11-30T10:00"])
        #expect(text.stdout.contains("  \(ref)  Mon 23 Nov, 10:00 · call · voicemail · left msg"))

        let edited = try #require(
            try ringback.run([
                "edit", ref, "--at", "last friday at 3pm", "--outcome", "connected", "--note", "she picked up", "--json",
                "--now", "2026-11-30T10:00",
            ]).json() as? [String: Any])
        let after = try #require(edited["after"] as? [String: Any])
        #expect(after["at"] as? String == "2026-11-27T15:00:00+01:00")
        #expect(after["outcome"] as? String == "connected" && after["note"] as? String == "she picked up")
        #expect((edited["before"] as? [String: Any])?["outcome"] as? String == "voicemail")
        let shown = try ringback.run(["show", "dana", "--now", "2026-11-30T10:00"])
        #expect(shown.stdout.contains("Fri 27 Nov, 15:00 · call · connected · she picked up"))

        let ahead = try ringback.run(["edit", ref, "--at", "friday", "--now", "2026-11-30T10:00"])
        #expect(ahead.status == 1 && ahead.stderr.contains("has not come yet"))
        #expect(try ringback.run(["edit", ref, "--now", "2026-11-30T10:00"]).stderr.contains("nothing to change"))
        #expect(try ringback.run(["edit", "zzzz", "--note", "x"]).stderr.contains("no touch has an id starting with 'zzzz'"))

        #expect(try ringback.run(["undo"]).stdout.hasPrefix("Undid: edit touch \(ref) with Dana Ruiz (made "))
        #expect(
            try ringback.run(["show", "dana", "--now", "2026-11-30T10:00"]).stdout.contains(
                "Mon 23 Nov, 10:00 · call · voicemail · left msg"))
    }

    @Test func deleteATouchReopensWhatItKeptThenUndo() throws {
        try ringback.run(["log", "Dana Ruiz", "--outcome", "connected", "--next", "thursday at 13:00", "--now", "2026-11-24T10:00"])
        try ringback.run(["log", "dana", "--outcome", "connected", "--note", "logged on the wrong person", "--now", "2026-11-26T13:05"])
        let kept = try #require(try ringback.run(["next", "--json", "--now", "2026-11-26T14:00"]).json() as? [String: Any])
        #expect(kept["kind"] as? String != "agreed")
        let refs = try touchRefs()
        #expect(refs.count == 2)
        let deleted = try #require(try ringback.run(["delete", refs[1], "--json", "--now", "2026-11-26T14:00"]).json() as? [String: Any])
        #expect(deleted["reopened"] as? [String] == ["the next step"])
        #expect((deleted["next"] as? [String: Any])?["kind"] as? String == "agreed")
        #expect(try touchRefs() == [refs[0]])
        let text = try ringback.run(["undo"])
        #expect(text.stdout.hasPrefix("Undid: delete touch \(refs[1]) with Dana Ruiz"))
        #expect(try touchRefs() == refs)
        #expect(try ringback.run(["delete", String(refs[0].prefix(2))]).stderr.contains("too short to name a touch"))
    }

    @Test func mergeTwoContactsThenUndoSplitsThem() throws {
        try ringback.run([
            "log", "Dana Ruiz", "--company", "Acme", "--outcome", "connected", "--commitment", "the budget", "--by", "friday",
            "--now", "2026-11-23T10:00",
        ])
        try ringback.run([
            "log", "Dana R.", "--new", "--outcome", "sent", "--channel", "email", "--email", "dana@example.com", "--now",
            "2026-11-24T10:00",
        ])
        try ringback.run(
            ["--now", "2026-11-24T11:00"], input: "debrief dana r.\nwe talked\nno\nno\ny\nno\nher Q1 review moved to January\n\ny\n")
        let merged = try #require(
            try ringback.run(["merge", "dana ruiz", "dana r.", "--json", "--now", "2026-11-25T10:00"]).json() as? [String: Any])
        #expect(merged["removedName"] as? String == "Dana R.")
        let moved = try #require(merged["moved"] as? [String: Any])
        #expect(moved["touches"] as? Int == 2 && moved["tidbits"] as? Int == 1)
        #expect(moved["filled"] as? [String] == ["email"])

        let shown = try #require(try ringback.run(["show", "dana", "--json", "--now", "2026-11-25T10:00"]).json() as? [String: Any])
        #expect((shown["timeline"] as? [Any])?.count == 3)
        let contact = try #require(shown["contact"] as? [String: Any])
        #expect(contact["email"] as? String == "dana@example.com")
        #expect(contact["tidbits"] as? [String] == ["her Q1 review moved to January"])
        #expect((contact["commitments"] as? [[String: Any]])?.map { $0["what"] as? String } == ["the budget"])
        let everyone = try #require(try ringback.run(["contacts", "--json"]).json() as? [[String: Any]])
        #expect(everyone.map { $0["name"] as? String } == ["Dana Ruiz"])

        #expect(try ringback.run(["undo"]).stdout.hasPrefix("Undid: merge Dana R. into Dana Ruiz"))
        let split = try #require(try ringback.run(["contacts", "--json"]).json() as? [[String: Any]])
        #expect(split.compactMap { $0["name"] as? String }.sorted() == ["Dana R.", "Dana Ruiz"])
        #expect(try ringback.run(["merge", "dana ruiz", "dana ruiz"]).stderr.contains("merge two different contacts"))
    }
}
