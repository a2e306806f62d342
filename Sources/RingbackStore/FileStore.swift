import Foundation
import RingbackCore

#if canImport(Glibc)
    import Glibc
#endif

/// Builds the derived next-step index from a document; supplied by the layer that knows
/// the scheduler and content. `fingerprint` changes whenever the build would differ for
/// the same document (content edited, machine time zone changed).
public struct Indexer: Sendable {
    public let fingerprint: String
    public let build: @Sendable (StoreDocument) -> [AgendaItem]

    public init(fingerprint: String, build: @escaping @Sendable (StoreDocument) -> [AgendaItem]) {
        self.fingerprint = fingerprint
        self.build = build
    }
}

/// Every scheduled contact's next step, with the settings they were planned under.
public struct Schedule: Sendable {
    public var settings: Settings
    public var items: [AgendaItem]
}

/// One change in progress: edit `document`, queue touches with `append`.
public struct Change {
    public var document: StoreDocument
    public private(set) var appended: [Touch] = []
    /// Shown by `undo` ("log call to Dana Ruiz").
    public var summary: String

    public mutating func append(_ touch: Touch) { appended.append(touch) }
}

/// The store on disk: `store.json` plus its journal (`.touches.jsonl`), backup (`.bak`),
/// lock (`.lock`) and next-step index (`.index.tsv`). Every write is a locked
/// read-modify-write; a file it cannot parse is never overwritten.
public final class FileStore: @unchecked Sendable {
    public let path: String
    public var lockPath: String { path + ".lock" }
    public var backupPath: String { path + ".bak" }
    public var journalPath: String { path + ".touches.jsonl" }
    public var indexPath: String { path + ".index.tsv" }
    private let migrations: [Migration]
    private let supportedVersion: Int

    public init(path: String, migrations: [Migration] = StoreMigrations.all, supportedVersion: Int = StoreDocument.currentVersion) {
        self.path = path
        self.migrations = migrations
        self.supportedVersion = supportedVersion
    }

    /// The current document (an empty one when the file does not exist yet).
    public func load() throws -> StoreDocument {
        guard FileManager.default.fileExists(atPath: path) else { return StoreDocument() }
        let lock = try FileLock(path: lockPath, exclusive: false)
        defer { withExtendedLifetime(lock) {} }
        return try readDocument(forWriting: false)
    }

    /// Applies `body` under the exclusive lock and commits: journal first, then the store
    /// file (which commits the journal's new length), then the index. Nothing is written
    /// when `body` throws or changes nothing.
    @discardableResult
    public func update<T>(summary: String, indexer: Indexer? = nil, _ body: (inout Change) throws -> T) throws -> T {
        try prepareDirectory()
        let lock = try FileLock(path: lockPath, exclusive: true)
        defer { withExtendedLifetime(lock) {} }
        let before = try readDocument(forWriting: true)
        var change = Change(document: before, summary: summary)
        let result = try body(&change)
        guard change.document != before || !change.appended.isEmpty else { return result }

        var after = change.document
        after.journal = try Journal.append(change.appended, to: journalPath, after: before.journal)
        after.undo = UndoRecord(
            summary: change.summary, contactsBefore: Self.changedContacts(from: before.contacts, to: after.contacts),
            settingsBefore: before.settings == after.settings ? nil : before.settings,
            appended: change.appended, removed: [], journalBefore: before.journal)
        try commit(after, indexer: indexer)
        return result
    }

    /// Reverts the last change (an undo is itself undoable); returns what was undone, or nil
    /// when there is nothing to undo.
    public func undo(indexer: Indexer? = nil) throws -> String? {
        try prepareDirectory()
        let lock = try FileLock(path: lockPath, exclusive: true)
        defer { withExtendedLifetime(lock) {} }
        var document = try readDocument(forWriting: true)
        guard let record = document.undo else { return nil }

        var byID = Dictionary(document.contacts.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let inverseSnapshots = record.contactsBefore.map { ContactSnapshot(id: $0.id, contact: byID[$0.id]) }
        var order = document.contacts.map(\.id)
        for snapshot in record.contactsBefore {
            if let contact = snapshot.contact {
                if byID[snapshot.id] == nil { order.append(snapshot.id) }
                byID[snapshot.id] = contact
            } else {
                byID[snapshot.id] = nil
            }
        }
        document.contacts = order.compactMap { byID[$0] }
        let inverseSettings = record.settingsBefore.map { _ in document.settings }
        if let settings = record.settingsBefore { document.settings = settings }

        let truncated = record.appended.isEmpty ? document.journal : record.journalBefore
        document.journal = try Journal.append(record.removed, to: journalPath, after: truncated)
        document.undo = UndoRecord(
            summary: "undo of: \(record.summary)", contactsBefore: inverseSnapshots, settingsBefore: inverseSettings,
            appended: record.removed, removed: record.appended, journalBefore: truncated)
        try commit(document, indexer: indexer)
        return record.summary
    }

    /// Deletes the store, its journal, backup and index under the lock (for the demo store,
    /// which is rebuilt from scratch each time).
    public func erase() throws {
        try prepareDirectory()
        let lock = try FileLock(path: lockPath, exclusive: true)
        defer { withExtendedLifetime(lock) {} }
        for file in [path, journalPath, backupPath, indexPath] where FileManager.default.fileExists(atPath: file) {
            do {
                try FileManager.default.removeItem(atPath: file)
            } catch {
                throw StoreError.io(path: file, problem: "cannot remove: \(error.localizedDescription)")
            }
        }
    }

    /// Committed touches, all or one contact's, oldest first.
    public func touches(contact: String? = nil) throws -> [Touch] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        let lock = try FileLock(path: lockPath, exclusive: false)
        defer { withExtendedLifetime(lock) {} }
        let document = try readDocument(forWriting: false)
        return try Journal.read(journalPath, mark: document.journal, contact: contact)
    }

