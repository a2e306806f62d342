import Foundation
import RingbackCore

/// Everything editable that the coach says and plans with, loaded from content/ and validated.
public struct Content: Sendable {
    public var cadences: [String: Cadence]
    public var techniques: [String: Technique]
    public var scripts: [String: ScriptTemplate]
    public var rules: StepRules
    /// Changes whenever any content file changes; stamps derived data built from it.
    public var fingerprint: String

    /// The cadence named, or nil when content has no such cadence.
    public func cadence(named name: String) -> Cadence? { cadences[name] }

    public static let nurtureCadence = "nurture"
}

/// A message with `{first}`, `{name}`, `{company}` and `{what}` placeholders.
public struct ScriptTemplate: Equatable, Sendable {
    public static let placeholders: Set<String> = ["first", "name", "company", "what"]

    public var key: String
    public var text: String

    /// The text with placeholders filled; a missing company or promise reads naturally.
    public func render(first: String, name: String, company: String?, what: String?) -> String {
        text.replacingOccurrences(of: "{first}", with: first)
            .replacingOccurrences(of: "{name}", with: name)
            .replacingOccurrences(of: "{company}", with: company ?? "your team")
            .replacingOccurrences(of: "{what}", with: what ?? "where things stand")
    }

    /// Placeholder names used in `text`.
    static func placeholders(in text: String) -> [String] {
        var found: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            found.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return found
    }
}
