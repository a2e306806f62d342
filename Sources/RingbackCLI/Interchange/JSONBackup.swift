import Foundation
import RingbackCore
import RingbackStore

/// `export --format json`: everything a store holds (settings, contacts, touches, practice
/// results) and the next steps as they stood, described by `data/export.schema.json`.
/// `import --format json` restores the first four into an empty store; `next` is derived
/// and read back by nobody.
struct JSONBackup: Codable {
    var schemaVersion: Int
    var settings: Settings
    var contacts: [Contact]
    var touches: [Touch]
    var practice: [PracticeRecord]
    var next: [StepView]?

    private enum CodingKeys: String, CodingKey { case schemaVersion, settings, contacts, touches, practice, next }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        settings = try c.decode(Settings.self, forKey: .settings)
        contacts = try c.decode([Contact].self, forKey: .contacts)
        touches = try c.decode([Touch].self, forKey: .touches)
        practice = try c.decodeIfPresent([PracticeRecord].self, forKey: .practice) ?? []
        next = nil
    }

    /// Every contact and touch the store holds, in a stable order.
    init(store: any Store, next: [StepView]) throws {
        let files = try store.allContacts().sorted { ($0.contact.created, $0.contact.id) < ($1.contact.created, $1.contact.id) }
        schemaVersion = FileStore.schemaVersion
        settings = try store.settings()
        contacts = files.map(\.contact)
        touches = files.flatMap(\.touches).sorted { $0.at < $1.at }
        practice = try store.practice()
        self.next = next
    }

    /// Reads a backup, naming the file and the place a problem is.
    static func read(_ data: Data, file: String) throws -> JSONBackup {
        do {
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            let backup = try decoder.decode(JSONBackup.self, from: data)
            guard backup.schemaVersion <= FileStore.schemaVersion else {
                throw RequestError.file(
                    path: file,
                    .invalid("it is a backup of schema \(backup.schemaVersion); this Ringback reads up to \(FileStore.schemaVersion)"))
            }
            return backup
        } catch let error as RequestError {
            throw error
        } catch {
            throw RequestError.file(path: file, .invalid("not a Ringback backup: \(error)"))
        }
    }

    /// Puts the backup into `store`, which must hold no contact or practice result (checked
    /// again inside the change, under the store's lock), all or nothing.
    func restore(into store: any Store, summary: String, indexer: Indexer?) throws {
        try Self.requireEmpty(store)
        try store.update(summary: summary, indexer: indexer) { change in
            try Self.requireEmpty(store)
            try restore(into: &change)
        }
    }

    /// Refuses a store that holds contacts or practice results: a backup goes into an empty one.
    static func requireEmpty(_ store: any Store) throws {
        let existing = try store.everyone().count
        guard existing == 0, try store.practice().isEmpty else { throw RequestError.notEmpty(path: store.location, contacts: existing) }
    }

    /// Puts the backup into a change on an empty store.
    private func restore(into change: inout Change) throws {
        change.settings = settings
        let known = Set(contacts.map(\.id))
        if let stray = touches.first(where: { !known.contains($0.contact) }) {
            throw RequestError.file(path: "backup", .invalid("touch \(stray.id) belongs to no contact ('\(stray.contact)')"))
        }
        for contact in contacts { change.book.put(contact) }
        for touch in touches { change.append(touch) }
        for record in practice { change.addPractice(record) }
    }
}
