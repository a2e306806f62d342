import Foundation
import RingbackBuiltIn
import RingbackCore
import Yams

/// Reads content/*.yaml, checks every cross-reference, and reports the first mistake as
/// `file:line: what is wrong`.
public enum ContentLoader {
    public static let files = ["cadences.yaml", "debrief.yaml", "practice.yaml", "rules.yaml", "scripts.yaml", "techniques.yaml"]

    /// Loads a whole content folder from disk.
    public static func load(directory: String) throws -> Content {
        var texts: [String: String] = [:]
        var paths: [String: String] = [:]
        for name in files {
            let path = (directory as NSString).appendingPathComponent(name)
            texts[name] = try read(path)
            paths[name] = path
        }
        return try parse(texts, paths: paths)
    }

    /// Loads the content built into the binary, with any file of the same name in `overrides`
    /// (the user's `$XDG_CONFIG_HOME/ringback/content/`) taking the built-in one's place.
    /// Errors name the file they are in: the override's path, or `content/NAME` when built in.
    public static func load(overrides: String?) throws -> Content {
        var texts: [String: String] = [:]
        var paths: [String: String] = [:]
        for name in files {
            if let overrides {
                let path = (overrides as NSString).appendingPathComponent(name)
                if FileManager.default.fileExists(atPath: path) {
                    texts[name] = try read(path)
                    paths[name] = path
                    continue
                }
            }
            texts[name] = BuiltInFiles.text("content/" + name)
        }
        return try parse(texts, paths: paths)
    }

    /// The built-in text of every content file, by file name, to start an override from.
    public static var builtInTexts: [String: String] {
        Dictionary(uniqueKeysWithValues: files.compactMap { name in BuiltInFiles.text("content/" + name).map { (name, $0) } })
    }

