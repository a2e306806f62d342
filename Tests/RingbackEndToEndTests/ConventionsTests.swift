import Foundation
import Testing

/// The conventions a demanding user expects of the binary: typos caught, bad names refused,
/// reminders for scripts, `-` for standard input and output, one JSON document per command,
/// completions, overrides and the demo.
struct ConventionsTests {
    let ringback = RingbackProcess()
    let now = ["--now", "2026-11-24T10:00"]

    @Test func aTypoAsksDidYouMeanInLogShowAndStop() throws {
        try ringback.run(["log", "Dana Ruiz", "--company", "Acme", "--outcome", "connected"] + now)
        for command in [["log", "Dnaa", "--outcome", "vm"], ["show", "Dnaa"], ["stop", "Dnaa"]] {
            let result = try ringback.run(command + now)
            #expect(result.status == 1)
            #expect(result.stderr.contains("did you mean Dana Ruiz (Acme)?"))
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
        #expect(try ringback.run(["log", "Dnaa", "--outcome", "vm"] + now).stderr.contains("add --new to create Dnaa"))
        let created = try ringback.run(["log", "Dnaa", "--outcome", "vm", "--new"] + now)
        #expect(created.status == 0)
        #expect(created.stdout.contains("New contact: Dnaa."))
        let shell = try ringback.run(now, input: "show Dnaaa\n")
        #expect(shell.stdout.contains("did you mean Dnaa?"))
    }

    @Test func badNamesAreRefusedInOneLineEverywhere() throws {
        let huge = String(repeating: "x", count: 100_000)
        for command in [
            ["log", "Dana\nRuiz", "--outcome", "vm"], ["log", huge, "--outcome", "vm"], ["show", huge], ["stop", "a\u{7}b"],
        ] {
            let result = try ringback.run(command + now)
            #expect(result.status == 1)
            #expect(result.stderr.split(separator: "\n").count == 1)
            #expect(result.stderr.count < 200)
        }
        let shell = try ringback.run(now, input: "log \(huge) --outcome vm\n")
        #expect(shell.stdout.contains("a name can be at most 120"))
        #expect(shell.stdout.count < 300)
        #expect(try ringback.run(["contacts", "--json"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[\n\n]")
    }

    /// A mistyped team address is refused, not made into a folder named after it.
    @Test func aMistypedStoreAddressIsNotAFile() throws {
        let typo = try ringback.run(["log", "Zed Q", "--outcome", "vm", "--store", "postgress://ana@127.0.0.1/sales"] + now, store: false)
        #expect(typo.status == 1 && typo.stderr.contains("'postgress://' is not a store address"), "\(typo.stderr)")
        #expect(!FileManager.default.fileExists(atPath: FileManager.default.currentDirectoryPath + "/postgress:"))
    }

    @Test func nextDueIsForScriptsAndTheJSONSaysWhetherItIsDue() throws {
        #expect(try ringback.run(["next", "--due"] + now).status == 1)
        try ringback.run(["log", "Dana Ruiz", "--outcome", "connected", "--next", "thursday at 10"] + now)
        let ahead = try ringback.run(["next", "--due", "--json"] + now)
        #expect(ahead.status == 1)
        #expect(ahead.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "null")
        let upcoming = try #require(try ringback.run(["next", "--json"] + now).json() as? [String: Any])
        #expect(upcoming["dueNow"] as? Bool == false)
        let thursday = ["--now", "2026-11-26T10:30"]
        let due = try ringback.run(["next", "--due", "--json"] + thursday)
        #expect(due.status == 0)
        #expect((try due.json() as? [String: Any])?["dueNow"] as? Bool == true)
    }

    /// Before working hours a day's step waits: `next --json` and `agenda --json` say the same.
    @Test func beforeWorkingHoursNextAndAgendaAgreeOnDueNow() throws {
        try ringback.run(["log", "Dana Ruiz", "--outcome", "vm"] + now)
        let early = ["--now", "2026-12-01T07:10"]
        let next = try #require(try ringback.run(["next", "--json"] + early).json() as? [String: Any])
        let agenda = try #require(try ringback.run(["agenda", "--json"] + early).json() as? [[String: Any]])
        let step = try #require(
            agenda.first { $0["contact"] as? String == next["contact"] as? String && $0["kind"] as? String == next["kind"] as? String })
        #expect(next["dueNow"] as? Bool == false)
        #expect(step["dueNow"] as? Bool == false)
        #expect(try ringback.run(["next", "--due"] + early).status == 1)
    }

