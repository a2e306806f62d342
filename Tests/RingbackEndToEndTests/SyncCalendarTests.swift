import Foundation
import Testing

/// Issue #26: `sync calendar` on calendars written by Python's icalendar package
/// (Fixtures/Calendar/write_calendar.py): a vdir with a Zoom meeting held, a meeting ahead in
/// New York's time, a weekly series with a skipped and a moved instance, a declined lunch and
/// a broken event; an export with later revisions (one moved, one cancelled).
struct SyncCalendarTests {
    let ringback = RingbackProcess()
    static let now = "2026-11-27T12:00"

    /// The calendars, and a store with Dana, Zoë and Tom and the user's address set.
    func setUp() throws -> String {
        let folder = ringback.folder + "/calendars"
        let script = RingbackProcess.packageRoot + "/Tests/RingbackEndToEndTests/Fixtures/Calendar/write_calendar.py"
        let written = try RingbackProcess.execute("/usr/bin/env", ["python3", script, folder])
        #expect(written.status == 0, "\(written.stderr)")
        for (name, email) in [("Dana Ruiz at Acme", "dana@acme.com"), ("Zoë Lambert", "zoe@cafe-noel.fr"), ("Tom Okafor", "tom@harbor.io")]
        {
            try ringback.run(["log", name, "--outcome", "connected", "--now", "2026-11-02T10:00"])
            try ringback.run(["set", String(name.prefix { $0 != " " }), "--email", email, "--now", "2026-11-02T10:00"])
        }
        #expect(try ringback.run(["config", "email", "sam@brightline.io"]).status == 0)
        return folder
    }

    /// `sync calendar --json`, its document checked against data/output.schema.json.
    func sync(_ arguments: [String], now: String = Self.now) throws -> [String: Any] {
        let result = try ringback.run(["sync", "calendar"] + arguments + ["--json", "--now", now])
        #expect(result.status == 0, "\(result.stderr)")
        let document = ringback.folder + "/sync.json"
        try Data(result.stdout.utf8).write(to: URL(fileURLWithPath: document))
        let valid = try RingbackProcess.python(
            "import runpy, sys; sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name='__main__')",
            [RingbackProcess.packageRoot + "/scripts/validate_json.py", "output.schema.json#sync-calendar", document])
        #expect(valid.status == 0, "\(valid.stdout)\(valid.stderr)")
        return try #require(try result.json() as? [String: Any])
    }

    /// "name effect day" for each item, in the report's order.
    func effects(_ report: [String: Any]) -> [String] {
        ((report["items"] as? [[String: Any]]) ?? []).map {
            "\($0["name"] as? String ?? "") \($0["effect"] as? String ?? "") \(($0["at"] as? String ?? "").prefix(16))"
        }
    }

    func agreed(_ name: String, now: String = Self.now) throws -> [[String: Any]] {
        let shown = try #require(try ringback.run(["show", name, "--json", "--now", now]).json() as? [String: Any])
        let commitments = ((shown["contact"] as? [String: Any])?["commitments"] as? [[String: Any]]) ?? []
        return commitments.filter { $0["event"] != nil }
    }