    /// The names of override files in `directory` that Ringback does not know (likely typos).
    public static func unknownFiles(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".yaml") && !files.contains($0) }.sorted()
    }

    private static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ContentError(file: path, line: 1, message: "cannot read this content file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ContentError(file: path, line: 1, message: "not UTF-8 text")
        }
        return text
    }

    /// Parses content from file texts keyed by file name; `paths` names the file each came
    /// from in messages (default `content/NAME`).
    public static func parse(_ texts: [String: String], paths: [String: String] = [:]) throws -> Content {
        func reader(_ name: String) -> YAMLReader { YAMLReader(file: paths[name] ?? "content/" + name) }
        func text(_ name: String) throws -> String {
            guard let text = texts[name] else { throw ContentError(file: reader(name).file, line: 1, message: "missing") }
            return text
        }
        let techniques = try parseTechniques(try text("techniques.yaml"), reader("techniques.yaml"))
        let scripts = try parseScripts(try text("scripts.yaml"), reader("scripts.yaml"))
        let references = References(techniques: Set(techniques.keys), scripts: Set(scripts.keys))
        let cadences = try parseCadences(try text("cadences.yaml"), reader("cadences.yaml"), references)
        let rules = try parseRules(try text("rules.yaml"), reader("rules.yaml"), references, cadences: cadences)
        let debrief = try DebriefContent.parse(try text("debrief.yaml"), reader("debrief.yaml"))
        let practice = try PracticeContent.parse(try text("practice.yaml"), reader("practice.yaml"))
        let fingerprint = files.map { texts[$0] ?? "" }.joined(separator: "\u{0}").fnv1a64Hex
        return Content(
            cadences: cadences, techniques: techniques, scripts: scripts, rules: rules, debrief: debrief, practice: practice,
            fingerprint: fingerprint)
    }

    struct References {
        let techniques: Set<String>
        let scripts: Set<String>

        func check(technique: String, script: String, at node: Node, _ reader: YAMLReader) throws {
            guard techniques.contains(technique) else {
                throw reader.fail(node, "unknown technique '\(technique)' (not in techniques.yaml)")
            }
            guard scripts.contains(script) else { throw reader.fail(node, "unknown script '\(script)' (not in scripts.yaml)") }
        }
    }

    static func parseTechniques(_ text: String, _ reader: YAMLReader) throws -> [String: Technique] {
        var result: [String: Technique] = [:]
        for (key, node) in try reader.entries(try reader.root(of: text), what: "techniques") {
            let fields = try reader.mapping(node, what: "technique '\(key)'")
            _ = try reader.entries(fields, allowed: ["name", "source", "why"], what: "technique '\(key)'")
            func field(_ name: String) throws -> String {
                try reader.string(try reader.required(fields, name, in: "technique '\(key)'", at: node), what: "'\(name)'")
            }
            result[key] = Technique(key: key, name: try field("name"), source: try field("source"), why: try field("why"))
        }
        return result
    }

    static func parseScripts(_ text: String, _ reader: YAMLReader) throws -> [String: ScriptTemplate] {
        var result: [String: ScriptTemplate] = [:]
        for (key, node) in try reader.entries(try reader.root(of: text), what: "scripts") {
            // A script is its text, or a mapping with the text and an email subject line.
            var subject: String?
            let body: String
            if let fields = node.mapping {
                _ = try reader.entries(fields, allowed: ["subject", "text"], what: "script '\(key)'")
                body = try reader.string(try reader.required(fields, "text", in: "script '\(key)'", at: node), what: "'text'")
                subject = try fields["subject"].map { try reader.string($0, what: "'subject'") }
            } else {
                body = try reader.string(node, what: "script '\(key)'")
            }
            let template = ScriptTemplate(key: key, text: body.trimmingCharacters(in: .whitespacesAndNewlines), subject: subject)
            let names = template.template.placeholderNames + (template.subject?.placeholderNames ?? [])
            // "first-call@job-search": the same script for one context, or one role ("@recruiter").
            if let at = key.firstIndex(of: "@") {
                let audience = String(key[key.index(after: at)...])
                if ContactContext(rawValue: audience) == nil && ContactRole(rawValue: audience) == nil {
                    throw reader.fail(
                        node,
                        "script '\(key)': after '@' comes a context (sales, job-search, networking) or a role (recruiter, hiring-manager)")
                }
            }
            for name in names where !ScriptTemplate.placeholders.contains(name) {
                let known = ScriptTemplate.placeholders.sorted().map { "{\($0)}" }.joined(separator: ", ")
                throw reader.fail(node, "script '\(key)' uses unknown placeholder {\(name)} (known: \(known))")
            }
            result[key] = template
        }
        return result
    }

    static func parseCadences(_ text: String, _ reader: YAMLReader, _ refs: References) throws -> [String: Cadence] {
        var result: [String: Cadence] = [:]
        let root = try reader.root(of: text)
        for (name, node) in try reader.entries(root, what: "cadences") {
            let fields = try reader.mapping(node, what: "cadence '\(name)'")
            _ = try reader.entries(fields, allowed: ["summary", "steps"], what: "cadence '\(name)'")
            let summary = try reader.string(try reader.required(fields, "summary", in: "cadence '\(name)'", at: node), what: "'summary'")
            let stepsNode = try reader.required(fields, "steps", in: "cadence '\(name)'", at: node)
            let list = try reader.sequence(stepsNode, what: "'steps'")
            guard list.count > 0 else { throw reader.fail(stepsNode, "cadence '\(name)' needs at least one step") }
            var steps: [CadenceStep] = []
            for (index, stepNode) in list.enumerated() {
                steps += try parseStep(stepNode, reader, refs, what: "step \(index + 1) of '\(name)'")
            }
            result[name] = Cadence(name: name, summary: summary, steps: steps)
        }
        guard result[Content.nurtureCadence] != nil else {
            throw ContentError(
                file: reader.file, line: 1, message: "a cadence named '\(Content.nurtureCadence)' is required (released contacts use it)")
        }
        return result
    }

    /// One step as written, expanded into as many steps as its `times` says.
    static func parseStep(_ node: Node, _ reader: YAMLReader, _ refs: References, what: String) throws -> [CadenceStep] {
        let fields = try reader.mapping(node, what: what)
        _ = try reader.entries(fields, allowed: ["after", "channel", "channels", "times", "kind", "technique", "script"], what: what)
        let afterNode = try reader.required(fields, "after", in: what, at: node)
        let afterDays = try parseDays(try reader.string(afterNode, what: "'after'"), at: afterNode, reader)
        let kindText = fields["kind"].flatMap { $0.scalar?.string } ?? StepKind.cadence.rawValue
        let allowedKinds: [StepKind] = [.cadence, .note, .release, .nurture]
        guard let kind = StepKind(rawValue: kindText), allowedKinds.contains(kind) else {
            throw reader.fail(fields["kind"] ?? node, "'kind' must be one of: \(allowedKinds.map(\.rawValue).joined(separator: ", "))")
        }
        let channel = try fields["channel"].map { try parseChannel($0, reader) }
        let rotation = try fields["channels"].map { try reader.sequence($0, what: "'channels'").map { try parseChannel($0, reader) } } ?? []
        if fields["channel"] != nil && fields["channels"] != nil {
            throw reader.fail(node, "\(what) has both 'channel' and 'channels'; keep one")
        }
        var times = 1
        if let timesNode = fields["times"] {
            guard let count = Int(try reader.string(timesNode, what: "'times'")), (1...52).contains(count) else {
                throw reader.fail(timesNode, "'times' should be a number of times from 1 to 52")
            }
            times = count
        }
        let technique = try reader.string(try reader.required(fields, "technique", in: what, at: node), what: "'technique'")
        let script = try reader.string(try reader.required(fields, "script", in: what, at: node), what: "'script'")
        try refs.check(technique: technique, script: script, at: node, reader)
        return (0..<times).map { turn in
            CadenceStep(
                afterDays: afterDays, channel: channel ?? rotation.first, kind: kind, technique: technique, script: script,
                rotation: rotation, turn: turn)
        }
    }

    static func parseRules(_ text: String, _ reader: YAMLReader, _ refs: References, cadences: [String: Cadence]) throws -> StepRules {
        let root = try reader.root(of: text)
        let keys: Set<String> = [
            "default-cadence", "context-cadences", "first", "agreed", "promised", "their-deadline", "paired-message", "thank-you",
            "acknowledge-from", "acknowledge-script", "own-rhythm", "no-message", "agreed-meeting", "agreed-message", "day-set",
        ]
        _ = try reader.entries(root, allowed: keys, what: "rules")
        let anchor = Node("rules")  // no mark: reported as line 1
        func rule(_ key: String) throws -> RuleStep {
            let node = try reader.required(root, key, in: "rules", at: anchor)
            let fields = try reader.mapping(node, what: "rule '\(key)'")
            _ = try reader.entries(fields, allowed: ["channel", "technique", "script"], what: "rule '\(key)'")
            let technique = try reader.string(try reader.required(fields, "technique", in: "rule '\(key)'", at: node), what: "'technique'")
            let script = try reader.string(try reader.required(fields, "script", in: "rule '\(key)'", at: node), what: "'script'")
            try refs.check(technique: technique, script: script, at: node, reader)
            return RuleStep(channel: try fields["channel"].map { try parseChannel($0, reader) }, technique: technique, script: script)
        }
        let fromNode = try reader.required(root, "acknowledge-from", in: "rules", at: anchor)
        guard let from = Int(try reader.string(fromNode, what: "'acknowledge-from'")), from >= 1 else {
            throw reader.fail(fromNode, "'acknowledge-from' should be a whole number of attempts, 1 or more")
        }
        let scriptNode = try reader.required(root, "acknowledge-script", in: "rules", at: anchor)
        let acknowledgeScript = try reader.string(scriptNode, what: "'acknowledge-script'")
        guard refs.scripts.contains(acknowledgeScript) else {
            throw reader.fail(scriptNode, "unknown script '\(acknowledgeScript)' (not in scripts.yaml)")
        }
        let defaultNode = try reader.required(root, "default-cadence", in: "rules", at: anchor)
        let defaultCadence = try reader.string(defaultNode, what: "'default-cadence'")
        guard cadences[defaultCadence] != nil, defaultCadence != Content.nurtureCadence else {
            let names = cadences.keys.filter { $0 != Content.nurtureCadence }.sorted().joined(separator: ", ")
            throw reader.fail(
                defaultNode,
                "'default-cadence' should name a cadence in cadences.yaml other than nurture (\(names)), got '\(defaultCadence)'")
        }
        var contextCadences: [ContactContext: String] = [:]
        if let node = root["context-cadences"] {
            for (key, valueNode) in try reader.entries(try reader.mapping(node, what: "'context-cadences'"), what: "context-cadences") {
                guard let context = ContactContext(rawValue: key) else {
                    throw reader.fail(valueNode, "'\(key)' is not a context (sales, job-search, networking)")
                }
                let name = try reader.string(valueNode, what: "'\(key)'")
                guard cadences[name] != nil, name != Content.nurtureCadence else {
                    throw reader.fail(valueNode, "no cadence named '\(name)' in cadences.yaml (or it is nurture)")
                }
                contextCadences[context] = name
            }
        }
        return StepRules(
            defaultCadence: defaultCadence, contextCadences: contextCadences, thankYou: try rule("thank-you"), first: try rule("first"),
            agreed: try rule("agreed"), agreedMeeting: root["agreed-meeting"] == nil ? nil : try rule("agreed-meeting"),
            agreedMessage: root["agreed-message"] == nil ? nil : try rule("agreed-message"), theirDeadline: try rule("their-deadline"),
            promised: try rule("promised"),
            pairedMessage: try rule("paired-message"), noMessage: root["no-message"] == nil ? nil : try rule("no-message"),
            ownRhythm: root["own-rhythm"] == nil ? nil : try rule("own-rhythm"),
            daySet: root["day-set"] == nil ? nil : try rule("day-set"),
            acknowledgeFrom: from, acknowledgeScript: acknowledgeScript)
    }

    static func parseChannel(_ node: Node, _ reader: YAMLReader) throws -> Channel {
        let text = try reader.string(node, what: "'channel'")
        guard let channel = Channel(rawValue: text) else {
            throw reader.fail(
                node, "unknown channel '\(text)' (expected one of: \(Channel.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return channel
    }

    /// "3 days", "1 week", "2 weeks", "90 days".
    static func parseDays(_ text: String, at node: Node, _ reader: YAMLReader) throws -> Int {
        let parts = text.split(separator: " ")
        guard parts.count == 2, let count = Int(parts[0]), count >= 0 else {
            throw reader.fail(node, "'after' should read like '3 days' or '2 weeks', got '\(text)'")
        }
        switch parts[1] {
        case "day", "days": return count
        case "week", "weeks": return count * 7
        default: throw reader.fail(node, "'after' unit should be days or weeks, got '\(parts[1])'")
        }
    }
}

extension String {
    /// A stable 64-bit FNV-1a hash of the UTF-8 bytes, in hex.
    var fnv1a64Hex: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return String(hash, radix: 16)
    }
}