    @Test func dashMeansStandardInputAndOutput() throws {
        let imported = try ringback.run(["import", "-"] + now, input: "Name,Company\nAna Lee,Foo\nBo Chen,Bar\n")
        #expect(imported.status == 0)
        #expect(imported.stdout.contains("Read <stdin>: 2 rows."))
        #expect(imported.stdout.contains("Imported 2 contacts."))
        let csv = try ringback.run(["export", "--format", "csv", "--output", "-"] + now)
        #expect(csv.stdout.contains("Ana Lee,Foo,sales,active"))
        #expect(!FileManager.default.fileExists(atPath: FileManager.default.currentDirectoryPath + "/-"))
    }

    @Test func importsSpreadFirstCallsOverWorkingDays() throws {
        let rows = (1...45).map { "Person \($0),Co" }.joined(separator: "\n")
        let imported = try ringback.run(["import", "-"] + now, input: "Name,Company\n" + rows + "\n")
        #expect(imported.stdout.contains("up to Thu 26 Nov"))
        let agenda = try #require(try ringback.run(["agenda", "--json", "--days", "10"] + now).json() as? [[String: Any]])
        let perDay = Dictionary(grouping: agenda) { ($0["due"] as? String)?.prefix(10) ?? "" }.mapValues(\.count)
        #expect(perDay == ["2026-11-24": 20, "2026-11-25": 20, "2026-11-26": 5])
        try ringback.run(["config", "imports-per-day", "50"])
        #expect(try ringback.run(["config", "imports-per-day"]).stdout == "50\n")
        let limited = try ringback.run(["agenda", "--limit", "3", "--days", "0"] + now).stdout
        #expect(limited.contains("Today (20)"))
        #expect(limited.contains("... and 17 more"))
    }

