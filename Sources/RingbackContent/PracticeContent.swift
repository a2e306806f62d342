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

    /// One exchange: their line, what the reply is scored on, and how they react.
    public struct Turn: Equatable, Sendable {
        public var says: String
        public var rubric: [Criterion]
        /// The criterion that decides their reaction.
        public var key: Criterion
        public var yes: String
        public var no: String
        /// A missed key ends the scene.
        public var ends: Bool
        public var better: String
        /// What to add to a trainee's reply for each criterion it missed, in the order to try
        /// them ("two-options" before "specific-day": two times name a day too).
        public var additions: [Addition] = []
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

    private static func parseScenario(_ node: Node, _ reader: YAMLReader, criteria: [Criterion: CriterionText]) throws -> Scenario {
        let fields = try reader.mapping(node, what: "a scenario")
        _ = try reader.entries(fields, allowed: ["id", "title", "context", "scene", "turns"], what: "a scenario")
        func text(_ key: String, in fields: Node.Mapping, at node: Node, _ what: String) throws -> String {
            try reader.string(try reader.required(fields, key, in: what, at: node), what: "'\(key)'")
        }
        let id = try text("id", in: fields, at: node, "a scenario")
        let what = "scenario '\(id)'"
        let contextNode = try reader.required(fields, "context", in: what, at: node)
        guard let context = ContactContext(rawValue: try reader.string(contextNode, what: "'context'")) else {
            throw reader.fail(contextNode, "'context' should be sales, job-search or networking")
        }
        var turns: [Turn] = []
        for turnNode in try reader.sequence(try reader.required(fields, "turns", in: what, at: node), what: "'turns'") {
            let turn = try reader.mapping(turnNode, what: "a turn of \(what)")
            _ = try reader.entries(
                turn, allowed: ["says", "rubric", "key", "yes", "no", "ends", "better", "add"], what: "a turn of \(what)")
            let rubricNode = try reader.required(turn, "rubric", in: "a turn of \(what)", at: turnNode)
            let rubric = try reader.sequence(rubricNode, what: "'rubric'").map { item -> Criterion in
                let name = try reader.string(item, what: "a rubric item")
                guard let criterion = Criterion(rawValue: name), criteria[criterion] != nil else {
                    throw reader.fail(item, "rubric item '\(name)' is not in criteria")
                }
                return criterion
            }
            let keyNode = try reader.required(turn, "key", in: "a turn of \(what)", at: turnNode)
            guard let key = Criterion(rawValue: try reader.string(keyNode, what: "'key'")), rubric.contains(key) else {
                throw reader.fail(keyNode, "'key' must be one of this turn's rubric items")
            }
            let ends = turn["ends"].flatMap { Bool.construct(from: $0.scalar ?? Node.Scalar("")) } ?? false
            var additions: [Addition] = []
            if let addNode = turn["add"] {
                for (name, item) in try reader.entries(try reader.mapping(addNode, what: "'add'"), what: "'add'") {
                    guard let criterion = Criterion(rawValue: name), rubric.contains(criterion) else {
                        throw reader.fail(item, "'add' item '\(name)' is not in this turn's rubric")
                    }
                    additions.append(Addition(criterion: criterion, words: try reader.string(item, what: "'\(name)'")))
                }
            }
            turns.append(
                Turn(
                    says: try text("says", in: turn, at: turnNode, "a turn of \(what)"), rubric: rubric, key: key,
                    yes: try text("yes", in: turn, at: turnNode, "a turn of \(what)"),
                    no: try text("no", in: turn, at: turnNode, "a turn of \(what)"),
                    ends: ends, better: try text("better", in: turn, at: turnNode, "a turn of \(what)"), additions: additions))
        }
        guard !turns.isEmpty else { throw reader.fail(node, "\(what) needs at least one turn") }
        return Scenario(
            id: id, title: try text("title", in: fields, at: node, what), context: context,
            scene: try text("scene", in: fields, at: node, what), turns: turns)
    }
}
