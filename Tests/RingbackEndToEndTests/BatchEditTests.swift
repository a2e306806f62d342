import Foundation
import Testing

/// Issue #29: `snooze`, `set` and `assign` on several contacts at once, by names separated
/// by commas or by a tag, with a count and one undo for the whole batch.
struct BatchEditTests {
    let ringback = RingbackProcess()
    let now = ["--now", "2026-11-23T10:00"]

    func contacts(tagged tag: String) throws -> [String] {
        try #require(try ringback.run(["contacts", "--tag", tag, "--json"] + now).json() as? [[String: Any]])
            .compactMap { $0["name"] as? String }.sorted()
    }

    @Test func setAndSnoozeSeveralAtOnceAndUndoTheBatch() throws {
        for name in ["Dana Ruiz", "Sam Lee", "Kim Park"] { try ringback.run(["log", name, "--outcome", "no-answer"] + now) }
        let tagged = try ringback.run(["set", "dana, sam", "--tag", "cold"] + now)
        #expect(tagged.stdout == "Changed 2 contacts of 2: Dana Ruiz, Sam Lee.\n`ringback undo` takes the whole batch back.\n")
        #expect(try contacts(tagged: "cold") == ["Dana Ruiz", "Sam Lee"])
        #expect(try ringback.run(["set", "dana, sam", "--tag", "cold"] + now).stdout.hasPrefix("Nothing changed: all 2 contacts"))
        try ringback.run(["set", "--tagged", "cold", "--tag", "q2", "--untag", "cold"] + now)
        #expect(try contacts(tagged: "q2") == ["Dana Ruiz", "Sam Lee"])
        let snoozed = try ringback.run(["snooze", "--tagged", "q2", "dec", "14"] + now)
        #expect(snoozed.stdout.hasPrefix("Snoozed 2 contacts, nothing before Mon 14 Dec: Dana Ruiz, Sam Lee."))
        let agenda = try ringback.run(["agenda", "--days", "10", "--json"] + now).json() as? [[String: Any]]
        #expect(agenda?.compactMap { $0["name"] as? String } == ["Kim Park"])
        // One undo takes the whole batch back.
        #expect(try ringback.run(["undo"] + now).stdout.hasPrefix("Undid: snooze 2 contacts"))
        let back = try #require(try ringback.run(["agenda", "--days", "10", "--json"] + now).json() as? [[String: Any]])
        #expect(back.count == 3)
        let several = try #require(try ringback.run(["snooze", "dana, kim", "next", "week", "--json"] + now).json() as? [[String: Any]])
        #expect(several.compactMap { $0["name"] as? String } == ["Dana Ruiz", "Kim Park"])
        // Unquoted, as typed in the shell: a word after a comma is another name.
        #expect(
            try ringback.run(["snooze", "dana,", "sam", "friday"] + now).stdout.hasPrefix("Snoozed 2 contacts, nothing before Fri 27 Nov"))
    }

    @Test func aBatchWithANameNotFoundOrATagNobodyHasChangesNothing() throws {
        for name in ["Dana Ruiz", "Sam Lee"] { try ringback.run(["log", name, "--outcome", "no-answer"] + now) }
        let missing = try ringback.run(["set", "dana, nobody", "--tag", "x"] + now)
        #expect(missing.status == 1 && missing.stderr.contains("no contact matches 'nobody'"))
        #expect(try ringback.run(["contacts", "--tag", "x"] + now).stdout.hasPrefix("No contacts"))
        let nobody = try ringback.run(["snooze", "--tagged", "nope", "monday"] + now)
        #expect(nobody.status == 1 && nobody.stderr.contains("no contact is tagged 'nope'"))
        let empty = try ringback.run(["snooze", "--tagged", "x"] + now)
        #expect(empty.status == 1)
    }

    @Test(.enabled(if: !RingbackProcess.onFiles, "a team store")) func assignSeveralToARep() throws {
        for name in ["Dana Ruiz", "Sam Lee", "Kim Park"] { try ringback.run(["log", name, "--outcome", "no-answer"] + now, as: "Ana") }
        try ringback.run(["set", "dana, kim", "--tag", "west"] + now, as: "Ana")
        let assigned = try ringback.run(["assign", "--tagged", "west", "--to", "Sam"] + now, as: "Ana")
        #expect(assigned.stdout.hasPrefix("2 contacts now Sam's: Dana Ruiz, Kim Park."))
        let sams = try #require(try ringback.run(["contacts", "--json"] + now, as: "Sam").json() as? [[String: Any]])
        #expect(sams.compactMap { $0["name"] as? String }.sorted() == ["Dana Ruiz", "Kim Park"])
        #expect(try ringback.run(["undo"] + now, as: "Ana").stdout.hasPrefix("Undid: assign 2 contacts to Sam"))
    }
}
