import Foundation
import Testing

/// A team on one PostgreSQL database: each rep's own view, hand-overs, a stop for everyone,
/// undo of one's own changes, figures side by side, and moving a JSON store in and out.
@Suite(.enabled(if: !RingbackProcess.onFiles, "a team store (the run against PostgreSQL)"))
struct TeamTests {
    let ringback = RingbackProcess()
    let now = ["--now", "2026-11-24T10:00"]

    func names(_ result: RingbackProcess.Result) throws -> [String] {
        try #require(try result.json() as? [[String: Any]]).compactMap { $0["name"] as? String }.sorted()
    }

    @Test func eachRepSeesTheirOwnAndTheTeamSeesAll() throws {
        try ringback.run(["log", "Dana Ruiz", "--company", "Acme", "--outcome", "vm"] + now, as: "Ana")
        try ringback.run(["log", "Tom Becker", "--outcome", "connected", "--next", "2026-11-26T10:00"] + now, as: "Sam")
        #expect(try names(ringback.run(["agenda", "--json"] + now, as: "Ana")) == ["Dana Ruiz"])
        #expect(try names(ringback.run(["agenda", "--json"] + now, as: "Sam")) == ["Tom Becker"])
        #expect(try names(ringback.run(["agenda", "--json", "--team"] + now, as: "Sam")) == ["Dana Ruiz", "Tom Becker"])
        let next = try #require(try ringback.run(["next", "--json"] + now, as: "Ana").json() as? [String: Any])
        #expect(next["name"] as? String == "Dana Ruiz")
        // The contact list too: your own, or everyone's with whose each is.
        #expect(try names(ringback.run(["contacts", "--json"] + now, as: "Ana")) == ["Dana Ruiz"])
        let everyone = try #require(try ringback.run(["contacts", "--json", "--team"] + now, as: "Ana").json() as? [[String: Any]])
        #expect(everyone.map { "\($0["name"] ?? "") \($0["owner"] ?? "")" }.sorted() == ["Dana Ruiz Ana", "Tom Becker Sam"])
        let table = try ringback.run(["contacts", "--team"] + now, as: "Ana").stdout.split(separator: "\n")
        #expect(table.first?.hasSuffix("OWNER") == true && table.last?.hasSuffix("Sam") == true, "\(table)")

        // A touch on someone else's contact is kept, with a warning.
        let logged = try ringback.run(["log", "dana", "--outcome", "sent", "--channel", "email"] + now, as: "Sam")
        #expect(logged.status == 0)
        #expect(logged.stderr.contains("Dana Ruiz is Ana's contact"))
        // Handed over, she is on Sam's list and off Ana's.
        let assigned = try ringback.run(["assign", "dana", "--to", "Sam"] + now, as: "Ana")
        #expect(assigned.stdout.contains("Dana Ruiz (Acme) is now Sam's contact (was Ana's)."))
        #expect(try names(ringback.run(["agenda", "--json"] + now, as: "Sam")) == ["Dana Ruiz", "Tom Becker"])
        #expect(try names(ringback.run(["agenda", "--json"] + now, as: "Ana")).isEmpty)
    }

