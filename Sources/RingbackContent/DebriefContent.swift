import Yams

/// What the coach says in a debrief (content/debrief.yaml): prompts by key, and reframes
/// for discouragement with the phrases that trigger them.
public struct DebriefContent: Equatable, Sendable {
    /// Every prompt the conversation uses; a missing one is a content error.
    public static let requiredPrompts: [String] = [
        "who", "who-unknown", "who-pick", "context", "what-happened", "what-clarify", "what-menu", "next-time", "next-when",
        "confirm-when", "ask-coaching", "their-time", "propose-step", "their-promise", "promise-when", "said-the-ask",
        "ask-praise", "ask-missing", "paired-email", "acknowledge", "two-option", "confirm-stop", "stop-kind", "tidbit",
        "channel", "summary-title", "confirm-save", "saved", "not-saved", "save-partial", "yes-no", "no-date", "vague-date",
        "past-date",
    ]
    public static let placeholders: Set<String> = ["name", "first", "when", "list", "script", "step", "count"]

    /// A reframe for a discouraged user.
    public struct Reframe: Equatable, Sendable {
        public var id: String
        /// Lower-case phrases that call for it.
        public var triggers: [String]
        public var text: String
    }

    public var prompts: [String: Template]
    public var reframes: [Reframe]

    /// The prompt filled with `values`.
    public func say(_ key: String, _ values: [String: String] = [:]) -> String {
        prompts[key]?.render(values) ?? key
    }

    static func parse(_ text: String, _ reader: YAMLReader) throws -> DebriefContent {
        let root = try reader.root(of: text)
        _ = try reader.entries(root, allowed: ["prompts", "reframes"], what: "debrief")
        let anchor = Node("debrief")
        let promptsNode = try reader.required(root, "prompts", in: "debrief", at: anchor)
        var prompts: [String: Template] = [:]
        for (key, node) in try reader.entries(try reader.mapping(promptsNode, what: "'prompts'"), allowed: Set(requiredPrompts), what: "prompts") {
            let template = Template(try reader.string(node, what: "prompt '\(key)'"))
            for name in template.placeholderNames where !placeholders.contains(name) {
                throw reader.fail(node, "prompt '\(key)' uses unknown placeholder {\(name)}")
            }
            prompts[key] = template
        }
        if let missing = requiredPrompts.first(where: { prompts[$0] == nil }) {
            throw reader.fail(promptsNode, "prompts is missing '\(missing)'")
        }
        let reframesNode = try reader.required(root, "reframes", in: "debrief", at: anchor)
        var reframes: [Reframe] = []
        for node in try reader.sequence(reframesNode, what: "'reframes'") {
            let fields = try reader.mapping(node, what: "a reframe")
            _ = try reader.entries(fields, allowed: ["id", "when", "say"], what: "a reframe")
            let id = try reader.string(try reader.required(fields, "id", in: "a reframe", at: node), what: "'id'")
            let whenNode = try reader.required(fields, "when", in: "reframe '\(id)'", at: node)
            let triggers = try reader.sequence(whenNode, what: "'when'").map { try reader.string($0, what: "a trigger").lowercased() }
            guard !triggers.isEmpty else { throw reader.fail(whenNode, "reframe '\(id)' needs at least one trigger") }
            let say = try reader.string(try reader.required(fields, "say", in: "reframe '\(id)'", at: node), what: "'say'")
            reframes.append(Reframe(id: id, triggers: triggers, text: say))
        }
        guard reframes.count >= 2 else { throw reader.fail(reframesNode, "at least two reframes are needed, so none repeats back to back") }
        return DebriefContent(prompts: prompts, reframes: reframes)
    }
}
