import Foundation

/// A meeting with a contact, as the user's calendar holds it (`sync calendar`): one that has
/// taken place is a `meeting-held` touch; one still ahead is an agreed time, unless an earlier
/// one is already agreed; a cancelled one takes its agreement (or its touch) back.
public struct CalendarMeeting: Equatable, Sendable {
    /// "cal-" and a hash of the event's UID and instance: the same on every sync.
    public var id: String
    public var start: Date
    public var timed: Bool
    public var summary: String
    public var video: Bool
    public var cancelled: Bool

    public init(id: String, start: Date, timed: Bool, summary: String, video: Bool, cancelled: Bool) {
        (self.id, self.start, self.timed, self.summary, self.video, self.cancelled) = (id, start, timed, summary, video, cancelled)
    }

    /// What one meeting did to one contact's record.
    public enum Effect: String, Codable, Sendable {
        /// Recorded as a meeting held.
        case held
        /// A new agreed time.
        case agreed
        /// The agreed time it made moved with the event.
        case moved
        /// Cancelled: its agreement settled as cancelled, or its touch removed.
        case takenBack = "taken-back"
        /// Ahead, but an earlier time is already agreed: left alone.
        case earlierKept = "earlier-kept"
    }

    var channel: Channel { video ? .video : .meeting }

    func touchID(contact: String) -> String { id + "-" + contact }
}

extension Contact {
    /// Applies the calendar's meetings with this contact (oldest first) to it and its
    /// touches; returns each meeting's effect (meetings already recorded as they are give
    /// none). Pure: `now` splits the held from the agreed.
    public mutating func take(
        _ meetings: [CalendarMeeting], touches: inout [Touch], now: Date, calendar: BusinessCalendar
    ) -> [(CalendarMeeting, CalendarMeeting.Effect)] {
        var effects: [(CalendarMeeting, CalendarMeeting.Effect)] = []
        var changedTouches = false
        for meeting in meetings.sorted(by: { $0.start < $1.start }) {
            let touchID = meeting.touchID(contact: id)
            let open = commitments.first { $0.event == meeting.id }
            if meeting.cancelled {
                if let open {
                    settle(open, .cancelled, at: now)
                    effects.append((meeting, .takenBack))
                }
                if let index = touches.firstIndex(where: { $0.id == touchID }) {
                    touches.remove(at: index)
                    changedTouches = true
                    if open == nil { effects.append((meeting, .takenBack)) }
                }
                continue
            }
            if meeting.start <= now {
                guard !touches.contains(where: { $0.id == touchID }) else { continue }
                touches.append(
                    Touch(
                        id: touchID, contact: id, at: meeting.start, channel: meeting.channel, outcome: .meetingHeld,
                        note: meeting.summary.nonEmptyText))
                changedTouches = true
                if let open { settle(open, .kept, at: meeting.start, touch: touchID) }
                effects.append((meeting, .held))
                continue
            }
            if var open {
                guard open.due != meeting.start || open.timed != meeting.timed else { continue }
                let index = commitments.firstIndex(of: open)!
                (open.due, open.timed) = (meeting.start, meeting.timed)
                commitments[index] = open
                effects.append((meeting, .moved))
                continue
            }
            guard status != .doNotContact, !(settled ?? []).contains(where: { $0.commitment.event == meeting.id }) else { continue }
            let agreed = commitments.filter(\.isAgreedContact).sorted { $0.due < $1.due }
            if let earlier = agreed.first, earlier.due <= meeting.start {
                effects.append((meeting, .earlierKept))
                continue
            }
            for later in agreed { settle(later, .replaced, at: now) }
            var commitment = Commitment(
                owner: .me, what: meeting.summary.nonEmptyText ?? "the meeting", due: meeting.start, timed: meeting.timed,
                channel: meeting.channel, made: now)
            commitment.event = meeting.id
            commitments.append(commitment)
            effects.append((meeting, .agreed))
        }
        if changedTouches {
            touches.sort { $0.at < $1.at }
            refold(touches, calendar: calendar)
        }
        return effects
    }
}

extension String {
    /// Nil for an empty or blank text.
    var nonEmptyText: String? { trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : self }
}