    @Test func meetingsAreRecordedOnceAndAgreedTimesFollowTheCalendar() throws {
        let folder = try setUp()
        let dry = try sync([folder + "/work", "--dry-run"])
        #expect(try ringback.run(["touches", "dana", "--json"]).stdout.contains("cal-") == false)
        let first = try sync([folder + "/work"])
        #expect(effects(first) == effects(dry))
        // Held: Zoë on the 9th and on Tue 24 (moved from Mon 23; the 16th skipped), Dana's Zoom demo.
        // Ahead: Zoë's Monday 30th (her later Mondays left for it), Tom's kickoff, Dana's review.
        let expected = [
            "Zoë Lambert held 2026-11-09T09:00", "Zoë Lambert held 2026-11-24T11:00", "Dana Ruiz held 2026-11-24T15:00",
            "Zoë Lambert agreed 2026-11-30T09:00", "Tom Okafor agreed 2026-12-02T16:00", "Dana Ruiz agreed 2026-12-03T11:00",
            "Zoë Lambert earlier-kept 2026-12-07T09:00", "Zoë Lambert earlier-kept 2026-12-14T09:00",
            "Zoë Lambert earlier-kept 2026-12-21T09:00", "Zoë Lambert earlier-kept 2026-12-28T09:00",
        ]
        #expect(effects(first) == expected, "\(effects(first))")
        #expect(first["unreadable"] as? Int == 1 && first["files"] as? Int == 6, "\(first)")
        let guests = try #require(first["notContacts"] as? [[String: Any]]).compactMap { $0["email"] as? String }
        #expect(guests == ["jo@new.example"])
        // The Zoom demo was a video meeting; Tom declined the lunch, so it is not his.
        let dana = try ringback.run(["touches", "dana", "--now", Self.now]).stdout
        #expect(dana.contains("video · meeting-held · Acme demo"), "\(dana)")
        #expect(try ringback.run(["touches", "tom", "--now", Self.now]).stdout.contains("Team lunch") == false)
        // Tom's kickoff is his agreed time, in person.
        let tom = try agreed("tom")
        #expect(tom.count == 1 && tom.first?["channel"] as? String == "meeting" && tom.first?["timed"] as? Bool == true, "\(tom)")
        let shown = try ringback.run(["show", "tom", "--now", Self.now]).stdout
        #expect(shown.contains("Next: Meet Tom Okafor · Wed 2 Dec, 16:00"), "\(shown)")
        // A meeting is kept by being there, ready: no phone script.
        #expect(shown.contains("Why: Come ready, leave with a date.") && !shown.contains("Is now still a good moment"), "\(shown)")
        // The week's review counts the meetings sync recorded (Zoë's and Dana's on the 24th).
        let review = try #require(try ringback.run(["review", "--json", "--now", Self.now]).json() as? [String: Any])
        #expect(review["fromCalendar"] as? Int == 2, "\(review)")
        // Again: nothing new.
        let again = try sync([folder + "/work"])
        #expect(effects(again).filter { !$0.contains("earlier-kept") }.isEmpty, "\(effects(again))")
        // The export's revisions: the kickoff moved (the higher SEQUENCE wins whatever the order), the review cancelled.
        let revised = try sync([folder + "/export.ics", folder + "/work"])
        #expect(
            effects(revised).filter { !$0.contains("earlier-kept") } == [
                "Dana Ruiz taken-back 2026-12-03T11:00", "Tom Okafor moved 2026-12-03T20:00",
            ], "\(effects(revised))")
        #expect(try agreed("dana").isEmpty)
        // A week on, Zoë's Monday has taken place: held, her agreement kept, the next Monday agreed.
        let later = try sync([folder + "/export.ics", folder + "/work"], now: "2026-12-01T12:00")
        #expect(
            effects(later).filter { $0.hasPrefix("Zoë") && !$0.contains("earlier-kept") } == [
                "Zoë Lambert held 2026-11-30T09:00", "Zoë Lambert agreed 2026-12-07T09:00",
            ], "\(effects(later))")
        let zoe = try agreed("zoë", now: "2026-12-01T12:00")
        #expect(zoe.count == 1 && (zoe.first?["due"] as? String)?.hasPrefix("2026-12-07T09:00") == true, "\(zoe)")
    }

    @Test func withoutAddressesOrFilesItSaysWhatIsMissing() throws {
        let folder = try setUp()
        let missing = try ringback.run(["sync", "calendar", folder + "/nowhere.ics", "--now", Self.now])
        #expect(missing.status != 0 && missing.stderr.hasSuffix("nowhere.ics: no such file or folder\n"), "\(missing.stderr)")
        let notCalendar = ringback.folder + "/notes.ics"
        try Data("hello\n".utf8).write(to: URL(fileURLWithPath: notCalendar))
        let wrong = try ringback.run(["sync", "calendar", notCalendar, "--now", Self.now])
        #expect(wrong.status != 0 && wrong.stderr.contains("not an iCalendar file"), "\(wrong.stderr)")
        #expect(try ringback.run(["config", "email", "none"]).status == 0)
        let noAddress = try ringback.run(["sync", "calendar", folder + "/work", "--now", Self.now])
        #expect(noAddress.status != 0 && noAddress.stderr.contains("config email"), "\(noAddress.stderr)")
    }
}
