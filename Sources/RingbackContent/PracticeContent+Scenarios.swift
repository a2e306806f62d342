import RingbackCore
import Yams

/// Reading one scenario of `content/practice.yaml`: its turns and the branches between them,
/// checked (every branch leads to a turn that exists or to the end; every turn can be reached).
extension PracticeContent {
    static func parseScenario(_ node: Node, _ reader: YAMLReader, criteria: [Criterion: CriterionText]) throws -> Scenario {
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
        let turnNodes = try reader.sequence(try reader.required(fields, "turns", in: what, at: node), what: "'turns'")
        guard !turnNodes.isEmpty else { throw reader.fail(node, "\(what) needs at least one turn") }
        // Turn ids first, so a branch may lead to a later turn.
        var ids: [String] = []
        for (index, turnNode) in turnNodes.enumerated() {
            let turn = try reader.mapping(turnNode, what: "a turn of \(what)")
            let turnID = try turn["id"].map { try reader.string($0, what: "'id'") } ?? String(index + 1)
            if ids.contains(turnID) || turnID == "end" { throw reader.fail(turnNode, "\(what) has two turns called '\(turnID)'") }
            ids.append(turnID)
        }
        var turns: [Turn] = []
        var branchNodes: [(Node, Int?)] = []
        for (index, turnNode) in turnNodes.enumerated() {
            let turn = try reader.mapping(turnNode, what: "a turn of \(what)")
            let context = "turn '\(ids[index])' of \(what)"
            _ = try reader.entries(
                turn, allowed: ["id", "says", "busy", "rubric", "key", "yes", "no", "cold", "better", "add"], what: context)
            let rubricNode = try reader.required(turn, "rubric", in: context, at: turnNode)
            let rubric = try reader.sequence(rubricNode, what: "'rubric'").map { item -> Criterion in
                let name = try reader.string(item, what: "a rubric item")
                guard let criterion = Criterion(rawValue: name), criteria[criterion] != nil else {
                    throw reader.fail(item, "rubric item '\(name)' is not in criteria")
                }
                return criterion
            }
            let keyNode = try reader.required(turn, "key", in: context, at: turnNode)
            guard let key = Criterion(rawValue: try reader.string(keyNode, what: "'key'")), rubric.contains(key) else {
                throw reader.fail(keyNode, "'key' must be one of this turn's rubric items")
            }
            func branch(_ name: String, defaultNext: Int?) throws -> Branch? {
                guard let branchNode = turn[name] else { return nil }
                let parsed = try parseBranch(branchNode, reader, ids: ids, defaultNext: defaultNext, what: "'\(name)' of \(context)")
                branchNodes.append((branchNode, parsed.next))
                return parsed
            }
            let following = index + 1 < turnNodes.count ? index + 1 : nil
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
                    id: ids[index], says: try text("says", in: turn, at: turnNode, context),
                    busySays: try turn["busy"].map { try reader.string($0, what: "'busy'") }, rubric: rubric, key: key,
                    yes: try branch("yes", defaultNext: following) ?? Branch(say: nil, next: following),
                    no: try branch("no", defaultNext: nil) ?? Branch(say: nil, next: nil),
                    cold: try branch("cold", defaultNext: nil), better: try text("better", in: turn, at: turnNode, context),
                    additions: additions))
        }
        try checkReachable(turns, nodes: turnNodes, reader, what: what)
        return Scenario(
            id: id, title: try text("title", in: fields, at: node, what), context: context,
            scene: try text("scene", in: fields, at: node, what), turns: turns)
    }

    /// A branch is their line alone (the default way on), or `{say: ..., go: TURN-ID or end}`.
    private static func parseBranch(_ node: Node, _ reader: YAMLReader, ids: [String], defaultNext: Int?, what: String) throws -> Branch {
        guard let fields = node.mapping else { return Branch(say: try reader.string(node, what: what), next: defaultNext) }
        _ = try reader.entries(fields, allowed: ["say", "go"], what: what)
        let say = try fields["say"].map { try reader.string($0, what: "'say'") }
        guard let goNode = fields["go"] else { return Branch(say: say, next: defaultNext) }
        let target = try reader.string(goNode, what: "'go'")
        if target == "end" { return Branch(say: say, next: nil) }
        guard let next = ids.firstIndex(of: target) else {
            throw reader.fail(goNode, "'go: \(target)' names no turn (turns: \(ids.joined(separator: ", ")), or end)")
        }
        return Branch(say: say, next: next)
    }

    /// Every turn must be reachable from the first.
    private static func checkReachable(_ turns: [Turn], nodes: Node.Sequence, _ reader: YAMLReader, what: String) throws {
        var reached: Set<Int> = [0]
        var queue = [0]
        while let index = queue.popLast() {
            let turn = turns[index]
            for next in [turn.yes.next, turn.no.next, turn.cold?.next].compactMap({ $0 }) where reached.insert(next).inserted {
                queue.append(next)
            }
        }
        if let lost = turns.indices.first(where: { !reached.contains($0) }) {
            throw reader.fail(Array(nodes)[lost], "turn '\(turns[lost].id)' of \(what) cannot be reached from the first turn")
        }
    }
}
