import Foundation
import RingbackContent
import RingbackTestSupport
import Testing

struct ContentLoaderTests {
    static let folder = ShippedContent.folder

    func texts() throws -> [String: String] {
        var texts: [String: String] = [:]
        for name in ContentLoader.files {
            texts[name] = try String(contentsOfFile: Self.folder + "/" + name, encoding: .utf8)
        }
        return texts
    }

    func error(editing file: String, _ edit: (String) -> String) throws -> ContentError? {
        var files = try texts()
        files[file] = edit(files[file]!)
        do {
            _ = try ContentLoader.parse(files)
            return nil
        } catch let error as ContentError {
            return error
        }
    }

    @Test func theShippedContentLoads() throws {
        let content = try ContentLoader.load(directory: Self.folder)
        #expect(Set(content.cadences.keys).isSuperset(of: ["persistent", "rapid-release", "nurture"]))
        // Three days, eight weekly steps turning call, email, text, a final note, then release.
        let persistent = try #require(content.cadences["persistent"]).steps
        #expect(persistent.map(\.afterDays) == [3] + Array(repeating: 7, count: 10))
        #expect(persistent.map(\.kind) == [.cadence] + Array(repeating: .cadence, count: 8) + [.note, .release])
        #expect(persistent[1...8].map(\.turn) == Array(0...7))
        #expect(persistent[1].rotation == [.call, .email, .text])
        #expect(content.cadences["rapid-release"]?.steps.map(\.kind) == [.cadence, .cadence, .note, .release])
        #expect(content.rules.acknowledgeFrom == 3)
    }

    @Test func theBuiltInContentIsTheContentFolderByteForByte() throws {
        #expect(ContentLoader.builtInTexts == (try texts()))
        let builtIn = try ContentLoader.load(overrides: nil)
        #expect(builtIn.fingerprint == (try ContentLoader.load(directory: Self.folder)).fingerprint)
    }

    @Test func anOverrideReplacesOneFileAndItsErrorsNameIt() throws {
        let temporary = TemporaryFolder("content-override")
        let folder = temporary.path
        let rules = try texts()["rules.yaml"]!
        try rules.replacingOccurrences(of: "acknowledge-from: 3", with: "acknowledge-from: 4")
            .write(toFile: folder + "/rules.yaml", atomically: true, encoding: .utf8)
        #expect(try ContentLoader.load(overrides: folder).rules.acknowledgeFrom == 4)
        #expect(try ContentLoader.load(overrides: folder + "/missing").rules.acknowledgeFrom == 3)

        try (try texts()["cadences.yaml"]!).replacingOccurrences(of: "technique: wait-three-days", with: "technique: wait-four-days")
            .write(toFile: folder + "/cadences.yaml", atomically: true, encoding: .utf8)
        #expect(throws: ContentError.self) { try ContentLoader.load(overrides: folder) }
        do {
            _ = try ContentLoader.load(overrides: folder)
        } catch let error as ContentError {
            #expect(error.file == folder + "/cadences.yaml")
            #expect(error.message.contains("wait-four-days"))
        }
        try "x".write(toFile: folder + "/cadence.yaml", atomically: true, encoding: .utf8)
        #expect(ContentLoader.unknownFiles(in: folder) == ["cadence.yaml"])
    }

