import Foundation
import Testing

struct LogAndReportTests {
    let ringback = RingbackProcess()

    @Test func logCreatesAContactAndPrintsTheNextStep() throws {
        let result = try ringback.run(["log", "Dana Ruiz", "--outcome", "vm", "--company", "Acme", "--now", "2026-11-20T10:00"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("New contact: Dana Ruiz (Acme)."))
        #expect(result.stdout.contains("Next: Email Dana Ruiz (Acme) · today (Fri 20 Nov)"))
        #expect(result.stdout.contains("Say: Hi Dana,"))
    }

    /// "Raj Mehta at Globex" is read as the debrief reads it: the name and its company; the
    /// same words again find him. A comma stays in the name ("José Álvarez, Jr.").
    @Test func aCompanySaidWithTheNameIsTheCompany() throws {
        let logged = try ringback.run(["log", "Raj Mehta at Globex", "--outcome", "vm", "--now", "2026-11-20T10:00"])
        #expect(logged.stdout.contains("New contact: Raj Mehta (Globex)."), "\(logged.stdout)\(logged.stderr)")
        let again = try ringback.run(["log", "raj mehta at globex", "--outcome", "connected", "--now", "2026-11-20T11:00"])
        #expect(again.stdout.contains("Contact: Raj Mehta (Globex)."), "\(again.stdout)\(again.stderr)")
        let comma = try ringback.run(["log", "José Álvarez, Jr.", "--outcome", "vm", "--now", "2026-11-20T12:00"])
        #expect(comma.stdout.contains("New contact: José Álvarez, Jr.\n"), "\(comma.stdout)")
    }

    /// `contacts --page N`: fifty a page in name order, the same on the JSON store as on a team.
    @Test func contactsComeAPageAtATime() throws {
        let rows = (1...60).map { String(format: "Person %02d", $0) }.joined(separator: "\n")
        #expect(try ringback.run(["import", "-", "--now", "2026-11-20T09:00"], input: "Name\n" + rows + "\n").status == 0)
        let page = try ringback.run(["contacts", "--json", "--page", "2", "--now", "2026-11-20T10:00"])
        let names = (try #require(page.json() as? [[String: Any]])).compactMap { $0["name"] as? String }
        #expect(names == (51...60).map { String(format: "Person %02d", $0) })
        let text = try ringback.run(["contacts", "--page", "1", "--now", "2026-11-20T10:00"])
        #expect(text.stdout.contains("Page 1 of 2 · 60 contacts. `ringback contacts --page 2` for more, --all for everyone."))
    }

    /// A name typed without quotes, as people do in the shell and the terminal, is the whole
    /// name: `log Dana Ruiz --outcome vm`, `show dana ruiz`.
    @Test func aNameNeedsNoQuotes() throws {
        let logged = try ringback.run(["log", "Dana", "Ruiz", "--company", "Acme", "--outcome", "vm", "--now", "2026-11-20T10:00"])
        #expect(logged.stdout.contains("New contact: Dana Ruiz (Acme)."), "\(logged.stderr)")
        let shown = try ringback.run(["show", "dana", "ruiz", "--now", "2026-11-20T11:00"])
        #expect(shown.status == 0)
        #expect(shown.stdout.hasPrefix("Dana Ruiz (Acme)"))
        let shell = try ringback.run(["--now", "2026-11-20T11:00"], input: "touches dana ruiz\nstop dana ruiz --reason \"moved on\"\n")
        #expect(shell.stdout.contains("voicemail"), "\(shell.stdout)")
        #expect(shell.stdout.contains("Dana Ruiz: do-not-contact."), "\(shell.stdout)")
    }

    @Test func nextAndAgendaReportJSON() throws {
        try ringback.run([
            "log", "Dana Ruiz", "--outcome", "connected", "--next", "2026-11-24T10:00", "--commitment", "pricing", "--now",
            "2026-11-20T10:00",
        ])
        try ringback.run(["log", "Marcus Chen", "--outcome", "no-answer", "--now", "2026-11-16T10:00"])
        let next = try #require(try ringback.run(["next", "--json", "--now", "2026-11-24T10:05"]).json() as? [String: Any])
        #expect(next["name"] as? String == "Dana Ruiz")
        #expect(next["due"] as? String == "2026-11-24T10:00:00+01:00")
        #expect(next["channel"] as? String == "call")
        #expect((next["reason"] as? String)?.isEmpty == false)
        #expect(next["kind"] as? String == "agreed")

        let agenda = try #require(try ringback.run(["agenda", "--json", "--now", "2026-11-24T10:05"]).json() as? [[String: Any]])
        #expect(agenda.map { $0["name"] as? String } == ["Marcus Chen", "Dana Ruiz"])
        #expect(agenda.first?["overdueDays"] as? Int == 5)
        #expect(agenda.allSatisfy { $0["due"] != nil && $0["channel"] != nil && $0["reason"] != nil })
    }

    @Test func namesMatchForgivinglyAndAmbiguityIsAUserError() throws {
        try ringback.run(["log", "José Álvarez", "--outcome", "connected", "--now", "2026-11-20T10:00"])
        let again = try ringback.run(["log", "jose", "--outcome", "no-answer", "--now", "2026-11-23T10:00"])
        #expect(again.stdout.contains("Contact: José Álvarez."))
        try ringback.run(["log", "Josefina Park", "--outcome", "connected", "--now", "2026-11-20T10:00"])
        let ambiguous = try ringback.run(["show", "jos"])
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr.contains("José Álvarez"))
        #expect(ambiguous.stderr.contains("Josefina Park"))
        #expect(ambiguous.stderr.split(separator: "\n").count == 1)
    }

    @Test func mistakesExitOneWithOneLineAndChangeNothing() throws {
        try ringback.run(["log", "Dana", "--outcome", "connected", "--now", "2026-11-20T10:00"])
        let before = try ringback.snapshot()
        for arguments in [
            ["log", "Dana", "--outcome", "maybe"], ["log", "Dana", "--outcome", "vm", "--next", "2020-01-01"],
            ["log", "Dana", "--outcome", "vm", "--next", "thursday-ish"], ["log", "Dana", "--outcome", "vm", "--cadence", "nope"],
            ["log", "Dana", "--outcome", "vm", "--commitment", "budget"], ["agenda", "--days", "-3"], ["show", "Nobody"],
            ["next", "--now", "yesterday"], ["frobnicate"], ["config", "working-days", "funday"],
        ] {
            let result = try ringback.run(arguments + ["--now", "2026-11-21T10:00"].filter { _ in !arguments.contains("--now") })
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr.hasPrefix("ringback: "), "\(arguments): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(arguments): \(result.stderr)")
        }
        #expect(try ringback.snapshot() == before)
    }

