import Foundation
import RingbackContent
import RingbackCore

/// What saved practice results say about a trainee: the weakest skill so far and the scene
/// that trains it. Pure.
public struct PracticeProgress: Equatable, Sendable {
    /// The skill met least often (the share met; fewer tries first on a tie); nil before any practice.
    public let weakest: Criterion?
    /// How often it was met, of how many tries.
    public let met: Int
    public let tries: Int

    public init(_ records: [PracticeRecord]) {
        var counts: [Criterion: (met: Int, tries: Int)] = [:]
        for record in records {
            for (key, ok) in record.met {
                guard let criterion = Criterion(rawValue: key) else { continue }
                counts[criterion, default: (0, 0)].tries += 1
                if ok { counts[criterion, default: (0, 0)].met += 1 }
            }
        }
        let ranked = Criterion.allCases.compactMap { criterion in counts[criterion].map { (criterion, $0) } }
            .filter { $0.1.met < $0.1.tries }
            .min { a, b in
                let (left, right) = (Double(a.1.met) / Double(a.1.tries), Double(b.1.met) / Double(b.1.tries))
                return left != right ? left < right : a.1.tries < b.1.tries
            }
        weakest = ranked?.0
        met = ranked?.1.met ?? 0
        tries = ranked?.1.tries ?? 0
    }

    /// The scene that trains the weakest skill: the first whose opening turns on it, else the
    /// first that scores it at all.
    public func suggestion(in practice: PracticeContent) -> PracticeContent.Scenario? {
        guard let weakest else { return nil }
        return practice.scenarios.first { $0.turns[0].key == weakest }
            ?? practice.scenarios.first { $0.turns.contains { $0.rubric.contains(weakest) } }
    }
}
