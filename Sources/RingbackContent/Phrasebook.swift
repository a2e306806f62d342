import Yams

/// Sentences a conversation says, by typed key, from one mapping in a content file. Loading
/// checks that every key the engine can ask for is there, that no unknown key is, and that
/// each sentence uses only the placeholders it may; so `say` never meets a missing key.
public struct Phrasebook<Key>: Equatable, Sendable
where Key: RawRepresentable & CaseIterable & Hashable & Sendable, Key.RawValue == String {
    let templates: [Key: Template]

    /// The sentence for `key`, filled with `values`.
    public func say(_ key: Key, _ values: [String: String] = [:]) -> String {
        templates[key]!.render(values)
    }

    static func parse(_ node: Node, _ reader: YAMLReader, what: String, placeholders: Set<String>) throws -> Phrasebook {
        let allowed = Set(Key.allCases.map(\.rawValue))
        var templates: [Key: Template] = [:]
        for (name, valueNode) in try reader.entries(try reader.mapping(node, what: "'\(what)'"), allowed: allowed, what: what) {
            let template = Template(try reader.string(valueNode, what: "'\(name)'"))
            for placeholder in template.placeholderNames where !placeholders.contains(placeholder) {
                throw reader.fail(
                    valueNode,
                    "'\(name)' uses unknown placeholder {\(placeholder)} (known: \(placeholders.sorted().map { "{\($0)}" }.joined(separator: ", ")))"
                )
            }
            templates[Key(rawValue: name)!] = template
        }
        if let missing = Key.allCases.first(where: { templates[$0] == nil }) {
            throw reader.fail(node, "\(what) is missing '\(missing.rawValue)'")
        }
        return Phrasebook(templates: templates)
    }
}