    @Test func aStopIsForEveryoneAndUndoTakesBackOnlyYourOwn() throws {
        try ringback.run(["log", "Tom Becker", "--outcome", "connected"] + now, as: "Sam")
        try ringback.run(["log", "Zoë Lambert", "--outcome", "vm"] + now, as: "Sam")
        #expect(try ringback.run(["stop", "tom", "--reason", "asked us to stop"] + now, as: "Ana").status == 0)
        let refused = try ringback.run(["log", "tom", "--outcome", "sent", "--channel", "email"] + now, as: "Sam")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("asked not to be contacted"))
        // Sam's undo is Sam's last change (Zoë), not Ana's stop.
        let undone = try ringback.run(["undo"] + now, as: "Sam")
        #expect(undone.stdout.contains("log call to Zoë Lambert"), "\(undone.stdout)")
        let everyone = try #require(try ringback.run(["contacts", "--json"] + now, as: "Sam").json() as? [[String: Any]])
        #expect(everyone.first { $0["name"] as? String == "Tom Becker" }?["status"] as? String == "do-not-contact")
        #expect(try ringback.run(["undo", "--list"] + now, as: "Ana").stdout.contains("stop Tom Becker"))
    }

    @Test func statsTeamShowsEachRepSideBySide() throws {
        try ringback.run(["log", "Dana Ruiz", "--outcome", "connected", "--next", "2026-11-26T10:00"] + now, as: "Ana")
        try ringback.run(["log", "Tom Becker", "--outcome", "connected"] + now, as: "Sam")
        try ringback.run(["practice", "1"] + now, as: "Sam", input: "Would Tuesday at 10 or Thursday at 3 work?\nok\nok\nok\n")
        let stats = try #require(try ringback.run(["stats", "--team", "--json"] + now, as: "Ana").json() as? [String: Any])
        let reps = try #require(stats["reps"] as? [[String: Any]])
        #expect(reps.map { $0["rep"] as? String } == ["Ana", "Sam"])
        #expect(reps[0]["conversationsWithNextTime"] as? Int == 1 && reps[0]["practiced"] as? Int == 0)
        #expect(reps[1]["conversationsWithNextTime"] as? Int == 0 && reps[1]["practiced"] as? Int == 1)
        let text = try ringback.run(["stats", "--team"] + now, as: "Ana").stdout
        #expect(text.contains("Ana   1              1 (100%)"), "\(text)")
    }

    /// `stats` adds up the figures kept beside each contact; a database from before they
    /// were kept (schema 1) gets them from the touches when it is first opened.
    /// A contact is found by name through the trigram index (schema 3), each word typed the
    /// start of a word of the name; a % or _ typed is a letter, not a wildcard.
    @Test func namesAreFoundThroughTheirIndex() throws {
        try ringback.run(["log", "Dana Ruiz", "--company", "Acme", "--outcome", "vm"] + now, as: "Ana")
        try ringback.run(["log", "Dan Brown", "--outcome", "vm"] + now, as: "Ana")
        let database = try #require(ringback.database)
        #expect(try database.value("SELECT count(*) FROM pg_indexes WHERE indexname = 'contacts_key_trigrams'") == "1")
        let shown = try ringback.run(["show", "dan", "ruiz"] + now, as: "Ana")
        #expect(shown.stdout.hasPrefix("Dana Ruiz (Acme)"), "\(shown.stderr)")
        let both = try ringback.run(["show", "dan"] + now, as: "Ana")
        #expect(both.status == 1 && both.stderr.contains("Dan Brown") && both.stderr.contains("Dana Ruiz"), "\(both.stderr)")
        let wildcard = try ringback.run(["show", "d%"] + now, as: "Ana")
        #expect(wildcard.status == 1 && !wildcard.stderr.contains("Dana Ruiz ("), "\(wildcard.stderr)")
    }

    /// A page of the list is read from the database alone, in name order, with the count of
    /// all; past the end is a mistake; --status still filters every record.
    @Test func theListComesAPageAtATime() throws {
        let rows = (1...120).map { String(format: "Person %03d,Co %d", $0, $0 % 4) }.joined(separator: "\n")
        let imported = try ringback.run(["import", "-"] + now, as: "Ana", input: "Name,Company\n" + rows + "\n")
        #expect(imported.status == 0, "\(imported.stderr)")
        func names(_ arguments: [String]) throws -> [String] {
            let page = try ringback.run(["contacts", "--json"] + arguments + now, as: "Ana")
            return (try #require(page.json() as? [[String: Any]])).compactMap { $0["name"] as? String }
        }
        #expect(try names(["--page", "1"]) == (1...50).map { String(format: "Person %03d", $0) })
        #expect(try names(["--page", "3", "--team"]) == (101...120).map { String(format: "Person %03d", $0) })
        #expect(try names(["--page", "1", "--status", "active"]).count == 50)
        let text = try ringback.run(["contacts", "--page", "2"] + now, as: "Ana")
        #expect(
            text.stdout.contains("Page 2 of 3 · 120 contacts. `ringback contacts --page 3` for more, --all for everyone."), "\(text.stdout)"
        )
        let past = try ringback.run(["contacts", "--page", "4"] + now, as: "Ana")
        #expect(past.status == 1 && past.stderr.contains("past the end: there are 3 pages"), "\(past.stderr)")
    }

    @Test func figuresAreKeptPerContactAndFilledForAnOlderDatabase() throws {
        try ringback.run(["log", "Dana Ruiz", "--outcome", "no-answer"] + now, as: "Ana")
        try ringback.run(["log", "Dana Ruiz", "--outcome", "vm"] + now, as: "Sam")
        try ringback.run(["log", "Dana Ruiz", "--outcome", "connected", "--next", "2026-11-26T10:00"] + now, as: "Ana")
        try ringback.run(["log", "Tom Becker", "--outcome", "replied", "--channel", "email"] + now, as: "Sam")
        func figures() throws -> (all: [String: Any], team: [[String: Any]], week: [[String: Any]]) {
            let all = try #require(try ringback.run(["stats", "--json"] + now).json() as? [String: Any])
            let team = try #require(try ringback.run(["stats", "--team", "--json"] + now, as: "Ana").json() as? [String: Any])
            let week = try #require(try ringback.run(["review", "--team", "--json"] + now, as: "Ana").json() as? [String: Any])
            return (all, try #require(team["reps"] as? [[String: Any]]), try #require(week["reps"] as? [[String: Any]]))
        }
        let kept = try figures()
        #expect(kept.all["conversations"] as? Int == 1 && kept.all["conversationsWithNextTime"] as? Int == 1)
        #expect(kept.all["attemptsBeforeReplies"] as? [Int] == [2])
        #expect(kept.all["repliesByChannel"] as? [String: Int] == ["call": 1, "email": 1])
        // A rep's own `stats` is the touches they recorded: Ana's one try, then the conversation.
        let own = try #require(try ringback.run(["stats", "--json"] + now, as: "Ana").json() as? [String: Any])
        #expect(own["attemptsBeforeReplies"] as? [Int] == [1] && own["repliesByChannel"] as? [String: Int] == ["call": 1])
        // The same over a window, read from the touches: hers only.
        let since = try #require(try ringback.run(["stats", "--json", "--since", "2026-11-01"] + now, as: "Ana").json() as? [String: Any])
        #expect(since["attemptsBeforeReplies"] as? [Int] == [1] && since["repliesByChannel"] as? [String: Int] == ["call": 1], "\(since)")
        // Ana's own touches on Dana: one try, then the conversation.
        #expect(kept.team.map { $0["rep"] as? String } == ["Ana", "Sam"])
        #expect(kept.team[0]["triesBeforeReply"] as? Double == 1 && kept.team[0]["conversations"] as? Int == 1)
        #expect(kept.team[1]["conversations"] as? Int == 0)
        let database = try #require(ringback.database)
        let ownView = try names(ringback.run(["agenda", "--json"] + now, as: "Sam"))
        #expect(ownView == ["Tom Becker"])
        database.sql(
            """
            ALTER TABLE contacts DROP COLUMN figures; ALTER TABLE schedule DROP COLUMN owner; DROP INDEX schedule_kind_due;
            ALTER TABLE touches DROP COLUMN by, DROP COLUMN outcome, DROP COLUMN set_next; CREATE INDEX touches_at ON touches (at);
            ALTER TABLE contacts DROP COLUMN quiet_since; DROP TABLE promise_marks, figure_sums;
            ALTER TABLE ringback_meta DROP COLUMN sums_fresh; UPDATE ringback_meta SET schema_version = 1
            """
        )
        let filled = try figures()
        #expect(NSDictionary(dictionary: filled.all) == NSDictionary(dictionary: kept.all))
        #expect(NSArray(array: filled.team) == NSArray(array: kept.team))
        #expect(NSArray(array: filled.week) == NSArray(array: kept.week))
        // The sums kept by each write go on from there.
        try ringback.run(["log", "Tom Becker", "--outcome", "connected", "--next", "2026-11-27T10:00"] + now, as: "Sam")
        let after = try figures()
        #expect(after.team[1]["conversations"] as? Int == 1 && after.all["conversations"] as? Int == 2)
        #expect(after.week[1]["touches"] as? Int == 3 && after.week[1]["conversationsWithNextTime"] as? Int == 1)
        // The steps' owners came along: each rep still sees their own.
        #expect(try names(ringback.run(["agenda", "--json"] + now, as: "Sam")) == ownView)
        let next = try #require(try ringback.run(["next", "--json"] + now, as: "Sam").json() as? [String: Any])
        #expect(next["name"] as? String == "Tom Becker")
    }

    /// Planning the whole schedule again (content or settings changed) leaves as many dead rows
    /// as contacts: the table is vacuumed after it, so the agenda's index-only reads stay so.
    @Test func aScheduleReplannedIsVacuumed() throws {
        try ringback.run(["log", "Dana Ruiz", "--outcome", "vm"] + now, as: "Ana")
        let database = try #require(ringback.database)
        database.sql("UPDATE ringback_meta SET schedule_stamp = 'planned by another Ringback'")
        #expect(try names(ringback.run(["agenda", "--json"] + now, as: "Ana")) == ["Dana Ruiz"])
        #expect(try database.value("SELECT schedule_stamp <> 'planned by another Ringback' FROM ringback_meta") == "t")
        #expect(try database.value("SELECT last_vacuum IS NOT NULL FROM pg_stat_user_tables WHERE relname = 'schedule'") == "t")
    }

    /// `next` on a team store is chosen by the database: every five hours over sixteen days it
    /// names the same step as the JSON store's ranking for the same pipeline (voicemails with
    /// their paired messages, agreed times, promises both ways, first calls, ties).
    @Test func theDatabaseRanksNextAsTheJSONStoreDoes() throws {
        let file = ringback.folder + "/pipeline.json"
        func local(_ arguments: [String]) throws -> RingbackProcess.Result {
            try ringback.run(arguments + ["--store", file], store: false)
        }
        let rows = (1...12).map { "Person \($0),Co \($0 % 3)" }.joined(separator: "\n")
        let imported = try RingbackProcess.execute(
            RingbackProcess.binary, ["import", "-", "--now", "2026-11-20T09:00", "--store", file], input: "Name,Company\n" + rows + "\n",
            environment: ringback.environment)
        #expect(imported.status == 0)
        let logs: [[String]] = [
            ["Dana Ruiz", "--outcome", "vm", "--now", "2026-11-23T09:00"],
            ["Tom Becker", "--outcome", "connected", "--next", "2026-12-10T10:00", "--now", "2026-11-23T10:00"],
            ["Ana Lee", "--outcome", "connected", "--owe", "the quote", "--owe-by", "2026-12-02", "--now", "2026-11-23T11:00"],
            ["Bo Chen", "--outcome", "connected", "--commitment", "the budget", "--by", "2026-11-26", "--now", "2026-11-23T11:30"],
            ["Cy Diaz", "--outcome", "no-answer", "--now", "2026-11-23T12:00"],
            ["Person 3", "--outcome", "vm", "--now", "2026-11-24T09:00"],
            ["Person 4", "--outcome", "connected", "--next", "2026-12-03T10:00", "--now", "2026-11-24T09:30"],
            ["Eve Fox", "--outcome", "sent", "--channel", "email", "--now", "2026-11-24T15:00"],
            ["Gus Hale", "--outcome", "connected", "--next", "2026-12-01T16:30", "--now", "2026-11-25T08:00"],
        ]
        for log in logs { #expect(try local(["log"] + log).status == 0, "\(log)") }
        #expect(try ringback.run(["config", "me", "Ana"], store: false).status == 0)
        #expect(try ringback.run(["migrate", "--to", ringback.store, "--store", file], store: false).status == 0)
        var named = Set<String>()
        for hour in stride(from: 0, to: 16 * 24, by: 5) {
            let now = ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: 1_794_988_800 + Double(hour) * 3600))
            let fromFile = try local(["next", "--json", "--now", now])
            let fromDatabase = try ringback.run(["next", "--json", "--now", now])
            #expect(fromDatabase.stdout == fromFile.stdout, "at \(now)")
            if let step = try fromFile.json() as? [String: Any], let name = step["name"] as? String {
                named.insert("\(name) \(step["kind"] ?? "")")
            }
        }
        // The days go through many different leaders (and, before the first, the earliest to come).
        #expect(named.count >= 6, "\(named)")
    }

    @Test func aJSONStoreMovesInAndABackupComesBackOut() throws {
        let own = ringback.folder + "/own.json"
        for arguments in [
            ["log", "Dana Ruiz", "--company", "Acme", "--outcome", "connected", "--next", "2026-11-26T10:00"],
            ["log", "Zoë Lambert", "--outcome", "vm"], ["stop", "zoe"],
        ] {
            #expect(try ringback.run(arguments + now + ["--store", own], store: false).status == 0)
        }
        // Without a name the contacts would be nobody's: refused, nothing copied.
        let nameless = try ringback.run(["migrate", "--to", ringback.store, "--store", own], store: false)
        #expect(nameless.status == 1 && nameless.stderr.contains("`ringback config me NAME`; nothing was copied"), "\(nameless.stderr)")
        #expect(try ringback.storeIsEmpty())
        // The README's order: the name first, then migrate, then the switch.
        #expect(try ringback.run(["config", "me", "Ana"]).status == 0)
        let moved = try ringback.run(["migrate", "--to", ringback.store, "--json", "--store", own], store: false)
        #expect(moved.status == 0, "\(moved.stderr)")
        let counts = try #require(try moved.json() as? [String: Any])
        #expect(counts["contacts"] as? Int == 2 && counts["touches"] as? Int == 2 && counts["owner"] as? String == "Ana")
        let owners = try #require(try ringback.run(["contacts", "--json", "--team"] + now).json() as? [[String: Any]])
        #expect(owners.map { $0["owner"] as? String } == ["Ana", "Ana"])
        #expect(try names(ringback.run(["agenda", "--json"] + now, as: "Sam")).isEmpty)
        // Run again, the same store adds nothing.
        let again = try ringback.run(["migrate", "--to", ringback.store, "--store", own], store: false)
        #expect(again.stdout.hasPrefix("Nothing new to bring: all 2 contacts of \(own) are already in"), "\(again.stdout)\(again.stderr)")

        let fromTeam = try ringback.run(["export"] + now)
        let fromOwn = try ringback.run(["export", "--store", own] + now, store: false)
        let team = try #require(try fromTeam.json() as? [String: Any])
        let mine = try #require(try fromOwn.json() as? [String: Any])
        #expect(
            (team["contacts"] as? [[String: Any]])?.map { $0["name"] as? String }
                == (mine["contacts"] as? [[String: Any]])?.map { $0["name"] as? String })
        #expect((team["next"] as? [Any])?.count == (mine["next"] as? [Any])?.count)
        // The team's backup restores into a new JSON store.
        let backup = ringback.folder + "/team-backup.json"
        try Data(fromTeam.stdout.utf8).write(to: URL(fileURLWithPath: backup))
        let restored = try ringback.run(["import", backup, "--store", ringback.folder + "/restored.json"] + now, store: false)
        #expect(restored.stdout.contains("Restored 2 contacts, 2 touches"), "\(restored.stderr)")
    }

    /// The reverse of the README's order (switch first, name after) gives the same owner:
    /// `me` lives on the machine whichever store is open.
    @Test func theNameSetAfterTheSwitchStillOwnsWhatMigrates() throws {
        let own = ringback.folder + "/own.json"
        #expect(try ringback.run(["log", "Dana Ruiz", "--outcome", "vm", "--store", own] + now, store: false).status == 0)
        #expect(try ringback.run(["config", "store", ringback.store], store: false).status == 0)
        #expect(try ringback.run(["config", "me", "Ana"], store: false).status == 0)
        let moved = try ringback.run(["migrate", "--to", ringback.store, "--store", own], store: false)
        #expect(moved.stdout.hasPrefix("Copied 1 contact, owned by Ana, with 1 touch"), "\(moved.stdout)\(moved.stderr)")
        #expect(try ringback.run(["config", "me"], store: false).stdout == "Ana\n")
        let listed = try #require(try ringback.run(["contacts", "--json"] + now, store: false).json() as? [[String: Any]])
        #expect(listed.map { $0["owner"] as? String } == ["Ana"])
    }

    /// A second rep brings their own pipeline into a database the team already uses: their
    /// contacts become theirs, a person the team has is merged (and stays its owner's).
    @Test func aSecondRepJoinsWithTheirOwnPipeline() throws {
        try ringback.run(["log", "Dana Ruiz", "--company", "Acme", "--email", "dana@acme.com", "--outcome", "vm"] + now, as: "Ana")
        let own = ringback.folder + "/sam.json"
        for arguments in [
            ["log", "dana ruiz", "--email", "DANA@acme.com", "--outcome", "connected", "--note", "sam talked to her"],
            ["log", "Tom Becker", "--outcome", "vm"],
        ] {
            #expect(try ringback.run(arguments + now + ["--store", own], store: false).status == 0)
        }
        #expect(try ringback.run(["config", "me", "Sam"], store: false).status == 0)
        let before = try ringback.snapshot()
        let dry = try ringback.run(["migrate", "--to", ringback.store, "--store", own, "--dry-run"], store: false)
        #expect(dry.stdout.contains("Would copy 2 contacts, owned by Sam"), "\(dry.stdout)\(dry.stderr)")
        #expect(dry.stdout.contains("1 new, 1 merged with the team's record of the same person:"), "\(dry.stdout)")
        #expect(dry.stdout.contains("dana ruiz → Dana Ruiz (Acme) (same email): stays Ana's, your history added"), "\(dry.stdout)")
        #expect(try ringback.snapshot() == before)
        let moved = try #require(
            try ringback.run(["migrate", "--to", ringback.store, "--store", own, "--json"], store: false).json() as? [String: Any])
        let landings = try #require(moved["landings"] as? [[String: Any]])
        #expect(landings.map { "\($0["action"] ?? "") \($0["owner"] ?? "")" } == ["merged Ana", "new Sam"])
        let everyone = try #require(try ringback.run(["contacts", "--json", "--team"] + now, as: "Ana").json() as? [[String: Any]])
        #expect(
            everyone.map { "\($0["name"] ?? "") \($0["owner"] ?? "") \($0["touches"] ?? "")" } == ["Dana Ruiz Ana 2", "Tom Becker Sam 1"])
    }

    /// From a team's walk-through: two people of one name, and rep names as people type them.
    @Test func namesAsPeopleTypeThem() throws {
        try ringback.run(["log", "lisa wong", "--company", "Hooli", "--outcome", "vm"] + now, as: "Ana")
        try ringback.run(["log", "Lisa Wong", "--company", "Pied Piper", "--outcome", "vm", "--new"] + now, as: "Sam")
        // Your own comes first; the name as listed, with its company, picks the other.
        let own = try #require(try ringback.run(["show", "lisa wong", "--json"] + now, as: "Ana").json() as? [String: Any])
        #expect((own["contact"] as? [String: Any])?["company"] as? String == "Hooli", "\(own)")
        let other = try ringback.run(["stop", "Lisa Wong (Pied Piper)"] + now, as: "Ana")
        #expect(other.status == 0 && other.stderr.contains("Lisa Wong is Sam's contact"), "\(other.stderr)")
        let both = try ringback.run(["show", "lisa"] + now, as: "Lee")
        #expect(both.status == 1 && both.stderr.contains("the name with its company as listed"), "\(both.stderr)")
        // "ana" is Ana; a name nobody has yet is questioned.
        #expect(try ringback.run(["assign", "Lisa Wong (Pied Piper)", "--to", "ana"] + now, as: "Lee").stdout.contains("now Ana's"))
        let typo = try ringback.run(["assign", "lisa wong (hooli)", "--to", "Anna"] + now, as: "Lee")
        #expect(
            typo.stderr.contains("Anna has no contacts on this team yet (the reps with contacts: Ana); check the spelling"),
            "\(typo.stderr)")
        // The team database is not a store to migrate from.
        #expect(try ringback.run(["migrate", "--to", ringback.store] + now, as: "Ana").stderr.contains("is already a team database"))
    }

    @Test func contactsNobodyOwnsAreListedAndHandedOverAtOnce() throws {
        // Logged before anyone set a name on this machine: nobody's.
        let nameless = try ringback.run(["log", "Dana Ruiz", "--outcome", "vm"] + now)
        #expect(nameless.status == 0 && nameless.stderr.contains("you have no name on this team yet"), "\(nameless.stderr)")
        try ringback.run(["log", "Tom Becker", "--outcome", "vm"] + now)
        try ringback.run(["log", "Zoë Lambert", "--outcome", "vm"] + now, as: "Sam")
        #expect(try names(ringback.run(["contacts", "--unowned", "--team", "--json"] + now, as: "Sam")) == ["Dana Ruiz", "Tom Becker"])
        let assigned = try ringback.run(["assign", "--all-unowned", "--to", "Ana"] + now, as: "Sam")
        #expect(assigned.stdout.hasPrefix("2 contacts now Ana's: Dana Ruiz, Tom Becker."), "\(assigned.stdout)\(assigned.stderr)")
        #expect(try ringback.run(["contacts", "--unowned"] + now, as: "Sam").stdout == "No contacts without an owner.\n")
        #expect(
            try ringback.run(["assign", "--all-unowned", "--to", "Ana"] + now).stdout == "Every contact has an owner; nothing changed.\n")
        #expect(try names(ringback.run(["agenda", "--json"] + now, as: "Ana")) == ["Dana Ruiz", "Tom Becker"])
        // One undo takes the batch back.
        #expect(try ringback.run(["undo"] + now, as: "Sam").status == 0)
        #expect(try names(ringback.run(["contacts", "--unowned", "--json"] + now, as: "Sam")) == ["Dana Ruiz", "Tom Becker"])
    }

    @Test func changingAColleaguesContactSaysWhoseItIs() throws {
        try ringback.run(["log", "Dana Ruiz", "--outcome", "vm"] + now, as: "Ana")
        try ringback.run(["log", "Tom Becker", "--outcome", "vm"] + now, as: "Ana")
        let warning = "is Ana's contact (ringback assign"
        for arguments in [
            ["rename", "dana", "Dana Ruiz-Ortiz"], ["stop", "dana"], ["merge", "dana", "tom"], ["forget", "dana", "--force"],
        ] {
            let changed = try ringback.run(arguments + now, as: "Sam")
            #expect(changed.status == 0 && changed.stderr.contains(warning), "\(arguments): \(changed.stderr)")
        }
        // Your own: no word.
        try ringback.run(["log", "Kim Lee", "--outcome", "vm"] + now, as: "Ana")
        #expect(try ringback.run(["stop", "kim"] + now, as: "Ana").stderr.isEmpty)
    }

    /// A manager's week: each rep's row, one rep's agenda, and a leaver's contacts handed over.
    @Test func aManagerSeesEachRepsWeekAndHandsALeaversContactsOver() throws {
        try ringback.run(["log", "Dana Ruiz", "--outcome", "connected", "--next", "2026-11-26T10:00"] + now, as: "Ana")
        try ringback.run(["log", "Tom Becker", "--outcome", "vm"] + now, as: "Sam")
        let earlier = ["--now", "2026-11-18T10:00"]
        try ringback.run(["log", "Kim Lee", "--outcome", "vm", "--commitment", "the budget", "--by", "2026-11-20"] + earlier, as: "Sam")
        let week = try #require(try ringback.run(["review", "--team", "--json"] + now, as: "Lee").json() as? [String: Any])
        let rows = try #require(week["reps"] as? [[String: Any]])
        #expect(rows.map { $0["rep"] as? String } == ["Ana", "Sam"])
        #expect(rows[0]["touches"] as? Int == 1 && rows[0]["conversationsWithNextTime"] as? Int == 1 && rows[0]["slipped"] as? Int == 0)
        #expect(rows[1]["touches"] as? Int == 2 && rows[1]["replies"] as? Int == 0 && rows[1]["slipped"] as? Int == 1)
        let table = try ringback.run(["review", "--team"] + now, as: "Lee").stdout
        #expect(table.contains("REP  TOUCHES  REPLIES  NEXT TIME SET"), "\(table)")
        #expect(table.contains("Ana  1        1        1 of 1 (100%)"), "\(table)")
        // Sam's agenda, seen by anyone; a rep with no contacts is named as such.
        #expect(try names(ringback.run(["agenda", "--rep", "sam", "--json"] + now, as: "Ana")) == ["Kim Lee", "Tom Becker"])
        let nobody = try ringback.run(["agenda", "--rep", "Bo"] + now, as: "Ana")
        #expect(nobody.status == 1 && nobody.stderr.contains("no contact is Bo's; the reps with contacts: Ana, Sam"), "\(nobody.stderr)")
        // Sam leaves: everything of his goes to Ana in one change.
        let handed = try ringback.run(["assign", "--all-from", "Sam", "--to", "Ana"] + now, as: "Lee")
        #expect(handed.stdout.hasPrefix("2 contacts now Ana's: "), "\(handed.stdout)\(handed.stderr)")
        #expect(try names(ringback.run(["agenda", "--json"] + now, as: "Ana")) == ["Dana Ruiz", "Kim Lee", "Tom Becker"])
    }

    /// `review --team` is counted by the database from what each write keeps beside the
    /// records; each rep's row is what their own `review` reads from the records, when each
    /// touches only their own contacts. Then nobody's contacts get a row of their own.
    @Test func theTeamWeekIsEachRepsOwnReview() throws {
        let weekAgo = ["--now", "2026-11-18T10:00"]
        try ringback.run(["log", "Eve Park", "--outcome", "vm"] + ["--now", "2026-10-20T10:00"], as: "Ana")
        try ringback.run(["log", "Fay Ito", "--outcome", "replied", "--channel", "email"] + ["--now", "2026-10-01T10:00"], as: "Ana")
        try ringback.run(["log", "Fay Ito", "--outcome", "no-answer"] + ["--now", "2026-11-23T10:00"], as: "Ana")
        try ringback.run(["log", "Dana Ruiz", "--outcome", "connected", "--next", "2026-11-26T10:00"] + now, as: "Ana")
        try ringback.run(["todo", "dana", "send the deck", "--by", "2026-11-20"] + weekAgo, as: "Ana")
        try ringback.run(["todo", "dana", "send the case study", "--by", "2026-11-30"] + weekAgo, as: "Ana")
        try ringback.run(["done", "dana", "case study"] + ["--now", "2026-11-19T10:00"], as: "Ana")
        try ringback.run(["log", "Tom Becker", "--outcome", "connected"] + weekAgo, as: "Sam")
        try ringback.run(["log", "Tom Becker", "--outcome", "vm", "--commitment", "the budget", "--by", "2026-11-20"] + weekAgo, as: "Sam")
        try ringback.run(["log", "Uma Roy", "--outcome", "vm", "--commitment", "a call back", "--by", "2026-11-19"] + weekAgo, as: "Sam")
        try ringback.run(["stop", "uma"] + now, as: "Sam")
        let team = try #require(try ringback.run(["review", "--team", "--json"] + now, as: "Lee").json() as? [String: Any])
        let rows = try #require(team["reps"] as? [[String: Any]])
        #expect(rows.map { $0["rep"] as? String } == ["Ana", "Sam"])
        for (rep, row) in zip(["Ana", "Sam"], rows) {
            let own = try #require(try ringback.run(["review", "--json"] + now, as: rep).json() as? [String: Any])
            let expected: [String: Int] = [
                "touches": own["touches"] as? Int ?? -1, "replies": own["replies"] as? Int ?? -1,
                "conversations": own["conversations"] as? Int ?? -1,
                "conversationsWithNextTime": own["conversationsWithNextTime"] as? Int ?? -1, "kept": own["kept"] as? Int ?? -1,
                "slipped": (own["slipped"] as? [Any])?.count ?? -1, "goingCold": (own["cold"] as? [Any])?.count ?? -1,
            ]
            #expect(row.filter { $0.key != "rep" } as? [String: Int] == expected, "\(rep)")
        }
        // Ana: Fay's try and Dana's conversation in the week, the case study kept, the deck
        // slipped, Eve and Fay going cold. Sam: Uma's promise stopped with her.
        #expect(rows[0]["touches"] as? Int == 2 && rows[0]["kept"] as? Int == 1 && rows[0]["slipped"] as? Int == 1)
        #expect(rows[0]["goingCold"] as? Int == 2 && rows[1]["slipped"] as? Int == 1 && rows[1]["touches"] as? Int == 3)
        try ringback.run(["log", "Kim Lee", "--outcome", "vm"] + now)
        let later = try #require(try ringback.run(["review", "--team", "--json"] + now, as: "Lee").json() as? [String: Any])
        let nobody = try #require((later["reps"] as? [[String: Any]])?.last)
        #expect(nobody["rep"] == nil && nobody["touches"] as? Int == 1, "\(nobody)")
    }

    @Test func tlsWhenTheServerOffersIt() throws {
        // The test server offers TLS with a self-signed certificate (scripts/postgres.sh).
        let required = try ringback.run(
            ["log", "Dana", "--outcome", "vm", "--store", ringback.store + "?sslmode=require"] + now, store: false)
        #expect(required.status == 0, "\(required.stderr)")
        let verified = try ringback.run(["next", "--store", ringback.store + "?sslmode=verify-full"] + now, store: false)
        #expect(verified.status == 2)
        #expect(verified.stderr.split(separator: "\n").count == 1)
        #expect(verified.stderr.contains("cannot reach the database server"), "\(verified.stderr)")
    }

    /// Issue #25: 0.4.0 said "no answer within 10 s" at once when no password was found.
    @Test func aServerAskingForAPasswordWeDoNotHaveSaysSo() throws {
        let result = try ringback.run(["next", "--store", ringback.store + "?passfile=/nonexistent/pgpass"], store: false)
        #expect(result.status == 2)
        #expect(result.stderr.contains("asks for a password and none was found"), "\(result.stderr)")
        #expect(!result.stderr.contains("10 s"))
    }

    @Test func noPasswordInTheURLAndAServerThatIsNotThereIsOneLine() throws {
        let withPassword = try ringback.run(["next", "--store", "postgres://ringback:s3cret@127.0.0.1:1/x"], store: false)
        #expect(withPassword.status == 1)
        #expect(!withPassword.stderr.contains("s3cret"))
        let down = try ringback.run(["log", "Dana", "--outcome", "vm", "--store", "postgres://ringback@127.0.0.1:1/x"], store: false)
        #expect(down.status == 2)
        #expect(down.stderr.split(separator: "\n").count == 1)
        #expect(down.stderr.contains("cannot reach the database server"))
    }
}
