/// The user's real-call figures: conversations (connected or met) and how many ended with a
/// next time set, the unanswered tries before each reply, replies by channel. Worked out per
/// contact (their touches in order) and added up, so a store can keep each contact's figures
/// and a report adds them without reading a single touch.
public struct ActivityFigures: Equatable, Sendable, Codable {
    public var conversations = 0
    public var conversationsWithNextTime = 0
    /// Unanswered tries before each reply or conversation that followed at least one.
    public var attemptsBeforeReplies: [Int] = []
    /// Replies and conversations by channel.
    public var repliesByChannel: [String: Int] = [:]

    public init() {}

    /// One contact's figures from their touches, oldest first.
    public init(contactTouches touches: [Touch]) {
        var attempts = 0
        for touch in touches {
            if touch.outcome == .connected || touch.outcome == .meetingHeld {
                conversations += 1
                if touch.setNext == true { conversationsWithNextTime += 1 }
            }
            if touch.outcome.isRealContact {
                if attempts > 0 { attemptsBeforeReplies.append(attempts) }
                attempts = 0
                repliesByChannel[touch.channel.rawValue, default: 0] += 1
            } else if touch.outcome != .askedToStop {
                attempts += 1
            }
        }
    }

    /// Everyone's figures from touches in any order: each contact's in time order, added up
    /// in the order contacts first appear.
    public init(touches: [Touch]) {
        var order: [String] = []
        var byContact: [String: [Touch]] = [:]
        for touch in touches {
            if byContact[touch.contact] == nil { order.append(touch.contact) }
            byContact[touch.contact, default: []].append(touch)
        }
        for contact in order {
            add(ActivityFigures(contactTouches: byContact[contact]!.sorted { $0.at < $1.at }))
        }
    }

    public mutating func add(_ other: ActivityFigures) {
        conversations += other.conversations
        conversationsWithNextTime += other.conversationsWithNextTime
        attemptsBeforeReplies += other.attemptsBeforeReplies
        for (channel, count) in other.repliesByChannel { repliesByChannel[channel, default: 0] += count }
    }
}