    /// Thousands overdue would bury today's calls: text shows the first 25 of each section,
    /// with the whole count and how to see the rest; JSON and `--all` give every one.
    @Test func theTextAgendaShowsAScreenfulOfEachSection() throws {
        try ringback.run(["config", "imports-per-day", "50"])
        let rows = (1...45).map { "Person \($0),Co" }.joined(separator: "\n")
        try ringback.run(["import", "-"] + now, input: "Name,Company\n" + rows + "\n")
        let agenda = try ringback.run(["agenda", "--days", "10"] + now).stdout
        #expect(agenda.contains("Today (45)"))
        #expect(agenda.components(separatedBy: "\n").filter { $0.hasPrefix("  Call Person") }.count == 25)
        #expect(agenda.contains("... and 20 more (--all shows them)"))
        let all = try ringback.run(["agenda", "--days", "10", "--all"] + now).stdout
        #expect(all.components(separatedBy: "\n").filter { $0.hasPrefix("  Call Person") }.count == 45)
        #expect(!all.contains("more (--all"))
        #expect(try #require(try ringback.run(["agenda", "--json", "--days", "10"] + now).json() as? [Any]).count == 45)
        // The first 25 are the whole agenda's first 25, in the same order.
        #expect(
            agenda.components(separatedBy: "\n").filter { $0.hasPrefix("  Call") }
                == Array(all.components(separatedBy: "\n").filter { $0.hasPrefix("  Call") }.prefix(25)))
        let both = try ringback.run(["agenda", "--all", "--limit", "3"] + now)
        #expect(both.status != 0)
        #expect(both.stderr.contains("--all and --limit cannot be used together"))
    }

    @Test func everyJSONOutputIsOneDocumentWithRFC3339Dates() throws {
        try ringback.run(["log", "Dana Ruiz", "--outcome", "vm"] + now)
        let demoStore = ringback.folder + "/demo.json"
        for arguments in [
            ["practice", "--list", "--json"], ["config", "--json"], ["content", "--json"], ["show", "dana", "--json"],
            ["demo", "--json", "--store", demoStore], ["next", "--json"], ["contacts", "--json"],
        ] {
            let result = try ringback.run(arguments + now, store: !arguments.contains("--store"))
            #expect(result.status == 0, "\(arguments)")
            #expect(throws: Never.self, "\(arguments)") { try result.json() }
        }
        let shown = try ringback.run(["show", "dana", "--json"] + now).stdout
        let dates = shown.matches(of: /"(at|created|due)" : "([^"]+)"/).map { String($0.output.2) }
        #expect(!dates.isEmpty)
        #expect(dates.allSatisfy { $0.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d/) != nil })
    }

    @Test func theDemoRunTwiceDoesNotDuplicateAndNeverReplacesRealContacts() throws {
        let demoStore = ringback.folder + "/demo.json"
        for _ in 0..<2 { #expect(try ringback.run(["demo", "--store", demoStore] + now, store: false).status == 0) }
        let export = try #require(
            try ringback.run(["export", "--format", "json", "--store", demoStore], store: false).json() as? [String: Any])
        let touches = try #require(export["touches"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(!touches.isEmpty)
        #expect(touches.count == Set(touches).count)
        // A second load is one more change: undo goes back to the first, nothing is erased.
        let undone = try ringback.run(["undo", "--store", demoStore] + now, store: false)
        #expect(undone.status == 0)
        #expect(undone.stdout.contains("load the demo pipeline"))
        try ringback.run(["log", "Bob", "--outcome", "vm"] + now)
        let refused = try ringback.run(["demo"] + now)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("holds contacts of your own"))
    }

    /// Issue #25: `--store ""` (a variable never set) wrote to the default store in 0.4.0.
    @Test func anEmptyStoreOptionIsRefused() throws {
        let refused = try ringback.run(["log", "Dana", "--outcome", "vm", "--store", ""] + now, store: false)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("--store: '' is empty"))
        #expect(!FileManager.default.fileExists(atPath: ringback.folder + "/data/ringback/store.json"))
    }

    /// 0.4.0 erased a store whose contacts had the demo's names and no touches (any import):
    /// their emails and notes were replaced and the undo history dropped.
    @Test func theDemoRefusesAnImportedStoreWithTheDemosNames() throws {
        let imported = try ringback.run(
            ["import", "-"] + now, input: "Name,Company,Email\nDana Ruiz,Acme,dana@real.example\nSam Whitfield,Initech,sam@real.example\n")
        #expect(imported.status == 0)
        let refused = try ringback.run(["demo", "--store", ringback.store] + now, store: false)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("holds contacts of your own"))
        let shown = try ringback.run(["show", "dana", "--json"] + now).stdout
        #expect(shown.contains("dana@real.example"))
        #expect(try ringback.run(["undo", "--list"] + now).stdout.contains("import"))
    }

    @Test func shellHintsNameShellCommands() throws {
        let shell = try ringback.run(now, input: "next\n")
        #expect(shell.stdout.contains("Type `debrief` after your next call."))
        #expect(try ringback.run(["next"] + now).stdout.contains("`ringback log NAME --outcome ...`"))
    }

    @Test func completionOffersContactNamesFromTheStoreAndFixedWords() throws {
        try ringback.run(["log", "Dana Ruiz", "--outcome", "vm"] + now)
        try ringback.run(["log", "Daniel Brown", "--outcome", "vm", "--new"] + now)
        let names = try ringback.run(
            ["---completion", "show", "--", "positional@0", "4", "2", "ringback", "show", "--store", ringback.store, "Da"],
            store: false)
        #expect(names.stdout.split(separator: "\n") == ["Dana Ruiz", "Daniel Brown"])
        let cadences = try ringback.run(
            ["---completion", "log", "--", "--cadence", "3", "0", "ringback", "log", "--cadence", ""], store: false)
        #expect(cadences.stdout.split(separator: "\n").contains("rapid-release"))
        for shell in ["bash", "zsh", "fish"] {
            let script = try ringback.run(["--generate-completion-script", shell], store: false)
            #expect(script.status == 0)
            #expect(script.stdout.contains("---completion"))
        }
    }

    @Test func aContentOverrideReplacesOneFileAndAMistakeNamesItsLine() throws {
        let overrides = ringback.folder + "/config/ringback/content"
        let exported = try ringback.run(["content", "--export", overrides], store: false)
        #expect(exported.status == 0)
        #expect(try ringback.run(["content"], store: false).stdout.contains("cadences.yaml: override"))
        let path = overrides + "/cadences.yaml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "technique: wait-three-days", with: "technique: wait-four-days").write(
            toFile: path, atomically: true, encoding: .utf8)
        let broken = try ringback.run(["next"] + now)
        #expect(broken.status == 1)
        #expect(broken.stderr.hasPrefix("ringback: content error: \(path):"))
        #expect(broken.stderr.contains("wait-four-days"))
        try FileManager.default.removeItem(atPath: path)
        #expect(try ringback.run(["next"] + now).status == 0)
    }

    @Test func versionAndHelp() throws {
        let version = try ringback.run(["--version"], store: false)
        #expect(version.status == 0)
        #expect(version.stdout.wholeMatch(of: /\d+\.\d+\.\d+\n/) != nil)
        #expect(try ringback.run(["--help"], store: false).stdout.contains("printf 'debrief Dana\\n"))
    }
}
