import Foundation
import Testing

/// Issue #26: `sync mail` on mail written by Python's `mailbox` and `email` packages
/// (Fixtures/Mail/write_mail.py): a Maildir inbox and Sent folder, a Takeout-style mbox and
/// .eml files; encoded names and subjects, quoted-printable, multipart, an attachment.
struct SyncMailTests {
    let ringback = RingbackProcess()
    static let now = "2026-11-27T12:00"

    /// The mail, and a store with Dana, Zoë and Tom and the user's address set.
    func setUp() throws -> String {
        let mail = ringback.folder + "/mail"
        let script = RingbackProcess.packageRoot + "/Tests/RingbackEndToEndTests/Fixtures/Mail/write_mail.py"
        let written = try RingbackProcess.execute("/usr/bin/env", ["python3", script, mail, "2"])
        #expect(written.status == 0, "\(written.stderr)")
        for (name, email) in [("Dana Ruiz at Acme", "dana@acme.com"), ("Zoë Lambert", "zoe@cafe-noel.fr"), ("Tom Okafor", "tom@harbor.io")]
        {
            try ringback.run(["log", name, "--outcome", "connected", "--now", "2026-11-20T10:00"])
            try ringback.run(["set", String(name.prefix { $0 != " " }), "--email", email, "--now", "2026-11-20T10:00"])
        }
        #expect(try ringback.run(["config", "email", "Sam@Brightline.io"]).status == 0)
        return mail
    }

    /// `sync mail --json`, its document checked against data/output.schema.json.
    func sync(_ arguments: [String]) throws -> [String: Any] {
        let result = try ringback.run(["sync", "mail"] + arguments + ["--json", "--now", Self.now])
        #expect(result.status == 0, "\(result.stderr)")
        let document = ringback.folder + "/sync.json"
        try Data(result.stdout.utf8).write(to: URL(fileURLWithPath: document))
        let valid = try RingbackProcess.python(
            "import runpy, sys; sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name='__main__')",
            [RingbackProcess.packageRoot + "/scripts/validate_json.py", "output.schema.json#sync-mail", document])
        #expect(valid.status == 0, "\(valid.stdout)\(valid.stderr)")
        return try #require(try result.json() as? [String: Any])
    }

    @Test func mailIsRecordedOnceAndRepliesAreListedNotApplied() throws {
        let mail = try setUp()
        let places = ["INBOX", "Sent", "takeout.mbox", "eml"].map { mail + "/" + $0 }
        let dry = try sync(places + ["--dry-run"])
        #expect(dry["recorded"] as? Int == 8, "\(dry)")
        #expect(try ringback.run(["touches", "dana", "--json"]).stdout.contains("mail-") == false)
        let first = try sync(places)
        // Sent: Dana (Pricing, and the undated "Understood."), Zoë; replies: Dana twice, Zoë, Tom twice.
        #expect(first["sent"] as? Int == 3 && first["replies"] as? Int == 5, "\(first)")
        #expect(first["datedByFile"] as? Int == 1)
        let looks = try #require(first["needsALook"] as? [[String: Any]])
        // In time order: a stop, "more next week", her promise with its day, his question about Thursday, a decision.
        let commands = [
            "ringback stop \"Dana Ruiz\"", "ringback snooze \"Dana Ruiz\" 2026-11-30",
            "ringback todo \"Zoë Lambert\" \"send the signed quote\" --by 2026-11-27 --theirs",
            "ringback snooze \"Tom Okafor\" 2026-12-03", "ringback close \"Tom Okafor\" --lost",
        ]
        #expect(looks.map { $0["command"] as? String } == commands.map(Optional.some), "\(looks)")
        // Quoted as they wrote it, not in the voice it was read in.
        #expect(looks.first?["words"] as? String == "please take me off your list", "\(looks)")
        let strangers = try #require(first["notContacts"] as? [[String: Any]]).compactMap { $0["email"] as? String }
        // A newsletter, a no-reply invoice and Tom's out-of-office are not replies: counted, not listed.
        #expect(strangers.sorted() == ["jo@new.example"])
        #expect(first["fromLists"] as? Int == 3, "\(first)")
        // Nothing was applied: Dana is still someone to follow up with.
        let dana = try #require(try ringback.run(["show", "dana", "--json", "--now", Self.now]).json() as? [String: Any])
        #expect((dana["contact"] as? [String: Any])?["status"] as? String == "active", "\(dana)")
        // The replies to look at stay on this machine until dealt with; the shell asks them one by one.
        let kept = try #require(try ringback.run(["sync", "looks", "--json", "--now", Self.now]).json() as? [[String: Any]])
        #expect(kept.count == 5, "\(kept)")
        #expect(try ringback.run(["sync", "looks", "--drop", "4", "--now", Self.now]).status == 0)
        #expect(try ringback.run(["sync", "looks", "--drop", "9", "--now", Self.now]).status != 0)
        // Apply the stop (her other reply goes with it), keep Zoë's for later, drop Tom's no.
        let shell = try ringback.run(["--now", Self.now], input: "sync looks\ny\n\nn\n")
        #expect(shell.stdout.contains("4 replies to look at"), "\(shell.stdout)")
        let stopped = try #require(try ringback.run(["show", "dana", "--json", "--now", Self.now]).json() as? [String: Any])
        #expect((stopped["contact"] as? [String: Any])?["status"] as? String == "do-not-contact", "\(stopped)")
        let shownZoe = try ringback.run(["show", "zoë", "--now", Self.now]).stdout
        #expect(shownZoe.contains("Their reply to look at: a promise with a day: \"I'll send the signed quote by friday\""), "\(shownZoe)")
        let left = try #require(try ringback.run(["sync", "looks", "--json", "--now", Self.now]).json() as? [[String: Any]])
        #expect(left.compactMap { $0["command"] as? String } == [commands[2]], "\(left)")
        // Her promise, once applied, is hers with its day: the check-in comes the working day after.
        let applied = try ringback.run(["--now", Self.now], input: "sync looks\ny\n")
        #expect(applied.status == 0, "\(applied.stdout)\(applied.stderr)")
        let zoeNow = try ringback.run(["show", "zoë", "--now", Self.now]).stdout
        #expect(zoeNow.contains("send the signed quote") && !zoeNow.contains("reply to look at"), "\(zoeNow)")
        #expect(zoeNow.contains("Mon 30 Nov"), "\(zoeNow)")
        // A second run, whichever order the folders come in, adds nothing and says nothing again.
        let again = try sync(places.reversed())
        #expect(again["recorded"] as? Int == 0 && again["already"] as? Int == 8)
        #expect((again["needsALook"] as? [Any])?.isEmpty == true)
        // Zoë's name and subject were encoded, her reply quoted-printable in Latin-1.
        let zoe = try ringback.run(["touches", "zoë", "--now", Self.now]).stdout
        #expect(zoe.contains("email · sent · Devis café") && zoe.contains("email · replied · Re: Devis café"), "\(zoe)")
    }

