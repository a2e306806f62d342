import Foundation
import RingbackCore

/// Everything editable that the coach says and plans with, loaded from content/ and validated.
public struct Content: Sendable {
    public var cadences: [String: Cadence]
    public var techniques: [String: Technique]
    public var scripts: [String: ScriptTemplate]
    public var rules: StepRules
    public var debrief: DebriefContent
    public var practice: PracticeContent
    /// Changes whenever any content file changes; stamps derived data built from it.
    public var fingerprint: String

    /// The script for a role when content has one ("first-call@recruiter"), else for the
    /// context ("first-call@job-search"), else the general one.
    public func scriptKey(_ key: String, for context: ContactContext, role: ContactRole? = nil) -> String {
        let choices = [role.map { "\(key)@\($0.rawValue)" }, "\(key)@\(context.rawValue)"].compactMap { $0 }
        return choices.first { scripts[$0] != nil } ?? key
    }

    /// The cadence named, or nil when content has no such cadence.
    public func cadence(named name: String) -> Cadence? { cadences[name] }

    /// Names of the cadences a contact or the user may pick (all but nurture), sorted.
    public var followUpCadenceNames: [String] { cadences.keys.filter { $0 != Self.nurtureCadence }.sorted() }

    /// The cadence `rules.yaml` names as the default (loading checked that it exists).
    public var defaultCadence: Cadence { cadences[rules.defaultCadence]! }

    public static let nurtureCadence = "nurture"
}

/// Text with `{placeholder}`s, split once into literal pieces and placeholders so rendering
/// many of them (agenda, export) stays cheap.
public struct Template: Equatable, Sendable {
    enum Piece: Equatable, Sendable {
        case text(String)
        case placeholder(String)
    }

    public let text: String
    let pieces: [Piece]

    public init(_ text: String) {
        self.text = text
        var pieces: [Piece] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { pieces.append(.text(String(rest[..<open]))) }
            pieces.append(.placeholder(String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        self.pieces = pieces
    }

    /// The text with each placeholder replaced; unknown ones stay as written.
    public func render(_ values: [String: String]) -> String {
        var out = ""
        for piece in pieces {
            switch piece {
            case .text(let literal): out += literal
            case .placeholder(let name): out += values[name] ?? "{\(name)}"
            }
        }
        return out
    }

    /// Placeholder names used in the text.
    public var placeholderNames: [String] {
        pieces.compactMap { if case .placeholder(let name) = $0 { return name } else { return nil } }
    }
}

/// A suggested message with `{first}`, `{name}`, `{company}`, `{org}` (the company, or "you"), `{what}` (the promise on
/// record, as a thing) and `{said}` (their promise told back to them) placeholders.
public struct ScriptTemplate: Equatable, Sendable {
    public static let placeholders: Set<String> = ["first", "name", "company", "org", "what", "said"]

    public let key: String
    public let template: Template
    /// The subject line when the message goes by email.
    public let subject: Template?
    public var text: String { template.text }

    public init(key: String, text: String, subject: String? = nil) {
        self.key = key
        template = Template(text)
        self.subject = subject.map(Template.init)
    }

    /// The text with placeholders filled; a missing company or promise reads naturally, and
    /// a promise written as a task reads as a thing ("send the budget" → "the budget").
    public func render(first: String, name: String, company: String?, what: String?) -> String {
        template.render(values(first: first, name: name, company: company, what: what))
    }

    /// The subject line filled the same way; nil when the script has none.
    public func renderSubject(first: String, name: String, company: String?, what: String?) -> String? {
        subject?.render(values(first: first, name: name, company: company, what: what))
    }

    private func values(first: String, name: String, company: String?, what: String?) -> [String: String] {
        [
            // "what we could do for you" to a borrower or a homeowner, who has no company on file.
            "first": first, "name": name, "company": company ?? "your team", "org": company ?? "you",
            "what": what.map(Self.thing) ?? "where things stand",
            "said": what.map(Self.said) ?? "you'd get back to me",
        ]
    }

    /// Their promise told back to them: "check budget with her boss" → "you'd check budget
    /// with your boss"; "the decision" → "you'd decide"; "the pricing" → "you'd come back to me on
    /// the pricing".
    public static func said(_ what: String) -> String {
        if decisions.contains(what.lowercased()) { return "you'd decide" }
        guard startsWithVerb(what) else { return "you'd come back to me on \(what)" }
        let words = what.split(separator: " ").map(String.init)
        // Told to them: their "her" is "your", and the user ("you" in what they owe) is "me".
        let swapped = ["her": "your", "his": "your", "their": "your", "you": "me", "your": "my", "yours": "mine"]
        return "you'd " + words.map { swapped[$0.lowercased()] ?? $0 }.joined(separator: " ")
    }

    /// Whether a promise is said as something to do ("loop in her CTO", "send you the contract"),
    /// not a thing ("the budget").
    public static func startsWithVerb(_ what: String) -> Bool {
        guard let first = what.split(separator: " ").first?.lowercased() else { return false }
        return taskVerbs.contains(first) || promiseVerbs.contains(first)
    }

    /// A promise that is only a decision, said as the verb.
    static let decisions: Set<String> = ["the decision", "a decision", "decision", "their decision", "a final decision"]

    /// Verbs a promise of theirs starts with, beyond the delivery verbs.
    static let promiseVerbs: Set<String> = [
        "loop", "decide", "talk", "ask", "run", "put", "set", "introduce", "connect", "call", "think", "discuss", "look", "follow",
        "come", "let", "circle", "sort", "arrange", "book", "schedule", "find", "raise", "pass", "reply", "update", "speak", "meet",
        "sign", "approve", "make", "take", "give", "go", "intro", "refer", "ping", "bring", "text", "try", "pull", "dig",
    ]

    static let taskVerbs: Set<String> = [
        "send", "sending", "get", "getting", "check", "checking", "confirm", "confirming", "review", "reviewing", "share", "sharing",
        "forward", "forwarding", "prepare", "preparing", "provide", "email", "draft", "write", "finish", "deliver", "return", "sign",
        "upload", "fax", "scan", "fill", "submit", "pay", "wire", "mail", "gather", "collect", "complete",
    ]

    /// "send the budget" → "the budget", "checking budget with her boss" → "budget with her boss".
    static func thing(_ what: String) -> String {
        var words = what.split(separator: " ").map(String.init)
        guard words.count > 1, let first = words.first, taskVerbs.contains(first.lowercased()) else { return what }
        words.removeFirst()
        if ["over", "back", "out", "up"].contains(words.first?.lowercased() ?? ""), words.count > 1 { words.removeFirst() }
        if ["her", "him", "them", "me", "us"].contains(words.first?.lowercased() ?? ""), words.count > 1 { words.removeFirst() }
        // "calendar invite" → "the calendar invite": said as a thing handed over.
        let determiners: Set<String> = [
            "the", "a", "an", "my", "our", "your", "her", "his", "their", "some", "this", "that", "these", "those",
        ]
        if let head = words.first?.lowercased(), !determiners.contains(head), head.first?.isNumber == false { words.insert("the", at: 0) }
        return words.joined(separator: " ")
    }
}
