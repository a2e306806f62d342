import Foundation

/// The user pushed a contact back ("push Dana to next week"): kept in their history, not
/// counted as a touch.
public struct Snooze: Codable, Equatable, Sendable {
    public var at: Date
    public var until: Date
    public var reason: String?

    public init(at: Date, until: Date, reason: String?) {
        self.at = at
        self.until = until
        self.reason = reason
    }
}

extension Contact {
    /// No follow-up before `until` (a time agreed with them stays as it is).
    public mutating func snooze(until: Date, reason: String?, at date: Date) {
        notBefore = until
        snoozes = (snoozes ?? []) + [Snooze(at: date, until: until, reason: reason)]
    }

    /// Gives the contact a new name; the id, and so the history, stays.
    public mutating func rename(to newName: String) {
        name = newName
    }
}
