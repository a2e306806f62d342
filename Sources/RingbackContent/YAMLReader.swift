import Yams

/// Reads one YAML content file into nodes and turns every shape mistake into a
/// `ContentError` that names the file and line.
struct YAMLReader {
    let file: String

    /// Parses the text; a syntax error carries libyaml's line.
    func root(of text: String) throws -> Node.Mapping {
        let node: Node?
        do {
            // Every value is read as text, so no implicit types are resolved (that cost half the start-up).
            node = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw ContentError(file: file, line: Self.line(of: error), message: "not valid YAML: \(Self.problem(of: error))")
        }
        guard let node else { throw ContentError(file: file, line: 1, message: "the file is empty") }
        return try mapping(node, what: "the file")
    }

    func mapping(_ node: Node, what: String) throws -> Node.Mapping {
        guard let mapping = node.mapping else { throw fail(node, "\(what) should be a mapping of keys to values") }
        return mapping
    }

    func sequence(_ node: Node, what: String) throws -> Node.Sequence {
        guard let sequence = node.sequence else { throw fail(node, "\(what) should be a list") }
        return sequence
    }

    func string(_ node: Node, what: String) throws -> String {
        guard let scalar = node.scalar, !scalar.string.isEmpty else { throw fail(node, "\(what) should be a non-empty text") }
        return scalar.string
    }

    /// The entries of a mapping as (key text, value node), rejecting keys not in `allowed`.
    func entries(_ mapping: Node.Mapping, allowed: Set<String>? = nil, what: String) throws -> [(key: String, node: Node)] {
        try mapping.map { pair in
            let key = try string(pair.key, what: "a key in \(what)")
            if let allowed, !allowed.contains(key) {
                throw fail(pair.key, "unknown key '\(key)' in \(what) (expected one of: \(allowed.sorted().joined(separator: ", ")))")
            }
            return (key, pair.value)
        }
    }

    func required(_ mapping: Node.Mapping, _ key: String, in what: String, at owner: Node) throws -> Node {
        guard let value = mapping[key] else { throw fail(owner, "\(what) is missing '\(key)'") }
        return value
    }

    func fail(_ node: Node, _ message: String) -> ContentError {
        ContentError(file: file, line: node.mark?.line ?? 1, message: message)
    }

    private static func line(of error: YamlError) -> Int {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _): return mark.line
        default: return 1
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case let .scanner(_, problem, _, _), let .parser(_, problem, _, _), let .composer(_, problem, _, _): return problem
        default: return String(describing: error).split(separator: "\n").first.map(String.init) ?? "unreadable"
        }
    }
}
