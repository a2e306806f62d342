extension PracticeContent {
    /// A drill on one skill: up to `count` moments from different scenes whose rubric has it
    /// (those that turn on it first), each scored on that skill alone, one after the other.
    public func drill(_ criterion: Criterion, count: Int = 5) -> Scenario? {
        let moments = scenarios.flatMap { scenario in scenario.turns.filter { $0.rubric.contains(criterion) }.map { (scenario, $0) } }
        let picked = (moments.filter { $0.1.key == criterion } + moments.filter { $0.1.key != criterion }).prefix(count)
        guard !picked.isEmpty else { return nil }
        var turns: [Turn] = []
        for (index, (scenario, turn)) in picked.enumerated() {
            let next = index + 1 < picked.count ? index + 1 : nil
            var moment = turn
            moment.id = "\(scenario.id)/\(turn.id)"
            moment.says = "(\(scenario.scene)) \(turn.says)"
            moment.busySays = nil
            moment.rubric = [criterion]
            moment.key = criterion
            moment.yes = Branch(say: nil, next: next)
            moment.no = Branch(say: nil, next: next)
            moment.cold = nil
            moment.additions = turn.additions.filter { $0.criterion == criterion }
            turns.append(moment)
        }
        let name = criteria[criterion]?.name ?? criterion.rawValue
        return Scenario(
            id: "drill-\(criterion.rawValue)", title: "Drill: \(name)", context: picked.first!.0.context,
            scene: "\(turns.count) moments from different scenes; only \"\(name)\" is scored.", turns: turns)
    }

    /// A criterion as people type it: "two-options", "two options", "Easy no".
    public static func criterion(loose text: String) -> Criterion? {
        let wanted = text.lowercased().split(whereSeparator: { !$0.isLetter }).joined(separator: "-")
        return Criterion(rawValue: wanted) ?? Criterion.allCases.first { $0.rawValue.hasPrefix(wanted) && !wanted.isEmpty }
    }
}
