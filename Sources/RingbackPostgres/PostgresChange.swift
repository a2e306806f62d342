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

    /// The same change the other way round (what undo applies).
    var reversed: PostgresChange {
        PostgresChange(
            before: after, after: before, settingsBefore: settingsAfter, settingsAfter: settingsBefore, practiceBefore: practiceAfter,
            practiceAfter: practiceBefore)
    }
}
