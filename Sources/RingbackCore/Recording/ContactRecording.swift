import Foundation

extension Contact {
    /// What one touch does to a contact: the history is folded in, promises it settles are
    /// closed (ours by any touch after they were made, theirs by a real reply), a request to
    /// stop marks them do-not-contact, a real reply brings a released contact back, and the
    /// promises made during this touch are added.
    public mutating func record(_ touch: Touch, newCommitments: [Commitment] = [], calendar: BusinessCalendar) {
        history.record(touch, calendar: calendar)
        commitments.removeAll { commitment in
            guard commitment.made <= touch.at else { return false }
            switch commitment.owner {
            case .me: return true
            case .them: return touch.outcome.isRealContact
            }
        }
        if touch.outcome == .askedToStop {
            status = .doNotContact
            stopped = StopRecord(date: touch.at, reason: touch.note)
            commitments.removeAll()
            return
        }
        if touch.outcome.isRealContact && status == .released {
            status = .active
            released = nil
        }
        commitments += newCommitments
    }

    /// Stops all follow-up: they asked us to.
    public mutating func markDoNotContact(on date: Date, reason: String?) {
        status = .doNotContact
        stopped = StopRecord(date: date, reason: reason)
        commitments.removeAll()
    }

    /// The follow-up is over with an answer: won or lost. Nothing is scheduled again.
    public mutating func close(won: Bool) {
        status = won ? .won : .lost
        commitments.removeAll()
    }

    /// Moves them to nurture: an occasional check-in instead of a cadence.
    public mutating func release(on date: Date) {
        status = .released
        released = date
        commitments.removeAll()
    }
}