    @Test func aReplyRestartsTheCadenceAndNewPeopleCanBeAdded() throws {
        let mail = try setUp()
        let before = try ringback.run(["show", "tom", "--now", Self.now]).stdout
        _ = try sync([mail + "/INBOX"])
        let after = try ringback.run(["show", "tom", "--now", Self.now]).stdout
        #expect(before != after)
        #expect(after.contains("Thu 26 Nov, 07:30 · email · replied · Quick question"), "\(after)")
        // The week's review counts what sync recorded.
        let review = try #require(try ringback.run(["review", "--json", "--now", Self.now]).json() as? [String: Any])
        #expect(review["fromMail"] as? Int == 4, "\(review)")
        #expect(try ringback.run(["review", "--now", Self.now]).stdout.contains("of them from your mail (sync mail): 4"))
        let preview = try sync([mail + "/INBOX", mail + "/takeout.mbox", "--add-new", "--dry-run"])
        #expect((preview["added"] as? [String]) == ["Jo"], "\(preview)")
        #expect(try ringback.run(["show", "jo", "--now", Self.now]).status != 0)
        let added = try sync([mail + "/INBOX", mail + "/takeout.mbox", "--add-new"])
        #expect((added["added"] as? [String]) == ["Jo"], "\(added)")
        let jo = try ringback.run(["touches", "jo", "--now", Self.now]).stdout
        #expect(jo.contains("email · sent · Devis café"), "\(jo)")
    }

    @Test func withoutTheUsersAddressItSaysWhatToDo() throws {
        let result = try ringback.run(["sync", "mail", ringback.folder, "--now", Self.now])
        #expect(result.status == 1)
        #expect(result.stderr.contains("ringback config email you@example.com"))
        let missing = try ringback.run(["config", "email", "sam@brightline.io"])
        #expect(missing.status == 0)
        let nowhere = try ringback.run(["sync", "mail", ringback.folder + "/nope", "--now", Self.now])
        #expect(nowhere.status == 1 && nowhere.stderr.contains("no such file or folder"), "\(nowhere.stderr)")
        let calendar = ringback.folder + "/meetings.ics"
        try Data("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n".utf8).write(to: URL(fileURLWithPath: calendar))
        let wrong = try ringback.run(["sync", "mail", calendar, "--now", Self.now])
        #expect(wrong.status == 1 && wrong.stderr.contains("not a mail message"), "\(wrong.stderr)")
    }
}
