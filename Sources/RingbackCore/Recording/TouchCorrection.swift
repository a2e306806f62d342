import Foundation

/// What a correction of one logged touch changes; nil leaves a field as it is, and an empty
/// note removes the note.
public struct TouchEdit: Equatable, Sendable {
    public var at: Date?
    public var channel: Channel?
    public var outcome: Outcome?
    public var note: String?

    public init(at: Date? = nil, channel: Channel? = nil, outcome: Outcome? = nil, note: String? = nil) {
        self.at = at
        self.channel = channel
        self.outcome = outcome
        self.note = note
    }

    public var isEmpty: Bool { at == nil && channel == nil && outcome == nil && note == nil }
}

/// Why a correction was refused.
public enum CorrectionError: Error, Equatable, Sendable {
    /// No touch with that id in the contact's history.
    case noTouch(id: String)
    /// The touch is (or would become) their request to stop: a correction must not lift or
    /// set a stop silently (`ringback stop`, `release --override-stop` do it in the open).
    case stopRequest(name: String)
    /// A contact cannot be merged into itself.
    case sameContact(name: String)
}

/// Edits and deletions of logged touches: the history summary is folded again from the
/// touches that remain, and what a deleted touch settled is reopened, so a correction never
/// drops a promise silently.
public enum TouchCorrection {
    /// Applies `edit` to the touch `id`; returns it as it was and as it is now.
    public static func edit(
        _ id: String, _ edit: TouchEdit, contact: inout Contact, touches: inout [Touch], calendar: BusinessCalendar
    ) throws -> (before: Touch, after: Touch) {
        guard let index = touches.firstIndex(where: { $0.id == id }) else { throw CorrectionError.noTouch(id: id) }
        let before = touches[index]
        var after = before
        if let at = edit.at { after.at = at }
        if let channel = edit.channel { after.channel = channel }
        if let outcome = edit.outcome { after.outcome = outcome }
        if let note = edit.note { after.note = note.isEmpty ? nil : note }
        if (before.outcome == .askedToStop) != (after.outcome == .askedToStop) { throw CorrectionError.stopRequest(name: contact.name) }
        touches[index] = after
        touches.sort { $0.at < $1.at }
        contact.refold(touches, calendar: calendar)
        return (before, after)
    }

    /// Deletes the touch `id`; returns it and the promises it had settled, open again.
    public static func delete(
        _ id: String, contact: inout Contact, touches: inout [Touch], calendar: BusinessCalendar
    ) throws -> (touch: Touch, reopened: [Commitment]) {
        guard let index = touches.firstIndex(where: { $0.id == id }) else { throw CorrectionError.noTouch(id: id) }
        let touch = touches[index]
        if touch.outcome == .askedToStop { throw CorrectionError.stopRequest(name: contact.name) }
        touches.remove(at: index)
        let reopened = contact.reopen(settledBy: id)
        contact.unshare(on: id)
        contact.refold(touches, calendar: calendar)
        return (touch, reopened.filter(contact.commitments.contains))
    }
}

extension Contact {
    /// Folds the history summary again from every touch, oldest first, and settles the agreed
    /// next contacts a touch after the agreement keeps (a touch moved, or one merged in).
    public mutating func refold(_ touches: [Touch], calendar: BusinessCalendar) {
        history = HistorySummary()
        for touch in touches.sorted(by: { $0.at < $1.at }) {
            history.record(touch, calendar: calendar)
            keepAgreements(with: touch, madeBy: { $0 < touch.at }, calendar: calendar)
        }
    }

    /// Puts back on the open list the promises a touch settled as kept or done (the touch is
    /// being deleted, so it no longer kept them); returns them.
    public mutating func reopen(settledBy touchID: String) -> [Commitment] {
        let undone = (settled ?? []).filter { $0.touch == touchID && ($0.how == .kept || $0.how == .done) }
        guard !undone.isEmpty else { return [] }
        settled = (settled ?? []).filter { !undone.contains($0) }
        commitments += undone.map(\.commitment)
        return undone.map(\.commitment)
    }
}
