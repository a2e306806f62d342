import Foundation

/// One finished practice scenario: its score and, per criterion, whether every reply met it.
public struct PracticeRecord: Codable, Equatable, Sendable {
    public var scenario: String
    public var at: Date
    public var points: Int
    public var outOf: Int
    public var passed: Bool
    /// Criterion id to whether every reply met it.
    public var met: [String: Bool]
    /// On a team, the rep who practised.
    public var by: String?

    public init(scenario: String, at: Date, points: Int, outOf: Int, passed: Bool, met: [String: Bool]) {
        self.scenario = scenario
        self.at = at
        self.points = points
        self.outOf = outOf
        self.passed = passed
        self.met = met
    }
}
