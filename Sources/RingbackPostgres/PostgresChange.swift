import RingbackCore
import RingbackStore

/// One committed change as the `changes` table keeps it, for undo and redo: every contact
/// it altered before and after (nil: absent), the settings and practice list when it changed
/// them.
struct PostgresChange: Codable, Equatable {
    var before: [String: StoredContact?]
    var after: [String: StoredContact?]
    var settingsBefore: Settings?
    var settingsAfter: Settings?
    var practiceBefore: [PracticeRecord]?
    var practiceAfter: [PracticeRecord]?

    /// Puts the user's name where the team needs it: on the contacts the change creates
    /// (theirs from now on) and on the touches it adds.
    mutating func markAuthor(_ member: String?) {
        guard let member else { return }
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
    }

    /// The same change the other way round (what undo applies).
    var reversed: PostgresChange {
        PostgresChange(
            before: after, after: before, settingsBefore: settingsAfter, settingsAfter: settingsBefore, practiceBefore: practiceAfter,
            practiceAfter: practiceBefore)
    }
}
