import Foundation

/// What merging a duplicate into a contact brought over, for the user to check.
public struct MergeSummary: Equatable, Sendable, Encodable {
    /// Touches moved over.
    public var touches: Int
    /// Open promises moved over (either way).
    public var promises: Int
    /// Tidbits the contact did not already hold.
    public var tidbits: Int
    /// Details the contact lacked, taken from the duplicate ("email", "phone").
    public var filled: [String]
    /// Details both had with different values: the contact's stay, the duplicate's are named
    /// here ("email: dana@gmail.com") so the user can choose.
    public var differing: [String]
    /// True when the duplicate had asked to stop, so the merged contact is do-not-contact.
    public var stopped: Bool
}

extension Contact {
    /// Takes in a duplicate of the same person: their touches (re-pointed to this contact),
    /// open and settled promises, tidbits, snoozes, tags, and the details this record lacks.
    /// Nothing is dropped: when both had an agreed next contact, the older-made one is settled
    /// as replaced; a stop on either side stops the merged contact; a time to wait until is
    /// the later of the two.
    public mutating func absorb(
        _ other: Contact, theirTouches: [Touch], touches: inout [Touch], at now: Date, calendar: BusinessCalendar
    ) throws -> MergeSummary {
        guard other.id != id else { throw CorrectionError.sameContact(name: name) }
        var summary = MergeSummary(
            touches: theirTouches.count, promises: other.commitments.count, tidbits: 0, filled: [], differing: [], stopped: false)

        let newTidbits = other.tidbits.filter { !tidbits.contains($0) }
        tidbits += newTidbits
        summary.tidbits = newTidbits.count
        let newTags = (other.tags ?? []).filter { !(tags ?? []).contains($0) }
        if !newTags.isEmpty { tags = (tags ?? []) + newTags }
        if let theirSnoozes = other.snoozes { snoozes = ((snoozes ?? []) + theirSnoozes).sorted { $0.at < $1.at } }
        if let theirSettled = other.settled { settled = (settled ?? []) + theirSettled }
        created = min(created, other.created)
        notBefore = [notBefore, other.notBefore].compactMap { $0 }.max()
        nextTry = [nextTry, other.nextTry].compactMap { $0 }.min()
        firstCallOn = firstCallOn.flatMap { mine in other.firstCallOn.map { min(mine, $0) } }

        fill(\.company, "company", from: other, &summary)
        fill(\.phone, "phone", from: other, &summary)
        fill(\.mobile, "mobile", from: other, &summary)
        fill(\.email, "email", from: other, &summary)
        fill(\.cadence, "cadence", from: other, &summary)
        fill(\.timeZone, "time zone", from: other, &summary)
        if other.referredBy != id { fill(\.referredBy, "referred by", from: other, &summary) }
        if preferredChannel == nil, let channel = other.preferredChannel {
            preferredChannel = channel
            summary.filled.append("preferred channel")
        }

        commitments += other.commitments
        let agreed = commitments.filter(\.isAgreedContact).sorted { $0.made < $1.made }
        for older in agreed.dropLast() { settle(older, .replaced, at: now) }
        touches =
            (touches
            + theirTouches.map { touch in
                var moved = touch
                moved.contact = id
                return moved
            }).sorted { $0.at < $1.at }
        refold(touches, calendar: calendar)

        if other.status == .doNotContact && status != .doNotContact {
            let stop = other.stopped ?? StopRecord(date: now, reason: nil)
            markDoNotContact(on: stop.date, reason: stop.reason)
            summary.stopped = true
        } else if status == .released && other.status == .active {
            // The duplicate was still being followed up: the merged contact is too.
            status = .active
            released = nil
        }
        return summary
    }

    /// Takes a detail from the duplicate when this record has none, or names theirs when
    /// both have different ones.
    private mutating func fill(
        _ field: WritableKeyPath<Contact, String?>, _ label: String, from other: Contact, _ summary: inout MergeSummary
    ) {
        guard let theirs = other[keyPath: field] else { return }
        if let mine = self[keyPath: field] {
            if mine != theirs { summary.differing.append("\(label): \(theirs)") }
        } else {
            self[keyPath: field] = theirs
            summary.filled.append(label)
        }
    }
}
