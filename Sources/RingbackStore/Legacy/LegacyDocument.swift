import Foundation
import RingbackCore

/// The store file of schemas 1 and 2, read only to migrate it: settings, every contact
/// with its folded history, practice results, and how much of the touch journal beside it
/// was committed.
struct LegacyDocument: Decodable {
    var schemaVersion: Int
    var settings: Settings
    var contacts: [Contact]
    var journal: JournalMark
    var practice: [PracticeRecord]
}

/// The committed length of a schema-2 touch journal.
struct JournalMark: Codable, Equatable, Sendable {
    var bytes: Int
    var touches: Int
}