    @Test func aStoppedContactIsNeverScheduledAndLoggingNeedsAnOverride() throws {
        try ringback.run(["log", "Dana", "--outcome", "connected", "--now", "2026-11-20T10:00"])
        #expect(try ringback.run(["stop", "dana", "--reason", "went elsewhere", "--now", "2026-11-20T11:00"]).status == 0)
        #expect(try ringback.run(["next", "--json"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "null")
        #expect(try ringback.run(["agenda", "--json"]).json() as? [Any] != nil)
        let before = try ringback.snapshot()
        let refused = try ringback.run(["log", "dana", "--outcome", "sent", "--channel", "email", "--now", "2026-11-25T10:00"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("Dana asked not to be contacted on 2026-11-20 (went elsewhere); add --override-stop"))
        #expect(try ringback.snapshot() == before)
        let release = try ringback.run(["release", "dana", "--now", "2026-11-25T10:00"])
        #expect(release.status == 1)
        #expect(release.stderr.contains("--override-stop"))
        let lifted = try ringback.run([
            "log", "dana", "--outcome", "replied", "--channel", "email", "--override-stop", "--now", "2026-11-25T10:00",
        ])
        #expect(lifted.status == 0)
        #expect(lifted.stdout.contains("Next: "))
    }

    @Test func undoRevertsTheLastLog() throws {
        try ringback.run(["log", "Dana", "--outcome", "connected", "--now", "2026-11-20T10:00"])
        try ringback.run(["log", "Dana", "--outcome", "no-answer", "--now", "2026-11-23T10:00"])
        let undone = try ringback.run(["undo"]).stdout
        #expect(undone.hasPrefix("Undid: log call to Dana (made "))
        // Each one-off command is its own process: no "made in another session" for them.
        #expect(!undone.contains("another session"), "\(undone)")
        let shown = try #require(try ringback.run(["show", "dana", "--json"]).json() as? [String: Any])
        #expect((shown["timeline"] as? [Any])?.count == 1)
    }

    @Test func configChangesWorkingDays() throws {
        try ringback.run(["config", "working-days", "mon,tue,wed,thu,fri,sat"])
        try ringback.run(["log", "Dana", "--outcome", "connected", "--now", "2026-11-18T10:00"])
        let next = try #require(try ringback.run(["next", "--json", "--now", "2026-11-18T11:00"]).json() as? [String: Any])
        #expect(next["due"] as? String == "2026-11-21T00:00:00+01:00")
        #expect(try ringback.run(["config"]).stdout.contains("working-days = mon,tue,wed,thu,fri,sat"))
    }

    @Test func aTimeOutsideWorkingHoursIsSaidAndTheHoursAreASetting() throws {
        let late = try ringback.run(["log", "Dana", "--outcome", "connected", "--next", "tomorrow at 9pm", "--now", "2026-11-24T10:00"])
        #expect(
            late.stdout.contains(
                "Understood --next 'tomorrow at 9pm': tomorrow (Wed 25 Nov), 21:00 (outside your working hours, 09:00–17:30)."))
        #expect(try ringback.run(["config", "working-hours", "08:00-22:00"]).status == 0)
        let fine = try ringback.run(["log", "Dana", "--outcome", "connected", "--next", "tomorrow at 9pm", "--now", "2026-11-24T10:00"])
        #expect(!fine.stdout.contains("outside"))
        #expect(try ringback.run(["config", "working-hours", "late"]).status == 1)
    }
}
