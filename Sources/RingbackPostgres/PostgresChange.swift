import RingbackCore
import RingbackStore

/// One committed change as the `changes` table keeps it, for undo and redo: every contact it
/// altered as it was (nil: absent), and as it left them, by digest while the change stands
/// (a migration of 100,000 contacts keeps 100,000 digests, not a second copy of them) and
/// whole once undone (what redo puts back); the settings and practice list when it changed them.
struct PostgresChange: Codable, Equatable {
    var before: [String: StoredContact?]
    /// The contacts as the change left them: whole while it is in effect (being applied or
    /// undone, for redo); dropped, with `digests` kept, when it is stored on the undo stack.
    var after: [String: StoredContact?]?
    /// A digest of each contact as the change left it ("" for removed).
    var digests: [String: String]
    var settingsBefore: Settings?
    var settingsAfter: Settings?
    var practiceBefore: [PracticeRecord]?
    var practiceAfter: [PracticeRecord]?

    init(before: [String: StoredContact?], after: [String: StoredContact?]) throws {
        self.before = before
        self.after = after
        digests = try after.mapValues { try Self.digest($0) }
    }

    /// What the undo stack keeps: the digests, not the contacts.
    var stored: PostgresChange {
        var stored = self
        stored.after = nil
        return stored
    }

    /// FNV-1a over the contact's JSON, as the store encodes it.
    static func digest(_ file: StoredContact?) throws -> String {
        guard let file else { return "" }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in try PostgresCoding.encode(file).utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }

    /// Puts the user's name where the team needs it: on the contacts the change creates
    /// (theirs from now on) and on the touches it adds.
    mutating func markAuthor(_ member: String?) throws {
        guard let member, var after else { return }
        for (id, file) in after {
            guard var file else { continue }
            let old = before[id] ?? nil
            if old == nil && file.contact.owner == nil { file.contact.owner = member }
            let known = Set((old?.touches ?? []).map(\.id))
            for index in file.touches.indices where !known.contains(file.touches[index].id) && file.touches[index].by == nil {
                file.touches[index].by = member
            }
            after[id] = .some(file)
        }
        self.after = after
        digests = try after.mapValues { try Self.digest($0) }
    }
}
