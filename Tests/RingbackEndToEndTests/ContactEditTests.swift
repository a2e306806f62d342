import Foundation
import Testing

/// Issue #29: a contact's details changed without inventing a call (`set`), and a contact
/// removed (`forget`), each undone through the binary; someone who asked not to be contacted
/// is forgotten only with --force and stays out of later imports.
struct ContactEditTests {
    let ringback = RingbackProcess()

    @Test func setChangesDetailsWithoutATouchAndUndoes() throws {
        try ringback.run(["log", "Dana Ruiz", "--company", "Acme", "--tag", "cold", "--outcome", "connected", "--now", "2026-11-24T10:00"])
        let set = try ringback.run([
            "set", "dana", "--company", "Northwind", "--email", "dana@northwind.example", "--tag", "q1", "--untag", "cold",
            "--cadence", "rapid-release",
        ])
        #expect(set.status == 0)
        #expect(
            set.stdout
                == "Dana Ruiz (Northwind): company Acme → Northwind, email dana@northwind.example, cadence rapid-release, tags +q1, -cold.\n"
        )
        let shown = try ringback.run(["show", "dana"])
        #expect(shown.stdout.contains("cadence: rapid-release · email: dana@northwind.example · tags: q1"))
        #expect(shown.stdout.contains("Timeline (1):"))
        let cleared = try #require(try ringback.run(["set", "dana", "--email", "", "--json"]).json() as? [String: Any])
        let changed = try #require(cleared["changed"] as? [[String: Any]])
        #expect(changed.count == 1 && changed[0]["field"] as? String == "email" && changed[0]["to"] as? String == "")
        #expect(try ringback.run(["undo"]).stdout.hasPrefix("Undid: set details of Dana Ruiz (made "))
        #expect(try ringback.run(["show", "dana"]).stdout.contains("email: dana@northwind.example"))
    }

    /// helper-39 could not put a prospect on the list before calling: `add` does, with the
    /// details told apart after commas, refuses someone already there, and undoes.
    @Test func addPutsAProspectOnTheListWithoutATouch() throws {
        let now = ["--now", "2026-11-24T10:00"]
        let added = try ringback.run(["add", "Marcus Webb, freightline, 312-555-0142, marcus@freightline.example"] + now)
        #expect(
            added.status == 0
                && added.stdout.hasPrefix("Added Marcus Webb (Freightline) · 312-555-0142 · marcus@freightline.example as a sales contact"))
        let shown = try #require(try ringback.run(["show", "marcus", "--json"] + now).json() as? [String: Any])
        let contact = try #require(shown["contact"] as? [String: Any])
        #expect(contact["phone"] as? String == "312-555-0142" && contact["email"] as? String == "marcus@freightline.example")
        #expect((shown["timeline"] as? [Any])?.isEmpty == true)
        let next = try #require(try ringback.run(["next", "--json"] + now).json() as? [String: Any])
        #expect(next["contact"] as? String == "marcus-webb" && next["channel"] as? String == "call")
        let again = try ringback.run(["add", "marcus webb"] + now)
        #expect(again.status != 0 && again.stderr.contains("Marcus Webb (Freightline) is already a contact"), "\(again.stderr)")
        #expect(try ringback.run(["undo"]).stdout.hasPrefix("Undid: add Marcus Webb"))
        #expect(try ringback.run(["add"]).status != 0)
        // helper-40: a title before the name is no part of it; it makes a job search contact
        // (the role kept as a tag for the scripts), and the context chosen is said.
        let recruiter = try ringback.run(["add", "Recruiter Priya Shah, Umbrella Corp"] + now)
        #expect(recruiter.stdout.hasPrefix("Added Priya Shah (Umbrella Corp) as a job-search contact"), "\(recruiter.stdout)")
        let priya = try #require(try ringback.run(["show", "priya", "--json"] + now).json() as? [String: Any])
        #expect((priya["contact"] as? [String: Any])?["tags"] as? [String] == ["recruiter"])
        #expect(try ringback.run(["add", "alum jen park"] + now).stdout.hasPrefix("Added Jen Park as a networking contact"))
    }

    @Test func setRefusesNothingAndBadValuesWithoutChangingAnything() throws {
        try ringback.run(["log", "Dana Ruiz", "--outcome", "connected", "--now", "2026-11-24T10:00"])
        let nothing = try ringback.run(["set", "dana"])
        #expect(nothing.status == 1 && nothing.stderr.contains("nothing to change: give --company"))
        let zone = try ringback.run(["set", "dana", "--company", "Acme", "--time-zone", "Mars/Base"])
        #expect(zone.status == 1 && zone.stderr.contains("'Mars/Base' is not a time zone name"))
        #expect(!(try ringback.run(["show", "dana"]).stdout.contains("Acme")))
        #expect(try ringback.run(["set", "nobody", "--company", "X"]).status == 1)
        // A tag that is not there is named, with the tags that are.
        try ringback.run(["set", "dana", "--tag", "cold"])
        #expect(
            try ringback.run(["set", "dana", "--untag", "nonexistent"]).stdout
                == "Nothing changed: Dana Ruiz has no tag 'nonexistent' (tags: cold).\n")
        // A command without its name says what it needs, in one line, without the parser's "Error:".
        let forget = try ringback.run(["forget"])
        #expect(forget.status == 1)
        #expect(forget.stderr == "ringback: missing <name>: ringback forget <name> ... [--force] (see ringback forget --help)\n")
    }

    @Test func forgetRemovesAContactAndUndoBringsThemBack() throws {
        try ringback.run(["log", "Grand Totals", "--outcome", "sent", "--now", "2026-11-24T10:00"])
        try ringback.run(["log", "Dana Ruiz", "--outcome", "connected", "--now", "2026-11-24T10:00"])
        let forgot = try ringback.run(["forget", "grand", "totals"])
        #expect(forgot.stdout == "Forgot Grand Totals and 1 touch. `ringback undo` brings them back.\n")
        let listed = try ringback.run(["contacts", "--json"]).stdout
        #expect(!listed.contains("Grand Totals") && listed.contains("Dana Ruiz"))
        try ringback.run(["undo"])
        #expect(try ringback.run(["show", "grand totals"]).stdout.contains("Timeline (1):"))
    }

    @Test func someoneWhoAskedToStopIsForgottenOnlyWithForceAndNotImportedAgain() throws {
        try ringback.run([
            "log", "Dana Ruiz", "--outcome", "connected", "--email", "dana@acme.example", "--phone", "+33 6 12 34 56 78", "--now",
            "2026-11-24T10:00",
        ])
        try ringback.run(["stop", "dana", "--reason", "asked on the phone", "--now", "2026-11-24T10:05"])
        let refused = try ringback.run(["forget", "dana"])
        #expect(refused.status == 1 && refused.stderr.contains("asked not to be contacted, and forgetting them would lose that"))
        let forced = try #require(try ringback.run(["forget", "dana", "--force", "--json"]).json() as? [String: Any])
        #expect(forced["remembered"] as? Bool == true)
        let file = ringback.folder + "/people.csv"
        try "Name,Email,Phone\nDana R,dana@acme.example,\nD. Ruiz,,06 12 34 56 78\nBob Lee,bob@x.example,\n".write(
            toFile: file, atomically: true, encoding: .utf8)
        let imported = try ringback.run(["import", file, "--now", "2026-11-25T10:00"])
        #expect(imported.stdout.contains("Imported 1 contact."))
        #expect(imported.stdout.contains("Skipped 2 rows for people who asked not to be contacted and were forgotten: Dana R"))
        #expect(!(try ringback.run(["contacts", "--json"]).stdout.contains("Ruiz")))
    }

    /// A new person named in lower case in a debrief is asked about, saved and scripted as people write names.
    @Test func aNewNameTypedInLowerCaseIsSavedCapitalised() throws {
        let now = ["--now", "2026-11-23T10:00"]
        let script = "debrief\njust called maria lopez at northwind, call her back thursday 10am\ny\nsales\ny\nno\n\n\ny\n"
        let shell = try ringback.run(now, input: script)
        #expect(shell.stdout.contains("I don't have Maria Lopez (Northwind) yet."))
        #expect(shell.stdout.contains("Saved."))
        let contacts = try #require(try ringback.run(["contacts", "--json"] + now).json() as? [[String: Any]])
        #expect(contacts.map { $0["name"] as? String } == ["Maria Lopez"])
        #expect(contacts.first?["company"] as? String == "Northwind")
        #expect(try ringback.run(["next"] + now).stdout.contains("Say: Hi Maria,"))
    }

    /// A per-contact rhythm on `log` and `set`: shown, planned, changed, cleared.
    @Test func aRhythmOfTheirOwnIsSetPlannedAndCleared() throws {
        let now = ["--now", "2026-11-23T10:00"]
        let logged = try ringback.run(
            ["log", "Mentor Mo", "--context", "networking", "--outcome", "connected", "--every", "every month"] + now)
        #expect(logged.stdout.contains("Next: Call Mentor Mo · Wed 23 Dec"))
        #expect(try ringback.run(["show", "mo"] + now).stdout.contains("rhythm: every month"))
        #expect(try ringback.run(["set", "mo", "--every", "2w"] + now).stdout == "Mentor Mo: rhythm every month → every 2 weeks.\n")
        let next = try #require(try ringback.run(["next", "--json"] + now).json() as? [String: Any])
        #expect((next["due"] as? String)?.hasPrefix("2026-12-07") == true)
        let bad = try ringback.run(["set", "mo", "--every", "sometimes"] + now)
        #expect(bad.status == 1 && bad.stderr.contains("--every: 'sometimes' is not a rhythm"))
        #expect(try ringback.run(["set", "mo", "--every", ""] + now).stdout == "Mentor Mo: rhythm cleared.\n")
        #expect(try ringback.run(["show", "mo"] + now).stdout.contains("cadence: keep-in-touch"))
    }
}
