import Foundation
import RingbackContent
import RingbackCore

/// The user's own figures from real calls, and practice progress per criterion. Pure.
public struct FollowUpStats: Equatable, Sendable, Encodable {
    /// Conversations (connected or met) and how many ended with a next time set.
    public var conversations: Int
    public var conversationsWithNextTime: Int
    /// Unanswered attempts before each reply or conversation that followed at least one.
    public var attemptsBeforeReplies: [Int]
    /// Replies and conversations by channel.
    public var repliesByChannel: [String: Int]
    /// Per criterion, practice results oldest first.
    public var practice: [String: [Bool]]
    /// Per criterion, the percent met in each of the last `weeks` weeks (7 days each, the
    /// last ending now), oldest first; nil for a week without practice of it.
    public var practiceByWeek: [String: [Int?]]
    public static let weeks = 8

    public init(touches: [Touch], practice records: [PracticeRecord], now: Date) {
        self.init(figures: ActivityFigures(touches: touches), practice: records, now: now)
    }

    /// From figures already added up (the store keeps them per contact).
    public init(figures: ActivityFigures, practice records: [PracticeRecord], now: Date) {
        conversations = figures.conversations
        conversationsWithNextTime = figures.conversationsWithNextTime
        attemptsBeforeReplies = figures.attemptsBeforeReplies
        repliesByChannel = figures.repliesByChannel
        var history: [String: [Bool]] = [:]
        for record in records.sorted(by: { $0.at < $1.at }) {
            for (criterion, met) in record.met.sorted(by: { $0.key < $1.key }) { history[criterion, default: []].append(met) }
        }
        practice = history
        var byWeek: [String: [(met: Int, tries: Int)]] = [:]
        for record in records {
            let age = Int(now.timeIntervalSince(record.at) / (7 * 86_400))
            guard age >= 0, age < Self.weeks else { continue }
            for (criterion, met) in record.met {
                var weeks = byWeek[criterion] ?? Array(repeating: (0, 0), count: Self.weeks)
                weeks[Self.weeks - 1 - age].tries += 1
                if met { weeks[Self.weeks - 1 - age].met += 1 }
                byWeek[criterion] = weeks
            }
        }
        practiceByWeek = byWeek.mapValues { weeks in
            weeks.map { $0.tries == 0 ? nil : Int((Double($0.met) * 100 / Double($0.tries)).rounded()) }
        }
    }

    /// One character a week, oldest first: "·" no practice, "▁" to "█" the share met.
    public static func weekly(_ shares: [Int?]) -> String {
        let levels = Array("▁▂▃▄▅▆▇█")
        return String(shares.map { share in share.map { levels[min(levels.count - 1, $0 * levels.count / 101)] } ?? "·" })
    }

    /// "▁█" bars, oldest first, for the last `width` results.
    public static func chart(_ results: [Bool], width: Int = 20) -> String {
        String(results.suffix(width).map { $0 ? "█" : "▁" })
    }
}
