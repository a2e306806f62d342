import Foundation

/// How much a to-do matters; only `high` is kept (no priority is normal).
public enum Priority: String, Codable, CaseIterable, Sendable {
    case high, normal
}

/// Who owes the next move.
public enum Party: String, Codable, Sendable {
    case me, them
}

/// A promise made during a touch: "I call Tuesday 10:00" (an agreed next contact), "she sends
/// the budget by Friday" (theirs), "I send the revised quote tomorrow" (the user's to-do).
public struct Commitment: Codable, Equatable, Sendable {
    public var owner: Party
    public var what: String
    /// The day it is due; for a promise with no day yet, when it was made.
    public var due: Date
    /// False when only a day was agreed; `due` is then the start of that local day.
    public var timed: Bool
    /// True for a promise made without a day: open until settled, with no deadline to chase.
    public var undated: Bool?
    public var channel: Channel?
    public var made: Date
    /// True for something the user owes (a to-do kept until done), not a time to talk.
    public var todo: Bool?
    /// `high` for a to-do that goes first among those of its day; nil is normal.
    public var priority: Priority?
    /// The calendar meeting it was agreed from (`sync calendar`): moved or taken back with it.
    public var event: String?

    public init(
        owner: Party, what: String, due: Date, timed: Bool, channel: Channel? = nil, made: Date, todo: Bool = false, undated: Bool = false
    ) {
        self.owner = owner
        self.what = what
        self.due = due
        self.timed = timed
        self.channel = channel
        self.made = made
        self.todo = todo ? true : nil
        self.undated = undated ? true : nil
    }

    /// Whether it was marked high priority.
    public var isHigh: Bool { priority == .high }

    /// Whether a day was set for it (a promise with none is kept open, "no day yet").
    public var hasDay: Bool { undated != true }

    /// The user's own to-do: something to deliver, kept until `done`.
    public var isTodo: Bool { owner == .me && todo == true }

    /// A next contact agreed with them (the user calls at that time), not a to-do.
    public var isAgreedContact: Bool { owner == .me && todo != true }

    /// The user's thank-you note ("send a thank-you note"): the same act as the thank-you
    /// step after an interview, so one item, done by the message that sends it.
    public var isThankYou: Bool { isTodo && what.lowercased().contains("thank") }
}
