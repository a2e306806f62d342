import RingbackContent

/// How one reply does against one turn's rubric: each criterion's verdict, the score, and
/// whether it passes (the pass mark reached, the turn's key criterion met, no blame,
/// pressure or sarcasm, and nothing the coach's ear doubts). Graciousness is always checked: blame, pressure or sarcasm counts
/// against a reply even in a scene whose rubric does not list it, and fails it.
public struct ReplyScore: Equatable, Sendable, Encodable {
    public var results: [CriterionResult]
    public var key: Criterion
    public var points: Int { results.filter(\.met).count }
    public var outOf: Int { results.count }
    public var keyMet: Bool { results.first { $0.criterion == key }?.met ?? false }
    /// Why the reply reads as blame, pressure or sarcasm (naming its words); nil when it does not.
    public let cold: String?
    /// Why it still reads like the replies coaches turned down (`ReplyChecker.doubt`).
    public let doubt: String?
    public let passed: Bool

    public init(_ reply: String, turn: PracticeContent.Turn, checker: ReplyChecker, passMark: Int) {
        var results = turn.rubric.map { checker.check(reply, $0, heard: turn.says) }
        cold = checker.ungracious(.init(reply))
        doubt = checker.doubt(reply)
        if !turn.rubric.contains(.gracious), let cold {
            results.append(CriterionResult(criterion: .gracious, met: false, reason: cold))
        }
        self.results = results
        key = turn.key
        let points = results.filter(\.met).count
        passed =
            cold == nil && doubt == nil && points * 100 >= passMark * results.count
            && (results.first { $0.criterion == turn.key }?.met ?? false)
    }

    private enum CodingKeys: String, CodingKey { case results, key, points, outOf, passed, cold, doubt }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(results, forKey: .results)
        try container.encode(key, forKey: .key)
        try container.encode(points, forKey: .points)
        try container.encode(outOf, forKey: .outOf)
        try container.encode(passed, forKey: .passed)
        try container.encodeIfPresent(cold, forKey: .cold)
        try container.encodeIfPresent(doubt, forKey: .doubt)
    }
}
