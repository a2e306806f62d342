import Foundation
import RingbackCore

#if canImport(Glibc)
    import Glibc
#endif

/// Moves a schema-1 or schema-2 store (one `store.json` with every contact, and a touch
/// journal) to the folder layout, under the exclusive lock. The old files are kept first
/// (`store.json.v2.bak`, `store.json.touches.jsonl.v2.bak`); the new store file is written
/// last, so an interrupted migration simply runs again.
enum LegacyStore {
    /// Migrates `source` (the store file, or a backup of it when restoring). When
    /// `wholeJournal`, every complete journal line is kept, not only the committed ones.
    static func migrate(_ layout: StoreLayout, migrations: [Migration], source: String? = nil, wholeJournal: Bool = false) throws {
        let path = source ?? layout.path
        guard let data = try PosixFile.readAll(path) else { return }
        let version = try StoreJSON.version(of: data, path: path)
        let document = try decode(data, version: version, path: path, migrations: migrations)
        let touches = try Journal.read(layout.legacyJournal, limit: wholeJournal ? nil : document.journal.bytes)
        // A journal missing or cut short would migrate to fewer touches than the store committed.
        if !wholeJournal && touches.count < document.journal.touches {
            throw StoreError.shortJournal(
                store: path, journal: layout.legacyJournal, committed: document.journal.touches,
                found: PosixFile.exists(layout.legacyJournal) ? touches.count : nil)
        }
        let byContact = Dictionary(grouping: touches, by: \.contact)

        try PosixFile.emptyFolder(layout.folder)
        try PosixFile.makeFolder(layout.contactsFolder)
        let encoder = StoreCoding.encoder(pretty: true)
        for contact in document.contacts {
            let file = StoredContact(contact: contact, touches: byContact[contact.id] ?? [])
            try AtomicFile.write(layout.contactPath(contact.id), with: try encoder.encode(file))
        }
        if !document.practice.isEmpty { try AtomicFile.write(layout.practicePath, with: try encoder.encode(document.practice)) }
        sync()

        let backup = "\(layout.path).v\(version).bak"
        if !PosixFile.exists(backup) { try AtomicFile.replace(backup, with: data, keepBackup: false) }
        let journalBackup = "\(layout.legacyJournal).v\(version).bak"
        if PosixFile.exists(layout.legacyJournal) && !PosixFile.exists(journalBackup) { link(layout.legacyJournal, journalBackup) }
        let manifest = Manifest(settings: document.settings)
        try AtomicFile.replace(layout.path, with: try encoder.encode(manifest), keepBackup: false)
        unlink(layout.legacyIndex)
        unlink(layout.legacyJournal)
    }

    private static func decode(_ data: Data, version: Int, path: String, migrations: [Migration]) throws -> LegacyDocument {
        guard version < 2 else { return try StoreJSON.decode(LegacyDocument.self, from: data, path: path) }
        // Bytes that are not JSON (invalid UTF-8 among them) are a damaged file, said as one.
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw StoreError.unreadable(
                path: path, problem: "not valid JSON (\(error.localizedDescription))", remedy: "put back a copy from before it was damaged")
        }
        guard var object = parsed as? [String: Any] else {
            throw StoreError.unreadable(
                path: path, problem: "not a JSON object", remedy: "put back a copy from before it was damaged")
        }
        try StoreMigrations.migrate(&object, from: version, to: 2, using: migrations, path: path)
        do {
            return try StoreCoding.decoder().decode(LegacyDocument.self, from: try JSONSerialization.data(withJSONObject: object))
        } catch let error as DecodingError {
            throw StoreError.unreadable(
                path: path, problem: "after migrating from schema \(version): \(StoreJSON.describe(error))",
                remedy: "the Ringback that wrote it still reads it; please report this with the file")
        }
    }
}