    @Test func anUnknownTechniqueIsReportedWithFileAndLine() throws {
        let error = try #require(
            try error(editing: "cadences.yaml") {
                $0.replacingOccurrences(of: "technique: wait-three-days", with: "technique: wait-four-days")
            })
        let lines = try texts()["cadences.yaml"]!.components(separatedBy: "\n")
        let stepLine = lines.firstIndex { $0.contains("- after: 3 days") }! + 1
        #expect(error.file.hasSuffix("content/cadences.yaml"))
        #expect(error.line == stepLine)
        #expect(error.message.contains("wait-four-days"))
        #expect(error.description.hasPrefix("content/cadences.yaml:\(stepLine): "))
    }

    @Test func brokenYAMLIsReportedAtItsLine() throws {
        let error = try #require(try error(editing: "scripts.yaml") { $0 + "\nbroken: [unclosed\n" })
        #expect(error.message.hasPrefix("not valid YAML"))
        #expect(error.line > 40)
    }

    @Test func practiceBranchesMustLeadSomewhere() throws {
        let wrongTurn = try #require(
            try error(editing: "practice.yaml") { $0.replacingOccurrences(of: "no: {go: brush-off}", with: "no: {go: brushoff}") })
        #expect(wrongTurn.message.contains("'go: brushoff' names no turn (turns: open, brush-off, counter, confirm, or end)"))
        let unreachable = try #require(
            try error(editing: "practice.yaml") { text in
                text.replacingOccurrences(of: "        no: {go: brush-off}\n", with: "        no: {go: end}\n", options: [], range: nil)
            })
        #expect(unreachable.message.contains("turn 'brush-off' of scenario 'get-back-to-you' cannot be reached from the first turn"))
        let twice = try #require(
            try error(editing: "practice.yaml") { $0.replacingOccurrences(of: "      - id: counter\n", with: "      - id: open\n") })
        #expect(twice.message.contains("has two turns called 'open'"))
        #expect(twice.line > 0)
    }

    @Test func contextScriptsAndCadencesAreChecked() throws {
        let script = try #require(try error(editing: "scripts.yaml") { $0 + "\nfirst-call@sailing: Hi {first}.\n" })
        #expect(script.message.contains("after '@' comes a context (sales, job-search, networking) or a role (recruiter, hiring-manager)"))
        let cadence = try #require(
            try error(editing: "rules.yaml") { $0.replacingOccurrences(of: "job-search: job-search", with: "job-search: job-hunt") })
        #expect(cadence.message.contains("no cadence named 'job-hunt'"))
    }

    @Test func unknownPlaceholdersAreRejected() throws {
        let error = try #require(
            try error(editing: "scripts.yaml") {
                $0.replacingOccurrences(of: "Hi {first}, as we agreed", with: "Hi {firstname}, as we agreed")
            })
        #expect(error.message.contains("{firstname}"))
    }

    @Test func stepKeysAndUnitsAreChecked() throws {
        // The last step always holds once reached: there is no 'repeat' key to pretend otherwise.
        let repeatError = try #require(
            try error(editing: "cadences.yaml") {
                $0.replacingOccurrences(
                    of: "      script: gracious-check-in\n", with: "      script: gracious-check-in\n      repeat: true\n")
            })
        #expect(repeatError.message.contains("'repeat'"))
        let unitError = try #require(
            try error(editing: "cadences.yaml") { $0.replacingOccurrences(of: "after: 3 days", with: "after: 3 fortnights") })
        #expect(unitError.message.contains("fortnights"))
    }

    @Test func theDefaultCadenceIsNamedInRulesAndMustExist() throws {
        let content = try ContentLoader.parse(try texts())
        #expect(content.rules.defaultCadence == "persistent")
        #expect(content.defaultCadence.name == "persistent")
        let renamed = try ContentLoader.parse(
            try texts().merging([
                "rules.yaml": try texts()["rules.yaml"]!
                    .replacingOccurrences(of: "default-cadence: persistent", with: "default-cadence: rapid-release")
            ]) { $1 })
        #expect(renamed.defaultCadence.name == "rapid-release")
        let missing = try #require(
            try error(editing: "rules.yaml") {
                $0.replacingOccurrences(of: "default-cadence: persistent", with: "default-cadence: persistant")
            })
        #expect(missing.message.contains("'persistant'"))
        let lines = try texts()["rules.yaml"]!.components(separatedBy: "\n")
        #expect(missing.line == lines.firstIndex { $0.hasPrefix("default-cadence:") }! + 1)
        let nurture = try #require(
            try error(editing: "rules.yaml") {
                $0.replacingOccurrences(of: "default-cadence: persistent", with: "default-cadence: nurture")
            })
        #expect(nurture.message.contains("other than nurture"))
    }

    @Test func theNurtureCadenceIsRequired() throws {
        let error = try #require(
            try error(editing: "cadences.yaml") { text in
                String(text[..<text.range(of: "nurture:\n  summary")!.lowerBound])
            })
        #expect(error.message.contains("'nurture' is required"))
    }

    @Test func scriptsRenderWithNaturalFallbacks() throws {
        let content = try ContentLoader.load(directory: Self.folder)
        let text = try #require(content.scripts["agreed-call"]).render(first: "Zoë", name: "Zoë Lambert", company: nil, what: nil)
        #expect(text.contains("Hi Zoë"))
        #expect(text.contains("where things stand"))
        #expect(!text.contains("{"))
        let deadline = try #require(content.scripts["their-deadline"]).render(
            first: "Dana", name: "Dana Ruiz", company: nil, what: "send the budget")
        #expect(deadline.contains("you said you'd send the budget,"))
        // Their promise told back to them: their own words, in the second person; a thing, as a thing.
        let script = try #require(content.scripts["their-deadline"])
        let check = script.render(first: "Dana", name: "Dana Ruiz", company: nil, what: "check budget with her boss")
        #expect(check.contains("you said you'd check budget with your boss,"))
        let decision = script.render(first: "Dana", name: "Dana Ruiz", company: nil, what: "the decision")
        #expect(decision.contains("you said you'd decide,"))
        let pricing = script.render(first: "Dana", name: "Dana Ruiz", company: nil, what: "the pricing")
        #expect(pricing.contains("you said you'd come back to me on the pricing,"))
        // helper-44's borrower: "you'd come back to me on upload the paystubs" was said.
        let upload = script.render(first: "Megan", name: "Megan Lee", company: nil, what: "upload the paystubs and the w2s")
        #expect(upload.contains("you said you'd upload the paystubs and the w2s,"), "\(upload)")
        let first = try #require(content.scripts["first-call"]).render(first: "Kate", name: "Kate Lin", company: "TalentCo", what: nil)
        #expect(!first.contains("earlier conversation"))
        #expect(first.contains("what we could do for TalentCo"))
        // Someone with no company on file (a borrower, a homeowner) is not "your team" (helper-44).
        let borrower = try #require(content.scripts["first-call"]).render(first: "Megan", name: "Megan Lee", company: nil, what: nil)
        #expect(borrower.contains("what we could do for you."), "\(borrower)")
        let nurture = try #require(content.scripts["nurture-check-in"]).render(first: "Megan", name: "Megan Lee", company: nil, what: nil)
        #expect(nurture.contains("made me think of you and"), "\(nurture)")
    }

    @Test func theFingerprintFollowsTheText() throws {
        var files = try texts()
        let first = try ContentLoader.parse(files).fingerprint
        files["scripts.yaml"]! += "\n# edited\n"
        #expect(try ContentLoader.parse(files).fingerprint != first)
    }

    @Test func practiceRubricsAndKeysAreChecked() throws {
        let rubric = try #require(
            try error(editing: "practice.yaml") {
                $0.replacingOccurrences(
                    of: "rubric: [specific-day, two-options, gracious, short]", with: "rubric: [specific-day, charm, gracious, short]")
            })
        #expect(rubric.message == "rubric item 'charm' is not in criteria")
        let lines = try texts()["practice.yaml"]!.components(separatedBy: "\n")
        #expect(rubric.line == lines.firstIndex { $0.contains("rubric: [specific-day, two-options, gracious, short]") }! + 1)
        let key = try #require(
            try error(editing: "practice.yaml") {
                $0.replacingOccurrences(of: "key: respect-no", with: "key: two-options")
            })
        #expect(key.message == "'key' must be one of this turn's rubric items")
        let criterion = try #require(try error(editing: "practice.yaml") { $0.replacingOccurrences(of: "  short:\n", with: "  brief:\n") })
        #expect(criterion.message.hasPrefix("unknown criterion 'brief'"))
    }

    /// The engines can only ask for typed keys; loading refuses a file missing any of them,
    /// so no prompt ever prints as its key.
    @Test(arguments: DebriefContent.Key.allCases)
    func everyDebriefKeyMustBeThere(key: DebriefContent.Key) throws {
        #expect(!ShippedContent.content.debrief.say(key).isEmpty)
        let error = try #require(
            try error(editing: "debrief.yaml") { text in
                text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("  \(key.rawValue):") }.joined(
                    separator: "\n")
            })
        #expect(error.message == "prompts is missing '\(key.rawValue)'")
    }

    @Test(arguments: PracticeContent.Line.allCases)
    func everyPracticeLineMustBeThere(line: PracticeContent.Line) throws {
        #expect(!ShippedContent.content.practice.lines.say(line).isEmpty)
        let error = try #require(
            try error(editing: "practice.yaml") { text in
                text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("  \(line.rawValue):") }.joined(
                    separator: "\n")
            })
        #expect(error.message == "lines is missing '\(line.rawValue)'")
    }

    @Test func unknownKeysAndPlaceholdersInSentencesAreRefused() throws {
        let unknown = try #require(
            try error(editing: "debrief.yaml") { $0.replacingOccurrences(of: "  saved: Saved.", with: "  saved: Saved.\n  sav: Saved.") })
        #expect(unknown.message.contains("'sav'"))
        let placeholder = try #require(
            try error(editing: "practice.yaml") { $0.replacingOccurrences(of: "score {points}/{outOf}", with: "score {points}/{total}") })
        #expect(placeholder.message.contains("{total}"))
    }
}
