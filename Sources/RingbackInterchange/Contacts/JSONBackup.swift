import Foundation
import RingbackCore
import RingbackStore

/// `export --format json`: everything a store holds (settings, contacts, touches, practice
/// results), described by `data/export.schema.json` (the command line adds the next steps as
/// they stood, read back by nobody). `import --format json` restores it into an empty store.
public struct JSONBackup: Codable {
    public var schemaVersion: Int
    public var settings: Settings
    public var contacts: [Contact]
    public var touches: [Touch]
    public var practice: [PracticeRecord]

    private enum CodingKeys: String, CodingKey { case schemaVersion, settings, contacts, touches, practice }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        settings = try c.decode(Settings.self, forKey: .settings)
        contacts = try c.decode([Contact].self, forKey: .contacts)
        touches = try c.decode([Touch].self, forKey: .touches)
        practice = try c.decodeIfPresent([PracticeRecord].self, forKey: .practice) ?? []
    }

    /// Every contact and touch the store holds, in a stable order.
    public init(store: any Store) throws {
        let files = try store.allContacts().sorted { ($0.contact.created, $0.contact.id) < ($1.contact.created, $1.contact.id) }
        schemaVersion = FileStore.schemaVersion
        settings = try store.settings()
        contacts = files.map(\.contact)
        touches = files.flatMap(\.touches).sorted { $0.at < $1.at }
        practice = try store.practice()
    }

    /// Reads a backup, naming the file and the place a problem is.
    public static func read(_ data: Data, file: String) throws -> JSONBackup {
        do {
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            let backup = try decoder.decode(JSONBackup.self, from: data)
            guard backup.schemaVersion <= FileStore.schemaVersion else {
                throw InterchangeError.unreadable(
                    path: file,
                    reason: "it is a backup of schema \(backup.schemaVersion); this Ringback reads up to \(FileStore.schemaVersion)")
            }
            return backup
        } catch let error as InterchangeError {
            throw error
        } catch {
            throw InterchangeError.unreadable(path: file, reason: "not a Ringback backup: \(error)")
        }
    }

    /// Puts the backup into `store`, which must hold no contact or practice result (checked
    /// again inside the change, under the store's lock), all or nothing.
    public func restore(into store: any Store, summary: String, indexer: Indexer?) throws {
        try Self.requireEmpty(store)
        try store.update(summary: summary, indexer: indexer) { change in
            try Self.requireEmpty(store)
            try restore(into: &change)
        }
    }

    /// Refuses a store that holds contacts or practice results: a backup goes into an empty one.
    public static func requireEmpty(_ store: any Store) throws {
        let existing = try store.everyone().count
        guard existing == 0, try store.practice().isEmpty else { throw InterchangeError.notEmpty(path: store.location, contacts: existing) }
    }

    /// Puts the backup into a change on an empty store.
    private func restore(into change: inout Change) throws {
        change.settings = settings
        let known = Set(contacts.map(\.id))
        if let stray = touches.first(where: { !known.contains($0.contact) }) {
            throw InterchangeError.unreadable(path: "backup", reason: "touch \(stray.id) belongs to no contact ('\(stray.contact)')")
        }
        for contact in contacts { change.book.put(contact) }
        for touch in touches { change.append(touch) }
        for record in practice { change.addPractice(record) }
    }
}
