import Foundation
import RingbackContent
import RingbackTestSupport
import Testing

struct ContentLoaderTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../content").standardizedFileURL.path

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
        #expect(content.cadences["persistent"]?.steps.map(\.afterDays) == [3, 7])
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
        let error = try #require(try error(editing: "cadences.yaml") {
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

    @Test func unknownPlaceholdersAreRejected() throws {
        let error = try #require(try error(editing: "scripts.yaml") {
            $0.replacingOccurrences(of: "Hi {first}, as we agreed", with: "Hi {firstname}, as we agreed")
        })
        #expect(error.message.contains("{firstname}"))
    }

    @Test func onlyTheLastStepMayRepeatAndUnitsAreChecked() throws {
        let repeatError = try #require(try error(editing: "cadences.yaml") {
            $0.replacingOccurrences(of: "      script: gracious-check-in\n    - after: 1 week\n      channel: call\n      technique: call-weekly",
                                    with: "      script: gracious-check-in\n      repeat: true\n    - after: 1 week\n      channel: call\n      technique: call-weekly")
        })
        #expect(repeatError.message.contains("only the last step"))
        let unitError = try #require(try error(editing: "cadences.yaml") { $0.replacingOccurrences(of: "after: 3 days", with: "after: 3 fortnights") })
        #expect(unitError.message.contains("fortnights"))
    }

    @Test func theNurtureCadenceIsRequired() throws {
        let error = try #require(try error(editing: "cadences.yaml") { text in
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
    }

    @Test func theFingerprintFollowsTheText() throws {
        var files = try texts()
        let first = try ContentLoader.parse(files).fingerprint
        files["scripts.yaml"]! += "\n# edited\n"
        #expect(try ContentLoader.parse(files).fingerprint != first)
    }

    @Test func practiceRubricsAndKeysAreChecked() throws {
        let rubric = try #require(try error(editing: "practice.yaml") {
            $0.replacingOccurrences(of: "rubric: [specific-day, two-options, gracious, short]", with: "rubric: [specific-day, charm, gracious, short]")
        })
        #expect(rubric.message == "rubric item 'charm' is not in criteria")
        let lines = try texts()["practice.yaml"]!.components(separatedBy: "\n")
        #expect(rubric.line == lines.firstIndex { $0.contains("rubric: [specific-day, two-options, gracious, short]") }! + 1)
        let key = try #require(try error(editing: "practice.yaml") {
            $0.replacingOccurrences(of: "key: respect-no", with: "key: two-options")
        })
        #expect(key.message == "'key' must be one of this turn's rubric items")
        let criterion = try #require(try error(editing: "practice.yaml") { $0.replacingOccurrences(of: "  short:\n", with: "  brief:\n") })
        #expect(criterion.message.hasPrefix("unknown criterion 'brief'"))
    }

    @Test func debriefPromptsMustAllBeThere() throws {
        let error = try #require(try error(editing: "debrief.yaml") { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("  saved:") }.joined(separator: "\n")
        })
        #expect(error.message == "prompts is missing 'saved'")
    }
}
