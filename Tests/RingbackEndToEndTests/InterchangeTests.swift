import Foundation
import Testing

struct InterchangeTests {
    let ringback = RingbackProcess()

    func write(_ text: String, _ name: String) throws -> String {
        let path = ringback.folder + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
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
        #expect(again.stdout.contains("Skipped 2 already in the store"))
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
        #expect(result.stderr.contains("bad.csv:5: no name"))
        #expect(result.stderr.contains("bad.csv:6: 'not-an-email' is not an email address"))
        #expect(result.stderr.contains("bad.csv:6: context 'dating'"))
        #expect(result.stderr.contains("nothing was imported"))
        #expect(!FileManager.default.fileExists(atPath: ringback.store))
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
