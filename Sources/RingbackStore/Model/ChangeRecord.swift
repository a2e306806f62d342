import RingbackCore

/// One committed change (`changes/<generation>.json`): every contact file, setting and the
/// practice list it changed, before and after, and the store file it leads to. Written and
/// flushed before anything else, so a change interrupted half-way is finished from it at
/// the next start; kept while undo or redo may need it.
struct ChangeRecord: Codable, Equatable, Sendable {
    var step: ChangeStep
    /// Contact files as they were (nil: the change created it).
    var before: [String: StoredContact?]
    /// Contact files as the change leaves them (nil: the change removed it).
    var after: [String: StoredContact?]
    var settingsBefore: Settings?
    var practiceBefore: [PracticeRecord]?
    var practiceAfter: [PracticeRecord]?
    /// The store file once the change is applied.
    var manifest: Manifest

    /// Contact ids in a stable order.
    var contactIDs: [String] { after.keys.sorted() }
}
