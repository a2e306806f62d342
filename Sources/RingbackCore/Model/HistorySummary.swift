import Foundation

/// What the scheduler needs to know about a contact's touches, folded one touch at a time,
/// so that the full history (the store's journal) need not be read to plan the next step.
public struct HistorySummary: Codable, Equatable, Sendable {
    public var touches: Int
    public var lastTouch: Date?
    public var lastOutcome: Outcome?
    public var lastChannel: Channel?
    public var lastRealContact: Date?
    /// Distinct local days with a touch since the anchor (the last real contact, or the
    /// first touch if there never was one), the anchor's own day not counted.
    public var attemptDays: Int

    public init() {
        touches = 0
        attemptDays = 0
    }

    /// A history known only by its last touch and how many there were (a CRM's last activity
    /// date on import): the cadence goes on from that day.
    public mutating func adoptImported(last: Date, touches count: Int?) {
        lastTouch = last
        touches = max(count ?? 1, 1)
    }

    /// Folds one more touch in. Touches on the same local day count as one attempt, so a
    /// voicemail and the email paired with it are one step of the cadence.
    public mutating func record(_ touch: Touch, calendar: BusinessCalendar) {
        if touch.outcome.isRealContact {
            lastRealContact = touch.at
            attemptDays = 0
        } else if let last = lastTouch, calendar.dayNumber(last) != calendar.dayNumber(touch.at) {
            attemptDays += 1
        }
        touches += 1
        lastTouch = touch.at
        lastOutcome = touch.outcome
        lastChannel = touch.channel
    }
}
