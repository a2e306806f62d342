import Foundation
import RingbackCore
import RingbackStore

/// `migrate --to` a team database other reps already use: each of the user's contacts comes
/// in as theirs, unless the team already has the person (`ImportMatching`: same email, same
/// phone with a name word in common, same name and company). Then the user's touches,
/// promises and tidbits are merged into the team's record (`Contact.absorb`), which stays its
/// owner's, or becomes the user's when nobody owned it. The team's settings are left alone.
public struct TeamJoin: Encodable {
    /// What became of one of the user's contacts.
    public struct Landing: Encodable, Equatable {
        public var name: String
        /// "new", "merged" into the team's record, or "unchanged" (brought in before, nothing new).
        public var action: String
        /// The team's contact it was merged into.
        public var into: String?
        /// Whose the contact is now.
        public var owner: String
        /// Why it is the same person ("same email").
        public var match: String?
    }

    public var landings: [Landing] = []
    public var touches = 0
    public var practice = 0

    public init() {}

    /// Puts `backup`'s contacts, touches and practice into `change`, made on the team store by `owner`.
    public mutating func apply(_ backup: JSONBackup, owner: String, to change: inout Change, calendar: BusinessCalendar, now: Date) throws {
        var team: [Contact] = []
        for entry in try change.book.everyone() { if let contact = try change.book.contact(id: entry.id) { team.append(contact) } }
        let matching = ImportMatching(team)
        var taken = Set(team.map(\.id))
        let theirTouches = Dictionary(grouping: backup.touches, by: \.contact)
        // A contact of the user's whose id the team already uses gets a new one, and so does
        // every reference to it from the user's other contacts.
        var renamed: [String: String] = [:]
        var found: [String: (id: String, why: String)] = [:]
        for contact in backup.contacts {
            found[contact.id] = try matching.match(contact) ?? broughtBefore(contact, touches: theirTouches[contact.id] ?? [], in: &change)
        }
        for contact in backup.contacts where taken.contains(contact.id) && found[contact.id] == nil {
            renamed[contact.id] = Contact.newID(for: contact.name, taken: taken.union(backup.contacts.map(\.id)))
            taken.insert(renamed[contact.id]!)
        }
        for var contact in backup.contacts {
            let touches = (theirTouches[contact.id] ?? []).map { touch in
                var moved = touch
                moved.contact = renamed[touch.contact] ?? touch.contact
                return moved
            }
            contact.referredBy = contact.referredBy.map { renamed[$0] ?? $0 }
            self.touches += touches.count
            if let (id, why) = found[contact.id], var theirs = try change.book.contact(id: id) {
                var merged = try change.touches(of: id)
                // Run again, the same store adds only what is new since (touch ids are unique).
                let known = Set(merged.map(\.id))
                let fresh = touches.filter { !known.contains($0.id) }
                guard !fresh.isEmpty || touches.isEmpty && why != Self.before else {
                    landings.append(
                        Landing(name: contact.name, action: "unchanged", into: theirs.label, owner: theirs.owner ?? owner, match: why))
                    continue
                }
                contact.commitments = contact.commitments.filter { !theirs.commitments.contains($0) }
                // The same slug on both sides is still two records to fold into one.
                if contact.id == theirs.id { contact.id += "-incoming" }
                _ = try theirs.absorb(contact, theirTouches: fresh, touches: &merged, at: now, calendar: calendar)
                theirs.owner = theirs.owner ?? owner
                change.book.put(theirs)
                change.replaceTouches(of: id, with: merged)
                landings.append(Landing(name: contact.name, action: "merged", into: theirs.label, owner: theirs.owner!, match: why))
            } else {
                contact.id = renamed[contact.id] ?? contact.id
                contact.owner = owner
                change.book.put(contact)
                for touch in touches { change.append(touch) }
                landings.append(Landing(name: contact.name, action: "new", into: nil, owner: owner, match: nil))
            }
        }
        for record in backup.practice { change.addPractice(record) }
        practice = backup.practice.count
    }

    public static let before = "brought in before"

    /// The team's record this contact became when the same store was brought in before: the
    /// same id and name, with a touch in common (or, with no touches, the same creation time).
    private func broughtBefore(_ contact: Contact, touches: [Touch], in change: inout Change) throws -> (id: String, why: String)? {
        guard let theirs = try change.book.contact(id: contact.id), theirs.name == contact.name else { return nil }
        let known = Set(try change.touches(of: contact.id).map(\.id))
        let same = touches.isEmpty ? theirs.created == contact.created : touches.contains { known.contains($0.id) }
        return same ? (contact.id, Self.before) : nil
    }
}
