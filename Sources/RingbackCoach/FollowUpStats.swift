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

    public init(touches: [Touch], practice records: [PracticeRecord]) {
        let conversationsList = touches.filter { $0.outcome == .connected || $0.outcome == .meetingHeld }
        conversations = conversationsList.count
        conversationsWithNextTime = conversationsList.filter { $0.setNext == true }.count
        var attempts: [String: Int] = [:]
        var before: [Int] = []
        var byChannel: [String: Int] = [:]
        for touch in touches {
            if touch.outcome.isRealContact {
                if let count = attempts[touch.contact], count > 0 { before.append(count) }
                attempts[touch.contact] = 0
                byChannel[touch.channel.rawValue, default: 0] += 1
            } else if touch.outcome != .askedToStop {
                attempts[touch.contact, default: 0] += 1
            }
        }
        attemptsBeforeReplies = before
        repliesByChannel = byChannel
        var history: [String: [Bool]] = [:]
        for record in records.sorted(by: { $0.at < $1.at }) {
            for (criterion, met) in record.met.sorted(by: { $0.key < $1.key }) { history[criterion, default: []].append(met) }
        }
        practice = history
    }

    /// "▁█" bars, oldest first, for the last `width` results.
    public static func chart(_ results: [Bool], width: Int = 20) -> String {
        String(results.suffix(width).map { $0 ? "█" : "▁" })
    }
}
