import RingbackCore
import Yams

/// What a practice reply is scored on. How each is checked lives in RingbackCoach.
public enum Criterion: String, CaseIterable, Sendable, Codable {
    case specificDay = "specific-day"
    case twoOptions = "two-options"
    case whatAndWhen = "what-and-when"
    case easyNo = "easy-no"
    case gracious
    case channel
    case short
    case respectNo = "respect-no"
}

/// Role-play practice from content/practice.yaml: scenarios, their rubrics and reactions.
public struct PracticeContent: Equatable, Sendable {
    public struct CriterionText: Equatable, Sendable {
        public var name: String
        public var tip: String
    }

    /// One exchange: their line, what the reply is scored on, and where each kind of reply
    /// leads.
    public struct Turn: Equatable, Sendable {
        /// A name other turns' branches use ("counter"); the turn's number when not given.
        public var id: String
        public var says: String
        /// What the busy, curt persona says instead, when the scene has that level.
        public var busySays: String?
        public var rubric: [Criterion]
        /// The criterion that decides their reaction.
        public var key: Criterion
        /// Where a reply that meets the key leads (by default, the next turn).
        public var yes: Branch
        /// Where a reply that misses the key leads (by default, the end).
        public var no: Branch
        /// Where blame, pressure or sarcasm leads, whatever else the reply did; nil: as `yes`
        /// or `no`.
        public var cold: Branch?
        public var better: String
        /// What to add to a trainee's reply for each criterion it missed, in the order to try
        /// them ("two-options" before "specific-day": two times name a day too).
        public var additions: [Addition] = []
    }

    /// Their reaction to a reply: a line, and the turn it leads to (nil: the scene ends).
    public struct Branch: Equatable, Sendable {
        public var say: String?
        public var next: Int?
    }

    /// A few words that make a reply meet one criterion.
    public struct Addition: Equatable, Sendable {
        public var criterion: Criterion
        public var words: String
    }

    public struct Scenario: Equatable, Sendable {
        public var id: String
        public var title: String
        public var context: ContactContext
        public var scene: String
        public var turns: [Turn]
        /// True when the turns have lines for a busy, curt persona (`practice --busy`).
        public var hasBusyLevel: Bool { turns.contains { $0.busySays != nil } }
    }

    /// Every sentence a role-play says around the scenes, by key (`lines:` in the file).
    public enum Line: String, CaseIterable, Hashable, Sendable {
        case theySay = "they-say"
        case yourTurn = "your-turn"
        case replyScore = "reply-score"
        case criterionMet = "criterion-met"
        case criterionMissed = "criterion-missed"
        case strongerLine = "stronger-line"
        case nothingToAdd = "nothing-to-add"
        case keyMissed = "key-missed"
        case coldFails = "cold-fails"
        case coachsEar = "coachs-ear"
        case doubtFails = "doubt-fails"
        case scenarioPassed = "scenario-passed"
        case scenarioNotYet = "scenario-not-yet"
        case nothingToFix = "nothing-to-fix"
        case workOnNext = "work-on-next"
        case workOnItem = "work-on-item"
    }

    public static let placeholders: Set<String> = ["line", "points", "outOf", "name", "reason", "tip", "passMark"]

    /// Percent of rubric points that passes.
    public var passMark: Int
    public var lines: Phrasebook<Line>
    public var criteria: [Criterion: CriterionText]
    public var scenarios: [Scenario]

    /// A scenario by number (1-based) or by id, forgivingly.
    public func scenario(_ choice: String) -> Scenario? {
        let wanted = choice.trimmingCharacters(in: .whitespaces).lowercased()
        if let number = Int(wanted), scenarios.indices.contains(number - 1) { return scenarios[number - 1] }
        if let exact = scenarios.first(where: { $0.id == wanted }) { return exact }
        let matches = scenarios.filter { $0.id.hasPrefix(wanted) || $0.title.lowercased().contains(wanted) }
        return matches.count == 1 ? matches[0] : nil
    }

    static func parse(_ text: String, _ reader: YAMLReader) throws -> PracticeContent {
        let root = try reader.root(of: text)
        _ = try reader.entries(root, allowed: ["pass-mark", "lines", "criteria", "scenarios"], what: "practice")
        let anchor = Node("practice")
        let markNode = try reader.required(root, "pass-mark", in: "practice", at: anchor)
        guard let passMark = Int(try reader.string(markNode, what: "'pass-mark'")), (1...100).contains(passMark) else {
            throw reader.fail(markNode, "'pass-mark' should be a percentage from 1 to 100")
        }
        let lines = try Phrasebook<Line>.parse(
            try reader.required(root, "lines", in: "practice", at: anchor), reader, what: "lines", placeholders: placeholders)
        var criteria: [Criterion: CriterionText] = [:]
        let criteriaNode = try reader.required(root, "criteria", in: "practice", at: anchor)
        for (key, node) in try reader.entries(try reader.mapping(criteriaNode, what: "'criteria'"), what: "criteria") {
            guard let criterion = Criterion(rawValue: key) else {
                throw reader.fail(
                    node, "unknown criterion '\(key)' (Ringback can check: \(Criterion.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let fields = try reader.mapping(node, what: "criterion '\(key)'")
            _ = try reader.entries(fields, allowed: ["name", "tip"], what: "criterion '\(key)'")
            criteria[criterion] = CriterionText(
                name: try reader.string(try reader.required(fields, "name", in: "criterion '\(key)'", at: node), what: "'name'"),
                tip: try reader.string(try reader.required(fields, "tip", in: "criterion '\(key)'", at: node), what: "'tip'"))
        }
        let scenariosNode = try reader.required(root, "scenarios", in: "practice", at: anchor)
        var scenarios: [Scenario] = []
        for node in try reader.sequence(scenariosNode, what: "'scenarios'") {
            let scenario = try parseScenario(node, reader, criteria: criteria)
            if scenarios.contains(where: { $0.id == scenario.id }) { throw reader.fail(node, "two scenarios are called '\(scenario.id)'") }
            scenarios.append(scenario)
        }
        guard !scenarios.isEmpty else { throw reader.fail(scenariosNode, "at least one scenario is needed") }
        return PracticeContent(passMark: passMark, lines: lines, criteria: criteria, scenarios: scenarios)
    }
}
