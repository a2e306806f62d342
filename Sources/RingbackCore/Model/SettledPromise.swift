import Foundation

/// How a promise left the open list: nothing is dropped without one of these.
public enum Settlement: String, Codable, CaseIterable, Sendable {
    /// Marked done (`ringback done`), or they delivered.
    case done
    /// Called off by the user.
    case cancelled
    /// The agreed next contact happened (a conversation, or a touch on or after its day).
    case kept
    /// A newer agreed time took its place.
    case replaced
    /// They asked not to be contacted.
    case stopped
    /// The contact was closed as won or lost.
    case closed
    /// The contact was released to nurture.
    case released
}

/// A promise that is no longer open, with how and when it was settled.
public struct SettledPromise: Codable, Equatable, Sendable {
    public var commitment: Commitment
    public var how: Settlement
    public var at: Date
    /// The touch that settled it, when one did.
    public var touch: String?

    public init(commitment: Commitment, how: Settlement, at: Date, touch: String? = nil) {
        self.commitment = commitment
        self.how = how
        self.at = at
        self.touch = touch
    }
}
