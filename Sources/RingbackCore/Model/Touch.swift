import Foundation

/// One outreach or contact with a person: a call, an email, a meeting, and what came of it.
public struct Touch: Codable, Equatable, Sendable {
    public var id: String
    public var contact: String
    public var at: Date
    public var channel: Channel
    public var outcome: Outcome
    public var note: String?
    /// True when a next time was agreed during this touch (for the user's own figures).
    public var setNext: Bool?
    /// On a team, the rep who logged it.
    public var by: String?

    /// The start of the id of a touch `sync mail` recorded from a message.
    public static let mailPrefix = "mail-"

    /// Recorded by `sync mail` from the user's mail, not typed.
    public var isFromMail: Bool { id.hasPrefix(Self.mailPrefix) }

    /// The start of the id of a touch `sync calendar` recorded from a meeting.
    public static let calendarPrefix = "cal-"

    /// Recorded by `sync calendar` from a meeting in the user's calendar, not typed.
    public var isFromCalendar: Bool { id.hasPrefix(Self.calendarPrefix) }

    public init(id: String, contact: String, at: Date, channel: Channel, outcome: Outcome, note: String? = nil) {
        self.id = id
        self.contact = contact
        self.at = at
        self.channel = channel
        self.outcome = outcome
        self.note = note
    }
}
