import Foundation
import Testing

struct InterchangeTests {
    let ringback = RingbackProcess()

    func write(_ text: String, _ name: String) throws -> String {
        let path = ringback.folder + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Issue #25: a cell a spreadsheet would run ("+cmd|calc", "=HYPERLINK(...)") is written
    /// with a leading apostrophe (0.4.0 wrote it as is), and reading Ringback's own export
    /// back takes it off.
    @Test func cellsASpreadsheetWouldRunAreGuardedAndComeBackAsTyped() throws {
        try ringback.run(["log", "Dana Ruiz", "--company", "+cmd|calc", "--phone", "+1 555 0100", "--outcome", "vm"])
        try ringback.run(["log", "Sam Lee", "--company", "=HYPERLINK(\"http://x.test\")", "--outcome", "vm"])
        let csv = try ringback.run(["export", "--format", "csv"]).stdout
        #expect(csv.contains("'+cmd|calc"))
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://x.test\"\")\""))
        #expect(csv.contains("'+1 555 0100"))
        let file = try write(csv, "own.csv")
        let other = ringback.folder + "/other.json"
        #expect(try ringback.run(["import", file, "--store", other], store: false).status == 0)
        let dana = try ringback.run(["show", "dana", "--json", "--store", other], store: false).stdout
        #expect(dana.contains("\"company\" : \"+cmd|calc\""))
        #expect(dana.contains("\"phone\" : \"+1 555 0100\""))
        let sam = try ringback.run(["show", "sam", "--json", "--store", other], store: false).stdout
        #expect(sam.contains("=HYPERLINK("))
    }

    @Test func aCRMExportImportsWithItsOwnHeaders() throws {
        let csv = try write(
            """
            First Name,Last Name,Account Name,E-mail Address,Mobile,Lead Source,Notes
            Dana,Ruiz,Acme,dana@acme.example,+1 555 0100,web,"Budget review moves to January, ask then"
            Zoë,Lambert,"Atelier, Lumière",zoe@lumiere.example,,event,
            """, "crm.csv")
        let result = try ringback.run(["import", csv, "--now", "2026-11-20T10:00"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Imported 2 contacts"))
        let contacts = try #require(try ringback.run(["contacts", "--json"]).json() as? [[String: Any]])
        #expect(contacts.map { $0["name"] as? String } == ["Dana Ruiz", "Zoë Lambert"])
        #expect(contacts.map { $0["company"] as? String } == ["Acme", "Atelier, Lumière"])
        let again = try ringback.run(["import", csv])
        #expect(again.stdout.contains("Imported 0 contacts; merged 2 into contacts already there (Dana Ruiz, Zoë Lambert)."))
        #expect((try ringback.run(["contacts", "--json"]).json() as? [Any])?.count == 2)
    }

    /// Issue #29: 0.4.0 made a contact of "Grand Totals (2 records)", ignored "Company /
    /// Account" and "Closed - Not Converted", and did not know a recruiter by their position.
    @Test func salesforceAndLinkedInExportsReadAsTheyMean() throws {
        let report = try write(
            """
            First Name,Last Name,Company / Account,Lead Status
            Dana,Ruiz,Acme,Working - Contacted
            Olga,Park,Globex,Closed - Not Converted
            Grand Totals (2 records),,,

            "Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."
            """, "salesforce.csv")
        let imported = try ringback.run(["import", report])
        #expect(imported.stdout.contains("Imported 2 contacts"), "\(imported.stdout)")
        #expect(imported.stdout.contains("skipped 2 footer lines"))
        let connections = try write(
            """
            First Name,Last Name,URL,Email Address,Company,Position,Connected On
            Lena,Berg,https://www.linkedin.com/in/lena,,Northwind,Senior Technical Recruiter,01 Nov 2026
            Tom,Hardy,https://www.linkedin.com/in/tom,,Initech,Engineer,02 Nov 2026
            """, "Connections.csv")
        #expect(try ringback.run(["import", connections]).status == 0)
        let contacts = try #require(try ringback.run(["contacts", "--json"]).json() as? [[String: Any]])
        let byName = Dictionary(uniqueKeysWithValues: contacts.map { ($0["name"] as? String ?? "", $0) })
        #expect(byName.keys.sorted() == ["Dana Ruiz", "Lena Berg", "Olga Park", "Tom Hardy"])
        #expect(byName["Dana Ruiz"]?["company"] as? String == "Acme")
        #expect(byName["Olga Park"]?["status"] as? String == "lost")
        #expect(byName["Lena Berg"]?["context"] as? String == "job-search")
        #expect(byName["Tom Hardy"]?["context"] as? String == "networking")
    }

    @Test func aBadRowImportsNothingAndNamesItsLine() throws {
        let csv = try write(
            """
            Name,Email,Context
            Dana Ruiz,dana@acme.example,sales
            "Multi
            line",m@x.example,sales
            ,nobody@x.example,sales
            Sam,not-an-email,dating
            """, "bad.csv")
        let result = try ringback.run(["import", csv])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.csv:6: 'not-an-email' is not an email address"))
        #expect(result.stderr.contains("bad.csv:6: context 'dating'"))
        #expect(!result.stderr.contains("bad.csv:5"), "a row without a name is skipped, not an error")
        #expect(result.stderr.contains("nothing was imported"))
        #expect(try ringback.storeIsEmpty())
    }

    @Test func aRowWithoutANameIsSkippedAndCounted() throws {
        let csv = try write("Name,Email\nDana Ruiz,dana@acme.example\n,info@acme.example\n", "nameless.csv")
        let result = try ringback.run(["import", csv])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Imported 1 contact."))
        #expect(result.stdout.contains("Skipped 1 row with no name: \(csv):3."))
    }

    @Test func exportsParseWithRealReaders() throws {
        try ringback.run([
            "log", "José Álvarez, Jr.", "--company", "Cobalt; Robotics", "--outcome", "connected",
            "--next", "2026-11-24T10:00", "--commitment", "the pilot, phase 2", "--now", "2026-11-20T10:00",
        ])
        try ringback.run(["log", "Dana", "--outcome", "vm", "--now", "2026-11-20T11:00"])
        let ics = try ringback.run(["export", "--format", "ics", "--now", "2026-11-20T12:00"])
        #expect(ics.status == 0)
        let path = try write(ics.stdout, "follow-ups.ics")
        let parsed = try RingbackProcess.python(
            """
            import sys, icalendar
            cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
            for e in cal.walk('VEVENT'):
                print(e['UID'], e.decoded('DTSTART').isoformat(), e['SUMMARY'], sep=' | ')
            """, [path])
        #expect(parsed.status == 0, "\(parsed.stderr)")
        let lines = parsed.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines.contains { $0.contains("2026-11-24T09:00:00+00:00 | Call José Álvarez, Jr. (Cobalt; Robotics)") })
        #expect(lines.contains { $0.contains("| 2026-11-20 | Email Dana") })

        let csv = try ringback.run(["export", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("name,company,context,status"))
        #expect(csv.stdout.contains("\"José Álvarez, Jr.\",Cobalt; Robotics"))
        let json = try #require(try ringback.run(["export"]).json() as? [String: Any])
        #expect((json["touches"] as? [Any])?.count == 2)
    }

    /// A validation by the real validator against a schema in data/ (`validate_json.py`).
    func validate(_ text: String, against schema: String) throws {
        let path = try write(text, "document.json")
        let result = try RingbackProcess.python(
            "import runpy, sys; sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name='__main__')",
            [RingbackProcess.packageRoot + "/scripts/validate_json.py", schema, path])
        #expect(result.status == 0, "\(schema): \(result.stdout)\(result.stderr)")
    }

    /// A store with touches, promises, a stop, a release, tags and a practice result.
    func fillStore() throws {
        for arguments in [
            [
                "log", "Dana Ruiz", "--company", "Acme", "--outcome", "connected", "--next", "2026-11-24T10:00", "--commitment",
                "the quote",
                "--now", "2026-11-20T10:00",
            ],
            ["log", "Zoë Lambert", "--company", "Atelier, Lumière", "--outcome", "vm", "--tag", "q1", "--now", "2026-11-20T11:00"],
            ["log", "Sam Lee", "--outcome", "connected", "--now", "2026-11-20T12:00"],
            ["stop", "sam", "--reason", "asked not to be called", "--now", "2026-11-20T12:05"],
            ["log", "Tom Becker", "--outcome", "no-answer", "--now", "2026-11-19T09:00"],
            ["release", "tom", "--now", "2026-11-20T09:00"],
        ] {
            let result = try ringback.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        let practice = try ringback.run(
            ["practice", "1", "--now", "2026-11-20T13:00"], input: "Hi Dana, would Tuesday at 10 or Thursday at 3 work?\nok\nok\nok\n")
        #expect(practice.stdout.contains("Scenario score"), "\(practice.stdout)")
    }

    @Test func aJSONBackupRestoresIntoAnEmptyStoreIdentically() throws {
        try fillStore()
        let backup = try ringback.run(["export", "--now", "2026-11-21T09:00"])
        try validate(backup.stdout, against: "export.schema.json")
        let document = try #require(try backup.json() as? [String: Any])
        #expect((document["practice"] as? [Any])?.count == 1)
        let file = try write(backup.stdout, "backup.json")
        let other = ringback.folder + "/restored.json"
        let restored = try ringback.run(["import", file, "--store", other, "--now", "2026-11-21T09:00"], store: false)
        #expect(restored.status == 0, "\(restored.stderr)")
        let again = try ringback.run(["export", "--store", other, "--now", "2026-11-21T09:00"], store: false)
        #expect(again.stdout == backup.stdout)
        let refused = try ringback.run(["import", file, "--store", other], store: false)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("already holds 4 contacts"))
    }

    @Test func theCSVExportImportsBackWithStatusCadenceAndChannel() throws {
        try fillStore()
        let sent = try ringback.run([
            "log", "Dana Ruiz", "--outcome", "sent", "--channel", "email", "--cadence", "rapid-release", "--prefers", "email", "--now",
            "2026-11-20T15:00",
        ])
        #expect(sent.status == 0, "\(sent.stderr)")
        let table = try ringback.run(["export", "--format", "csv", "--now", "2026-11-21T09:00"]).stdout
        let file = try write(table, "contacts.csv")
        let other = ringback.folder + "/from-csv.json"
        let imported = try ringback.run(["import", file, "--store", other, "--now", "2026-11-21T09:00"], store: false)
        #expect(imported.status == 0, "\(imported.stderr)")
        let again = try ringback.run(["export", "--format", "csv", "--store", other, "--now", "2026-11-21T09:00"], store: false).stdout
        #expect(again.split(separator: "\n").count == table.split(separator: "\n").count)
        let statuses = try #require(try ringback.run(["contacts", "--json", "--store", other], store: false).json() as? [[String: Any]])
        let byName = Dictionary(uniqueKeysWithValues: statuses.map { ($0["name"] as! String, $0["status"] as! String) })
        #expect(byName["Sam Lee"] == "do-not-contact")
        #expect(byName["Tom Becker"] == "released")
        let dana = try #require(try ringback.run(["show", "dana", "--json", "--store", other], store: false).json() as? [String: Any])
        let record = try #require(dana["contact"] as? [String: Any])
        #expect(record["cadence"] as? String == "rapid-release")
        #expect(record["preferredChannel"] as? String == "email")
        #expect(((record["history"] as? [String: Any])?["lastTouch"] as? String) == "2026-11-20T15:00:00+01:00")
        let sam = try ringback.run(["agenda", "--json", "--store", other, "--now", "2026-11-21T09:00"], store: false)
        #expect(!sam.stdout.contains("Sam Lee"), "a do-not-contact person comes back stopped, not 'Call today'")
        // Record columns round-trip exactly; a second round trip gives the same table whole.
        #expect(try recordColumns(again) == recordColumns(table))
        let third = ringback.folder + "/third.json"
        try ringback.run(["import", try write(again, "again.csv"), "--store", third, "--now", "2026-11-21T09:00"], store: false)
        let last = try ringback.run(["export", "--format", "csv", "--store", third, "--now", "2026-11-21T09:00"], store: false).stdout
        #expect(last == again)
    }

    /// The CSV's columns from name to last touch, one line a row (python's csv reads it): what
    /// a table holds about a person; the next step is planned again from it.
    func recordColumns(_ table: String) throws -> String {
        let result = try RingbackProcess.python(
            "import csv, sys\nfor row in csv.reader(open(sys.argv[1], newline='')): print('|'.join(row[:12]))", [try write(table, "t.csv")])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test func theCalendarKeepsItsUIDsAndRaisesTheSequence() throws {
        try ringback.run([
            "log", "Dana Ruiz", "--company", "Acme", "--outcome", "connected", "--next", "2026-11-26T10:00", "--now", "2026-11-24T10:00",
        ])
        try ringback.run(["log", "Zoë Lambert", "--outcome", "vm", "--now", "2026-11-16T10:00"])
        let file = ringback.folder + "/follow-ups.ics"
        try ringback.run(["export", "--format", "ics", "--output", file, "--now", "2026-11-24T10:05"])
        let first = try String(contentsOfFile: file, encoding: .utf8)
        try ringback.run(["log", "Dana Ruiz", "--outcome", "connected", "--next", "2026-11-27T15:00", "--now", "2026-11-24T11:00"])
        try ringback.run(["export", "--format", "ics", "--output", file, "--now", "2026-11-24T11:05"])
        let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let script = """
            import sys, icalendar
            for path in sys.argv[1:]:
                cal = icalendar.Calendar.from_ical(open(path, 'rb').read())
                print(cal['X-WR-CALNAME'])
                for e in cal.walk('VEVENT'):
                    alarms = len(e.walk('VALARM'))
                    print(e['UID'], int(e['SEQUENCE']), e.decoded('DTSTART').isoformat(), e['SUMMARY'], alarms, sep=' | ')
            """
        let before = try write(first, "before.ics")
        let parsed = try RingbackProcess.python(script, [before, file])
        #expect(parsed.status == 0, "\(parsed.stderr)")
        let lines = parsed.stdout.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0 == "Ringback follow-ups" }.count == 2)
        #expect(lines.contains("ringback-dana-ruiz-next@ringback | 0 | 2026-11-26T09:00:00+00:00 | Call Dana Ruiz (Acme) | 1"))
        #expect(lines.contains("ringback-dana-ruiz-next@ringback | 1 | 2026-11-27T14:00:00+00:00 | Call Dana Ruiz (Acme) | 1"))
        // Zoë's overdue step sits on today, unchanged between the two exports: same SEQUENCE.
        let zoe = lines.filter { $0.hasPrefix("ringback-zoe-lambert-next@ringback | 0 | 2026-11-24 | Overdue: ") }
        #expect(zoe.count == 2, "\(lines)")
    }

    /// Every command's `--json` output against its `$defs` entry in data/output.schema.json,
    /// run in an order that gives each something to show.
    @Test func jsonOutputsFollowTheirSchemas() throws {
        try fillStore()
        let now = ["--now", "2026-11-21T09:00"]
        let csv = try write("First Name,Last Name,Lifecycle Stage\nAmy,Lo,customer\n", "crm.csv")
        var outputs: [([String], String)] = [
            (["log", "Dana Ruiz", "--outcome", "connected", "--owe", "the case study", "--owe-by", "2026-11-25"], "log"),
            (["log", "Dana R", "--new", "--outcome", "vm", "--email", "d@r.example"], "log"),
            (["next"], "next"), (["agenda"], "agenda"), (["contacts"], "contacts"), (["show", "dana ruiz"], "show"),
            (["touches", "zoe"], "touches"), (["config"], "config"), (["config", "me"], "config-key"), (["undo", "--list"], "undo-list"),
            (["search", "acme"], "search"), (["done", "dana ruiz", "case study"], "done"), (["snooze", "zoe", "next", "monday"], "snooze"),
            (["rename", "zoe", "Zoë Lambert-Roy"], "rename"), (["close", "tom", "--won"], "close"), (["stop", "dana r"], "stop"),
            (["release", "zoe"], "release"), (["undo"], "undo"), (["redo"], "redo"), (["merge", "dana ruiz", "dana r"], "merge"),
            (["when", "thursday after lunch"], "when"), (["understand", "she's checking budget, I send the quote tomorrow"], "understand"),
            (["stats"], "stats"), (["review"], "review"), (["restore"], "restore-report"), (["practice", "--list"], "practice-list"),
            (["practice", "1", "--reply", "Could I call you Tuesday at 10?"], "practice-reply"), (["content"], "content"),
            (["content", "--export", ringback.folder + "/content"], "content-export"),
            (["import", csv, "--dry-run"], "import"),
            (["demo", "--store", ringback.folder + "/demo.json"], "demo"),
        ]
        let touches = try #require(try ringback.run(["touches", "zoe", "--json"]).json() as? [String: Any])
        let ref = try #require((touches["touches"] as? [[String: Any]])?.first?["ref"] as? String)
        outputs.insert((["edit", ref, "--note", "left a voicemail"], "edit"), at: 3)
        outputs.insert((["delete", ref], "delete"), at: 4)
        for (arguments, definition) in outputs {
            let result = try ringback.run(arguments + ["--json"] + now, store: !arguments.contains("--store"))
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            try validate(result.stdout, against: "output.schema.json#\(definition)")
        }
        let run = try ringback.run(["practice", "1", "--json"] + now, input: "Could I call you Tuesday at 10?\nok\nok\nok\n")
        try validate(run.stdout, against: "output.schema.json#practice")
        let backup = try write(try ringback.run(["export"] + now).stdout, "backup.json")
        let restored = try ringback.run(["import", backup, "--json", "--store", ringback.folder + "/restored.json"], store: false)
        try validate(restored.stdout, against: "output.schema.json#restore")
    }

    @Test func theDemoFillsItsOwnStore() throws {
        let demo = ringback.folder + "/demo.json"
        let result = try ringback.run(["demo", "--store", demo, "--now", "2026-11-23T09:00"], store: false)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Next:"))
        #expect(result.stdout.contains("Overdue ("))
        let contacts = try ringback.run(["contacts", "--json", "--store", demo], store: false)
        #expect((try contacts.json() as? [Any])?.count == 8)
    }
}
