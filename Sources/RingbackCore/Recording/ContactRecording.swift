import Foundation

extension Contact {
    /// What one touch does to a contact. The history is folded in. Promises stay open until
    /// settled, each settlement kept in `settled`: an agreed next contact is kept by a
    /// conversation or by any touch on or after its day (a touch before it, like Tuesday's
    /// email before Thursday's agreed call, leaves it open) and is replaced by a newer agreed
    /// time; theirs and the user's own stay until marked done or cancelled. A request to stop
    /// settles everything and marks them do-not-contact; a real reply brings a released
    /// contact back; the promises made during this touch are added.
    public mutating func record(_ touch: Touch, newCommitments: [Commitment] = [], calendar: BusinessCalendar) {
        history.record(touch, calendar: calendar)
        keepAgreements(with: touch, madeBy: { $0 <= touch.at }, calendar: calendar)
        if touch.outcome == .askedToStop {
            // Promises made in the same breath are settled with the rest, not lost.
            commitments += newCommitments
            markDoNotContact(on: touch.at, reason: touch.note)
            return
        }
        if touch.outcome.isRealContact && status == .released {
            status = .active
            released = nil
        }
        if newCommitments.contains(where: \.isAgreedContact) {
            for older in commitments where older.isAgreedContact { settle(older, .replaced, at: touch.at, touch: touch.id) }
        }
        commitments += newCommitments
    }

    /// Uses up the tidbit offered with the step this touch answers: it was shared on a
    /// conversation, a voicemail or a message (not when nobody answered).
    public mutating func share(_ offered: String?, on touch: Touch) {
        guard let offered, [.connected, .voicemail, .sent, .meetingHeld].contains(touch.outcome),
            let index = tidbits.firstIndex(of: offered)
        else { return }
        tidbits.remove(at: index)
        sharedTidbits = (sharedTidbits ?? []) + [SharedTidbit(what: offered, touch: touch.id, at: touch.at)]
    }

    /// Puts back, first in line, the tidbits a touch shared (the touch is being deleted).
    public mutating func unshare(on touchID: String) {
        let undone = (sharedTidbits ?? []).filter { $0.touch == touchID }
        guard !undone.isEmpty else { return }
        sharedTidbits = (sharedTidbits ?? []).filter { $0.touch != touchID }
        tidbits = undone.map(\.what) + tidbits
    }

    /// Settles as kept every agreed next contact `touch` keeps: a conversation after it was
    /// agreed, or any touch on or after its day.
    mutating func keepAgreements(with touch: Touch, madeBy agreedInTime: (Date) -> Bool, calendar: BusinessCalendar) {
        for commitment in commitments where commitment.isAgreedContact && agreedInTime(commitment.made) {
            if touch.outcome.isRealContact || touch.at >= calendar.startOfDay(commitment.due) {
                settle(commitment, .kept, at: touch.at, touch: touch.id)
            }
        }
    }

    /// The agreed next contacts that fall on a day before `notBefore`: they cannot be kept.
    public func agreedBefore(_ notBefore: When?, calendar: BusinessCalendar) -> [Commitment] {
        guard let notBefore else { return [] }
        let day = calendar.startOfDay(notBefore.date)
        return commitments.filter { $0.isAgreedContact && calendar.startOfDay($0.due) < day }
    }

    /// Stops all follow-up: they asked us to. Every open promise is settled as stopped.
    public mutating func markDoNotContact(on date: Date, reason: String?) {
        status = .doNotContact
        stopped = StopRecord(date: date, reason: reason)
        for commitment in commitments { settle(commitment, .stopped, at: date) }
    }

    /// They said otherwise after asking to stop: follow-up may start again.
    public mutating func liftStop() {
        guard status == .doNotContact else { return }
        status = .active
        stopped = nil
    }

    /// Moves one promise from the open list to `settled`.
    public mutating func settle(_ commitment: Commitment, _ how: Settlement, at date: Date, touch: String? = nil) {
        guard let index = commitments.firstIndex(of: commitment) else { return }
        commitments.remove(at: index)
        settled = (settled ?? []) + [SettledPromise(commitment: commitment, how: how, at: date, touch: touch)]
    }

    /// The follow-up is over with an answer: won or lost. Nothing is scheduled again; what
    /// the user still owes them (the contract, the onboarding pack) stays on the list.
    public mutating func close(won: Bool, on date: Date) {
        status = won ? .won : .lost
        for commitment in commitments where !commitment.isTodo { settle(commitment, .closed, at: date) }
    }

    /// Settles the open promise whose words match `what` (the user's own first, then theirs),
    /// else with no words the user's earliest. Nil when nothing matches.
    public mutating func settle(matching what: String?, _ how: Settlement, at date: Date) -> Commitment? {
        guard let picked = openPromise(matching: what) else { return nil }
        settle(picked, how, at: date)
        return picked
    }

    /// Takes back a time agreed with them that was saved by mistake: the one whose topic
    /// matches `what` ("the next step"), or any with "agreed", "next time" or "call".
    public mutating func cancelAgreed(matching what: String, at date: Date) -> Commitment? {
        let wanted = NameMatcher.normalize(what)
        let agreed = commitments.filter(\.isAgreedContact).sorted { $0.due < $1.due }
        let general = ["agreed", "agreed time", "time agreed", "next time", "the next time", "call", "meeting"].contains(wanted)
        guard let picked = agreed.first(where: { general || (!wanted.isEmpty && NameMatcher.normalize($0.what).contains(wanted)) })
        else { return nil }
        settle(picked, .cancelled, at: date)
        return picked
    }

    /// The open promise whose words match `what` (the user's own first, then theirs), else
    /// with no words the user's earliest; nil when nothing matches.
    public func openPromise(matching what: String?) -> Commitment? {
        guard let what else { return todos.first }
        let wanted = NameMatcher.normalize(what)
        let open = openPromises
        return open.first { NameMatcher.normalize($0.what).contains(wanted) }
            ?? open.first { promise in
                wanted.split(separator: " ").contains { $0.count > 3 && NameMatcher.normalize(promise.what).contains($0) }
            }
    }

    /// Moves them to nurture: an occasional check-in instead of a cadence. What the user
    /// owes them stays on the list.
    public mutating func release(on date: Date) {
        status = .released
        released = date
        for commitment in commitments where !commitment.isTodo { settle(commitment, .released, at: date) }
    }
}
