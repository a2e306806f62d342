import Foundation

/// A tidbit held back and then offered with a step: used up by the touch it was offered
/// for, so the next step offers the next one.
public struct SharedTidbit: Codable, Equatable, Sendable {
    public var what: String
    /// The touch it was shared on (deleting that touch puts it back).
    public var touch: String
    public var at: Date

    public init(what: String, touch: String, at: Date) {
        self.what = what
        self.touch = touch
        self.at = at
    }
}
