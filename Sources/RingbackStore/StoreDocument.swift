import Foundation
import RingbackCore

/// The main store file: settings, every contact with its folded history, and the undo
/// record. The touch history itself lives in the journal beside it.
public struct StoreDocument: Codable, Equatable, Sendable {
    public static let currentVersion = 2

    public var schemaVersion: Int
    public var settings: Settings
    public var contacts: [Contact]
    /// How much of the journal is committed; bytes past this are an interrupted write.
    public var journal: JournalMark
    /// What `undo` would revert.
    public var undo: UndoRecord?
    /// Role-play results, oldest first (schema 2).
    public var practice: [PracticeRecord]

    public init(settings: Settings = Settings()) {
        schemaVersion = Self.currentVersion
        self.settings = settings
        contacts = []
        journal = JournalMark(bytes: 0, touches: 0)
        undo = nil
        practice = []
    }

    public func contact(id: String) -> Contact? { contacts.first { $0.id == id } }
}

/// The committed length of the touch journal.
public struct JournalMark: Codable, Equatable, Sendable {
    public var bytes: Int
    public var touches: Int

    public init(bytes: Int, touches: Int) {
        self.bytes = bytes
        self.touches = touches
    }
}

/// Enough to revert the last change: contacts and settings as they were, and the touches
/// it appended to (or removed from) the end of the journal.
public struct UndoRecord: Codable, Equatable, Sendable {
    public var summary: String
    public var contactsBefore: [ContactSnapshot]
    public var settingsBefore: Settings?
    public var appended: [Touch]
    public var removed: [Touch]
    /// The journal's committed length before `appended` was written.
    public var journalBefore: JournalMark
}

/// A contact as it was before a change; nil when the change created it.
public struct ContactSnapshot: Codable, Equatable, Sendable {
    public var id: String
    public var contact: Contact?
}
