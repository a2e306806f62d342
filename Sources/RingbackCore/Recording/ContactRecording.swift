import Foundation

extension Contact {
    /// What one touch does to a contact: the history is folded in, promises it settles are
    /// closed (an agreed next contact by any touch after it was made, theirs by a real reply;
    /// the user's to-dos stay until done), a request to stop marks them do-not-contact, a
    /// real reply brings a released contact back, and the promises made during this touch
    /// are added.
    public mutating func record(_ touch: Touch, newCommitments: [Commitment] = [], calendar: BusinessCalendar) {
        history.record(touch, calendar: calendar)
        commitments.removeAll { commitment in
            guard commitment.made <= touch.at, !commitment.isTodo else { return false }
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

    /// The follow-up is over with an answer: won or lost. Nothing is scheduled again; what
    /// the user still owes them (the contract, the onboarding pack) stays on the list.
    public mutating func close(won: Bool) {
        status = won ? .won : .lost
        commitments.removeAll { !$0.isTodo }
    }

    /// Marks one of the user's to-dos done: the one whose words match `what`, else the
    /// earliest. Nil when nothing matches.
    public mutating func completeTodo(matching what: String?) -> Commitment? {
        let open = todos
        let wanted = what.map(NameMatcher.normalize)
        let picked =
            wanted.flatMap { words in
                open.first { NameMatcher.normalize($0.what).contains(words) }
                    ?? open.first { todo in
                        words.split(separator: " ").contains { NameMatcher.normalize(todo.what).contains($0) && $0.count > 3 }
                    }
            } ?? (what == nil ? open.first : nil)
        guard let picked, let index = commitments.firstIndex(of: picked) else { return nil }
        commitments.remove(at: index)
        return picked
    }

    /// Moves them to nurture: an occasional check-in instead of a cadence.
    public mutating func release(on date: Date) {
        status = .released
        released = date
        commitments.removeAll { !$0.isTodo }
    }
}