    /// Every contact's next step and the settings, from the index when it is current, else
    /// built from the store (and the index refreshed for next time).
    public func schedule(indexer: Indexer) throws -> Schedule {
        guard FileManager.default.fileExists(atPath: path) else { return Self.schedule(StoreDocument(), indexer) }
        let identity: String?
        let items: Schedule
        do {
            let lock = try FileLock(path: lockPath, exclusive: false)
            defer { withExtendedLifetime(lock) {} }
            identity = PosixFile.identity(path)
            if let identity, let cached = ScheduleIndex.read(indexPath, storeIdentity: identity, fingerprint: indexer.fingerprint) {
                return cached
            }
            items = Self.schedule(try readDocument(forWriting: false), indexer)
        }
        if let identity, let lock = try? FileLock(path: lockPath, exclusive: true), PosixFile.identity(path) == identity {
            try? ScheduleIndex.write(items, to: indexPath, storeIdentity: identity, fingerprint: indexer.fingerprint)
            withExtendedLifetime(lock) {}
        }
        return items
    }

    // MARK: - Internals

    private func commit(_ document: StoreDocument, indexer: Indexer?) throws {
        let data = try StoreCoding.encoder(pretty: true).encode(document)
        try AtomicFile.replace(path, with: data, keepBackup: true)
        if let indexer, let identity = PosixFile.identity(path) {
            try? ScheduleIndex.write(
                Self.schedule(document, indexer), to: indexPath, storeIdentity: identity, fingerprint: indexer.fingerprint)
        }
    }

    private static func schedule(_ document: StoreDocument, _ indexer: Indexer) -> Schedule {
        Schedule(settings: document.settings, items: indexer.build(document))
    }

    private func prepareDirectory() throws {
        let directory = (path as NSString).deletingLastPathComponent
        guard !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) else { return }
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreError.io(path: directory, problem: "cannot create the folder: \(error.localizedDescription)")
        }
    }

    private func readDocument(forWriting: Bool) throws -> StoreDocument {
        guard let data = try PosixFile.readAll(path) else { return StoreDocument() }
        let decoder = StoreCoding.decoder()
        do {
            let document = try decoder.decode(StoreDocument.self, from: data)
            if document.schemaVersion > supportedVersion {
                throw StoreError.newerVersion(path: path, version: document.schemaVersion, supported: supportedVersion)
            }
            if document.schemaVersion == supportedVersion { return document }
        } catch let error as StoreError {
            throw error
        } catch let error as DecodingError {
            if let syntax = JSONLocation.syntaxError(in: data) {
                throw StoreError.unparsable(path: path, line: syntax.line, column: syntax.column, problem: syntax.problem)
            }
            if case .mismatch = versionCheck(data) { throw StoreError.invalid(path: path, problem: Self.describe(error)) }
        }
        return try migrate(data, forWriting: forWriting)
    }

    private enum VersionCheck {
        case newer(Int)
        case older(Int)
        case mismatch
    }

    private func versionCheck(_ data: Data) -> VersionCheck {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let version = object["schemaVersion"] as? Int
        else { return .mismatch }
        if version > supportedVersion { return .newer(version) }
        if version < supportedVersion { return .older(version) }
        return .mismatch
    }

    /// Brings an older file forward in memory; when writing, the old file is kept first as
    /// `store.json.v<N>.bak`.
    private func migrate(_ data: Data, forWriting: Bool) throws -> StoreDocument {
        switch versionCheck(data) {
        case .newer(let version):
            throw StoreError.newerVersion(path: path, version: version, supported: supportedVersion)
        case .mismatch:
            throw StoreError.invalid(path: path, problem: "no schemaVersion")
        case .older(let version):
            guard var object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw StoreError.invalid(path: path, problem: "not a JSON object")
            }
            try StoreMigrations.migrate(&object, from: version, to: supportedVersion, using: migrations, path: path)
            if forWriting {
                let backup = "\(path).v\(version).bak"
                if !FileManager.default.fileExists(atPath: backup) { try AtomicFile.replace(backup, with: data, keepBackup: false) }
            }
            do {
                let migrated = try JSONSerialization.data(withJSONObject: object)
                return try StoreCoding.decoder().decode(StoreDocument.self, from: migrated)
            } catch let error as DecodingError {
                throw StoreError.invalid(path: path, problem: "after migrating from schema \(version): \(Self.describe(error))")
            }
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
            return "at \(JSONLocation.describe(context.codingPath)): \(context.debugDescription)"
        case let .keyNotFound(key, context):
            let place = JSONLocation.describe(context.codingPath)
            return "\(place.isEmpty ? "the top level" : place) is missing '\(key.stringValue)'"
        @unknown default:
            return "\(error)"
        }
    }

    private static func changedContacts(from before: [Contact], to after: [Contact]) -> [ContactSnapshot] {
        let old = Dictionary(before.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let new = Set(after.map(\.id))
        var snapshots = after.filter { old[$0.id] != $0 }.map { ContactSnapshot(id: $0.id, contact: old[$0.id]) }
        snapshots += before.filter { !new.contains($0.id) }.map { ContactSnapshot(id: $0.id, contact: $0) }
        return snapshots
    }
}
