import Foundation

/// Who owes the next move.
public enum Party: String, Codable, Sendable {
    case me, them
}

/// A promise made during a touch: "I call Tuesday 10:00", "she sends the budget by Friday".
public struct Commitment: Codable, Equatable, Sendable {
    public var owner: Party
    public var what: String
    public var due: Date
    /// False when only a day was agreed; `due` is then the start of that local day.
    public var timed: Bool
    public var channel: Channel?
    public var made: Date

    public init(owner: Party, what: String, due: Date, timed: Bool, channel: Channel? = nil, made: Date) {
        self.owner = owner
        self.what = what
        self.due = due
        self.timed = timed
        self.channel = channel
        self.made = made
    }
}
