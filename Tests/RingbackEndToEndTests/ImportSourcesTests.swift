import Foundation
import Testing

/// Each fixture in `Fixtures/Imports/` has the real column layout of the export it is named
/// after (made-up people); each is imported end to end and its contacts checked field by field.
struct ImportSourcesTests {
    let ringback = RingbackProcess()
    static let now = "2026-11-24T10:00"

    static func fixture(_ name: String) -> String { RingbackProcess.packageRoot + "/Tests/RingbackEndToEndTests/Fixtures/Imports/" + name }

    /// Imports a fixture and returns every contact file's record, by name.
    func imported(_ name: String, _ extra: [String] = []) throws -> (RingbackProcess.Result, [String: [String: Any]]) {
        let result = try ringback.run(["import", Self.fixture(name), "--now", Self.now] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        let export = try #require(try ringback.run(["export", "--now", Self.now]).json() as? [String: Any])
        let contacts = try #require(export["contacts"] as? [[String: Any]])
        return (result, Dictionary(uniqueKeysWithValues: contacts.map { ($0["name"] as! String, $0) }))
    }

    func lastTouch(_ contact: [String: Any]?) -> String? { (contact?["history"] as? [String: Any])?["lastTouch"] as? String }

    @Test func hubSpotKeepsMobileStageAndLastActivityAndSkipsTheNamelessRow() throws {
        let (result, people) = try imported("hubspot-contacts.csv")
        #expect(result.stdout.contains("Imported 4 contacts."))
        #expect(result.stdout.contains("Skipped 1 row with no name: \(Self.fixture("hubspot-contacts.csv")):5."))
        #expect(result.stdout.contains("Mobile Phone Number → mobile"))
        #expect(result.stdout.contains("Columns ignored: Record ID, Contact owner, Create Date"))
        #expect(result.stdout.contains("Job Title → position"))
        let dana = people["Dana Ruiz"]
        #expect(dana?["mobile"] as? String == "+1 555 010 0199")
        #expect(dana?["phone"] as? String == "+1 (555) 010-0100")
        #expect(lastTouch(dana) == "2026-11-18T14:32:00+01:00")
        #expect(people["Priya Natarajan"]?["status"] as? String == "won")
        #expect(people["Tom Becker"]?["status"] as? String == "released")
        #expect(people["Zoë Lambert"]?["mobile"] == nil && people["Zoë Lambert"]?["phone"] as? String == "+33 6 12 34 56 78")
        // The cadence goes on from the last activity: Dana's next step is not a first call today.
        let next = try #require(try ringback.run(["show", "dana", "--json", "--now", Self.now]).json() as? [String: Any])
        #expect((next["next"] as? [String: Any])?["kind"] as? String == "cadence")
    }

    @Test func pipedrivePeopleAndDealsMergeIntoOnePerson() throws {
        let (deals, _) = try imported("pipedrive-deals.csv")
        #expect(deals.stdout.contains("Person - Name → name"))
        #expect(deals.stdout.contains("Organization - Name → company"))
        let (people, contacts) = try imported("pipedrive-people.csv")
        #expect(people.stdout.contains("Imported 1 contact; merged 1 into contacts already there (Marcus Webb)."))
        #expect(contacts.count == 4)
        let marcus = contacts["Marcus Webb"]
        #expect(marcus?["email"] as? String == "marcus@initrode.example")
        // The deal had no phone for him: his mobile becomes the number to call.
        #expect(marcus?["phone"] as? String == "+1 555 0123 456")
        #expect(marcus?["tags"] as? [String] == ["hot lead"])
        #expect(contacts["Pepper Potts"]?["status"] as? String == "won")
        #expect(contacts["Lucius Fox"]?["status"] as? String == "lost")
        #expect(contacts["Aiko Tanaka"]?["email"] as? String == "aiko@home.example")
    }

    @Test func aSalesforceReportsFooterIsNotContacts() throws {
        let (result, contacts) = try imported("salesforce-report.csv")
        #expect(result.stdout.contains("Read \(Self.fixture("salesforce-report.csv")): 2 rows (skipped 5 footer lines)."))
        #expect(Set(contacts.keys) == ["Grace Okafor", "Luis Moreno"])
        #expect(lastTouch(contacts["Grace Okafor"]) == "2026-11-17T00:00:00+01:00")
        #expect(contacts["Luis Moreno"]?["phone"] as? String == "(555) 555-0199")
    }

    @Test func aSalesforceDataExportKeepsDoNotCall() throws {
        let (_, contacts) = try imported("salesforce-contacts.csv")
        #expect(contacts["Ana Silva"]?["status"] as? String == "do-not-contact")
        #expect(contacts["Ken Nakamura"]?["tidbits"] as? [String] == ["Met at SaaStr; wants the API roadmap"])
        #expect(try ringback.run(["agenda", "--json", "--now", Self.now]).stdout.contains("Ana") == false)
    }

    @Test func linkedInsNotesBeforeTheHeaderAreSkipped() throws {
        let (result, contacts) = try imported("linkedin-connections.csv")
        #expect(result.stdout.contains("skipped 3 lines before the header"))
        #expect(result.stdout.contains("Context: networking for LinkedIn connections"))
        #expect(contacts["Rafael Costa"]?["context"] as? String == "networking")
        #expect(contacts["Hannah Schmidt"]?["company"] as? String == "Contoso")
    }

    @Test func googleAndOutlookContacts() throws {
        let (_, google) = try imported("google-contacts.csv")
        #expect(google["Mei Chen"]?["email"] as? String == "mei.chen@blueyonder.example")
        #expect(google["Mei Chen"]?["tags"] as? [String] == ["recruiters"])
        #expect(google["Mei Chen"]?["company"] as? String == "Blue Yonder")
        let (outlook, both) = try imported("outlook-contacts.csv")
        #expect(outlook.stdout.contains("Title"), "Outlook's Title (Mr., Ms.) is listed as ignored")
        #expect(both["Ingrid Larsen"]?["mobile"] as? String == "+47 900 00 000")
        #expect(both["Ingrid Larsen"]?["phone"] as? String == "+47 22 00 00 00")
        #expect(both["Kofi Mensah"]?["company"] as? String == "Adatum")
    }

    @Test func vCardsThreeAndFour() throws {
        let (_, phone) = try imported("phone-v3.vcf")
        let beatriz = phone["Beatriz Ferreira"]
        #expect(beatriz?["mobile"] == nil && beatriz?["phone"] as? String == "+351 912 345 678")
        #expect(beatriz?["tidbits"] as? [String] == ["Asked for a call after the, trade fair in January"])
        #expect(beatriz?["tags"] as? [String] == ["conference", "q1"])
        #expect(phone["Seán O'Brien"]?["phone"] as? String == "+353 1 555 0100")
        let (_, book) = try imported("addressbook-v4.vcf")
        #expect(book["Dr. Priya Natarajan"]?["phone"] as? String == "+1-555-010-0100")
        #expect(book["Dr. Priya Natarajan"]?["mobile"] as? String == "+1-555-010-0177")
    }

    @Test func theSamePersonFromTwoSourcesIsMergedNotAddedTwice() throws {
        _ = try imported("addressbook-v4.vcf")
        let (result, contacts) = try imported("hubspot-contacts.csv")
        #expect(result.stdout.contains("merged 1 into contacts already there (Dr. Priya Natarajan)"))
        #expect(contacts.keys.filter { $0.contains("Priya") }.count == 1)
        #expect(contacts["Dr. Priya Natarajan"]?["status"] as? String == "won")
    }

    @Test func colleaguesSharingAPhoneAreNotMerged() throws {
        let path = ringback.folder + "/switchboard.csv"
        try Data("Name,Company,Phone\nAmy Lo,Acme,+1 555 010 0000\nBen Hart,Acme,+1 555 010 0000\n".utf8).write(
            to: URL(fileURLWithPath: path))
        let result = try ringback.run(["import", path])
        #expect(result.stdout.contains("Imported 2 contacts."))
    }

    @Test func aDryRunShowsEveryRowAndChangesNothing() throws {
        let result = try ringback.run(["import", Self.fixture("pipedrive-deals.csv"), "--dry-run", "--now", Self.now])
        #expect(result.status == 0)
        #expect(result.stdout.contains("line 3: add   Pepper Potts (Stark Industries) (won)"))
        #expect(result.stdout.contains("Would import 3 contacts."))
        #expect(result.stdout.contains("Dry run: nothing was changed."))
        #expect(try ringback.storeIsEmpty())
    }

    @Test func aMissingFileOrAFolderIsSaidSo() throws {
        let missing = try ringback.run(["import", ringback.folder + "/nope.csv"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("nope.csv: no such file"))
        #expect(try ringback.run(["import", ringback.folder]).stderr.contains("is a folder, not a file"))
    }

    @Test func aCalendarIsNotContacts() throws {
        let path = ringback.folder + "/follow-ups.ics"
        try Data("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n".utf8).write(to: URL(fileURLWithPath: path))
        let result = try ringback.run(["import", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("it is a calendar (iCalendar), not contacts"))
    }

    @Test func excelAndOutlookEncodingsAreRead() throws {
        let latin = ringback.folder + "/excel.csv"
        try Data([0x4E, 0x61, 0x6D, 0x65, 0x0D, 0x0A, 0x4A, 0x6F, 0x73, 0xE9, 0x20, 0x4D, 0xFC, 0x6C, 0x6C, 0x65, 0x72, 0x0D, 0x0A])
            .write(to: URL(fileURLWithPath: latin))
        let excel = try ringback.run(["import", latin])
        #expect(excel.stdout.contains("read as Windows-1252"), "\(excel.stderr)")
        let unicode = ringback.folder + "/outlook-unicode.csv"
        try "Name,Company\r\nZoë Lambert,Atelier Lumière\r\n".data(using: .utf16)!.write(to: URL(fileURLWithPath: unicode))
        let outlook = try ringback.run(["import", unicode])
        #expect(outlook.stdout.contains("read as UTF-16"), "\(outlook.stderr)")
        let names = try #require(try ringback.run(["contacts", "--json"]).json() as? [[String: Any]]).compactMap { $0["name"] as? String }
        #expect(names == ["José Müller", "Zoë Lambert"])
    }

    @Test func mapNamesAColumnAndRefusesAnUnknownField() throws {
        let path = ringback.folder + "/odd.csv"
        try Data("Who,Where,Met at\nDana Ruiz,Acme,the Lyon meetup\n".utf8).write(to: URL(fileURLWithPath: path))
        let unmapped = try ringback.run(["import", path])
        #expect(unmapped.status == 1)
        #expect(unmapped.stderr.contains("no header with a name column"))
        let mapped = try ringback.run(["import", path, "--map", "Who=name", "--map", "Where=company", "--map", "Met at=note"])
        #expect(mapped.status == 0, "\(mapped.stderr)")
        #expect(mapped.stdout.contains("Who → name, Where → company, Met at → note"))
        let show = try ringback.run(["show", "dana"])
        #expect(show.stdout.contains("Held back to share: the Lyon meetup"))
        let wrong = try ringback.run(["import", path, "--map", "Who=fullname"])
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("first-name"))
    }
}
