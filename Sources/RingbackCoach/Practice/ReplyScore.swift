import RingbackContent

/// How one reply does against one turn's rubric: each criterion's verdict, the score, and
/// whether it passes (the pass mark reached and the turn's key criterion met). Graciousness
/// is always checked: blame, pressure or sarcasm counts against a reply even in a scene whose
/// rubric does not list it.
public struct ReplyScore: Equatable, Sendable, Encodable {
    public var results: [CriterionResult]
    public var key: Criterion
    public var points: Int { results.filter(\.met).count }
    public var outOf: Int { results.count }
    public var keyMet: Bool { results.first { $0.criterion == key }?.met ?? false }
    public let passed: Bool

    public init(_ reply: String, turn: PracticeContent.Turn, checker: ReplyChecker, passMark: Int) {
        var results = turn.rubric.map { checker.check(reply, $0) }
        if !turn.rubric.contains(.gracious), let ungracious = checker.ungracious(.init(reply)) {
            results.append(CriterionResult(criterion: .gracious, met: false, reason: ungracious))
        }
        self.results = results
        key = turn.key
        let points = results.filter(\.met).count
        passed = points * 100 >= passMark * results.count && (results.first { $0.criterion == turn.key }?.met ?? false)
    }

    private enum CodingKeys: String, CodingKey { case results, key, points, outOf, passed }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(results, forKey: .results)
        try container.encode(key, forKey: .key)
        try container.encode(points, forKey: .points)
        try container.encode(outOf, forKey: .outOf)
        try container.encode(passed, forKey: .passed)
    }
}
