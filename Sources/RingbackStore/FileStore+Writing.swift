import Foundation
import RingbackCore

#if canImport(Glibc)
    import Glibc
#endif

/// Writing: a change is gathered in memory, its record written and flushed
/// (`changes/<n>.json`, the commit point), then applied: contact files, practice, tables,
/// and last the store file with the new generation. A crash after the record is finished
/// from it at the next start; a crash before leaves everything as it was.
extension FileStore {
    @discardableResult
    public func update<T>(summary: String, indexer: Indexer?, _ body: (inout Change) throws -> T) throws -> T {
        let lock = try lock(exclusive: true)
        defer { withExtendedLifetime(lock) {} }
        let manifest = try prepare()
        // What the change's own reads (the directory) start from, without reading it again.
        defer { openChange = nil }
        openChange = (manifest, indexer)
        let cache = FileCache(store: self)
        var change = Change(
            settings: manifest.settings, book: ContactBook(directory: self, read: cache.contact),
            summary: summary, touches: { try cache.file($0)?.touches ?? [] })
        let result = try body(&change)

        let files = try change.files(old: cache.file)
        var record = ChangeRecord(
            step: Self.step(manifest.generation + 1, summary: change.summary), before: files.before, after: files.after,
            settingsBefore: change.settings == manifest.settings ? nil : manifest.settings, manifest: manifest)
        if !change.practiceAdded.isEmpty {
            record.practiceBefore = try readPractice()
            record.practiceAfter = record.practiceBefore! + change.practiceAdded
        }
        guard !record.after.isEmpty || record.settingsBefore != nil || record.practiceAfter != nil else { return result }

        record.manifest.generation += 1
        record.manifest.settings = change.settings
        record.manifest.undo = Array((manifest.undo + [record.step]).suffix(Manifest.undoDepth))
        record.manifest.redo = []
        try commit(record, previous: manifest, indexer: indexer)
        return result
    }

    /// Writes the record (the commit point), then applies it.
    func commit(_ record: ChangeRecord, previous: Manifest, indexer: Indexer?) throws {
        // The store file is replaced last, beside itself: a folder that refuses it would leave
        // a change recorded but unfinished, so it is refused before anything is written.
        guard access(layout.directory, W_OK) == 0 else {
            let reason = String(cString: strerror(errno))
            throw StoreError.io(path: layout.directory, problem: "cannot write the store file here (\(reason)); nothing was changed")
        }
        try PosixFile.makeFolder(layout.changesFolder)
        // A record half-written by a killed process never committed anything: drop it.
        removeStaleTemporaries(in: layout.changesFolder)
        let path = layout.changePath(record.manifest.generation)
        try AtomicFile.replace(path, keepBackup: false) { fd, temp in try record.write(to: fd, path: temp) }
        do {
            try apply(record, previous: previous, indexer: indexer)
        } catch let StoreError.io(failed, problem) {
            throw StoreError.io(
                path: failed,
                problem: problem + "; the change is recorded (\(path)) and the next command that can write the store finishes it")
        }
    }

    /// Brings the files to what a committed record says; safe to repeat after a crash.
    func apply(_ record: ChangeRecord, previous: Manifest, indexer: Indexer?) throws {
        try PosixFile.makeFolder(layout.contactsFolder)
        for id in record.contactIDs {
            if let file = record.after[id] ?? nil {
                try write(file, to: layout.contactPath(id))
            } else if PosixFile.exists(layout.contactPath(id)) {
                try remove(layout.contactPath(id))
            }
        }
        if let practice = record.practiceAfter { try write(practice, to: layout.practicePath) }
        try Tables.record(record, previous: previous, store: self, indexer: indexer)
        try write(record.manifest, to: layout.path, keepBackup: true)
        for generation in previous.kept.union([record.manifest.generation]).subtracting(record.manifest.kept) {
            unlink(layout.changePath(generation))
        }
    }

    static func step(_ generation: Int, summary: String) -> ChangeStep {
        ChangeStep(
            generation: generation, summary: summary, at: Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down)),
            process: getpid(), session: getppid())
    }

    func remove(_ path: String) throws {
        do {
            try FileManager.default.removeItem(atPath: path)
        } catch {
            throw StoreError.io(path: path, problem: "cannot remove: \(error.localizedDescription)")
        }
    }
}

/// The contact files one change has read, each read once.
final class FileCache {
    private let store: FileStore
    private var files: [String: StoredContact?] = [:]

    init(store: FileStore) { self.store = store }

    func file(_ id: String) throws -> StoredContact? {
        if let known = files[id] { return known }
        let file = try store.readContact(id)
        files[id] = file
        return file
    }

    func contact(_ id: String) throws -> Contact? { try file(id)?.contact }
}
