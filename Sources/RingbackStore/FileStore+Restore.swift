import Foundation
import RingbackCore

#if canImport(Glibc)
    import Glibc
#endif

/// What `restore` did.
public struct RestoreReport: Equatable, Sendable, Encodable {
    /// The store file was damaged and rebuilt (settings from its backup).
    public var storeFileRebuilt = false
    /// A schema-2 store was rebuilt from its backup with every touch in the journal.
    public var fromLegacyBackup = false
    /// Contact files rebuilt from the change records, by path.
    public var contactsRestored: [String] = []
    /// Damaged files with no copy to rebuild from: left as they are.
    public var unrecoverable: [String] = []
    /// Damaged files kept beside the rebuilt ones (`.damaged`).
    public var keptDamaged: [String] = []

    public init() {}
}

/// Recovery as a command: every damaged file rebuilt from what the store kept, nothing
/// committed lost, the damaged files kept aside, the tables rebuilt.
extension FileStore {
    public func restore(indexer: Indexer?) throws -> RestoreReport {
        let lock = try lock(exclusive: true)
        defer { withExtendedLifetime(lock) {} }
        var report = RestoreReport()
        removeStaleTemporaries()
        do {
            _ = try readManifest()
        } catch let error as StoreError where error.isDamage {
            try restoreStoreFile(&report)
        }
        let manifest = try prepare()
        let records = try changeRecords()
        for path in try contactFiles() {
            do {
                _ = try readContactFile(path)
            } catch let error as StoreError where error.isDamage {
                let name = String((path as NSString).lastPathComponent.dropLast(5))
                guard let copy = records.lazy.compactMap({ $0.after.first { StoreLayout.fileName($0.key) == name } }).first else {
                    report.unrecoverable.append(path)
                    continue
                }
                try keepDamaged(path, &report)
                if let file = copy.value { try write(file, to: path) }
                report.contactsRestored.append(path)
            }
        }
        for table in [
            Tables.directoryIndex(layout), Tables.activityIndex(layout), Tables.figuresIndex(layout), Tables.scheduleIndex(layout),
        ] {
            table.remove()
        }
        if report.unrecoverable.isEmpty {
            let tables = Tables(store: self, manifest: manifest)
            _ = try tables.directory()
            if let indexer { _ = try tables.schedule(indexer) }
        }
        return report
    }

    /// The store file as the newest change record or the backup left it, whichever is later
    /// (a schema-2 backup: that store with every journal line), else the default settings;
    /// the generation past every record, the stacks to the records kept.
    private func restoreStoreFile(_ report: inout RestoreReport) throws {
        try keepDamaged(layout.path, &report)
        report.storeFileRebuilt = true
        let backup = try? PosixFile.readAll(layout.backupPath)
        if let backup, let version = try? StoreJSON.version(of: backup, path: layout.backupPath), version < Manifest.currentVersion {
            report.fromLegacyBackup = true
            return try LegacyStore.migrate(layout, migrations: legacyMigrations, source: layout.backupPath, wholeJournal: true)
        }
        let backedUp = backup.flatMap { try? StoreJSON.decode(Manifest.self, from: $0, path: layout.backupPath) }
        let recorded = try changeRecords().first?.manifest
        var manifest = [backedUp, recorded].compactMap { $0 }.max { $0.generation < $1.generation } ?? Manifest()
        let numbers = try changeNumbers()
        manifest.generation = max(manifest.generation, numbers.max() ?? 0)
        manifest.undo = manifest.undo.filter { numbers.contains($0.generation) }
        manifest.redo = manifest.redo.filter { numbers.contains($0.generation) }
        try write(manifest, to: layout.path)
    }

    private func keepDamaged(_ path: String, _ report: inout RestoreReport) throws {
        let aside = path + ".damaged"
        unlink(aside)
        guard rename(path, aside) == 0 else { throw PosixFile.error(path, "cannot move aside") }
        report.keptDamaged.append(aside)
    }

    private func changeNumbers() throws -> [Int] {
        guard PosixFile.exists(layout.changesFolder) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: layout.changesFolder).compactMap {
            $0.hasSuffix(".json") ? Int($0.dropLast(5)) : nil
        }
    }

    /// Kept change records, newest first.
    private func changeRecords() throws -> [ChangeRecord] {
        try changeNumbers().sorted(by: >).compactMap { try? readChange($0) }
    }
}

extension StoreError {
    /// A file that exists but cannot be read as what it should be.
    var isDamage: Bool {
        switch self {
        case .unparsable, .invalid: return true
        default: return false
        }
    }
}
