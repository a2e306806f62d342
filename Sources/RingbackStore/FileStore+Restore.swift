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
    /// Contact files (and the practice list) rebuilt from the change records, by path.
    public var filesRestored: [String] = []
    /// Damaged files with no copy to rebuild from: left as they are.
    public var unrecoverable: [String] = []
    /// Damaged files kept beside the rebuilt ones (`.damaged`).
    public var keptDamaged: [String] = []
    /// The store file and the folder came from different copies; the store file was
    /// rewritten to match the folder (the changes each had then, the one it has now).
    public var paired: Pairing?
    /// Conflict copies a sync tool left among the store's files: not read, left as they are.
    public var conflictCopies: [String] = []
    /// A schema-2 store was moved to this version without the touches its journal had lost.
    public var touchesMissing: Int?

    /// How far apart a store file and its folder were, and where they meet now.
    public struct Pairing: Equatable, Sendable, Encodable {
        public var storeAt: Int
        public var folderAt: Int
        public var now: Int
    }

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
        try setAsideDamagedRecords(&report)
        do {
            _ = try readManifest()
        } catch let error as StoreError where error.isDamage {
            try restoreStoreFile(&report)
        } catch let StoreError.mismatchedCopies(_, _, storeAt, folderAt) {
            let current = try readManifest(checked: false)
            let now = try rebuildStoreFile(from: [current, try changeRecords().first?.manifest])
            report.paired = RestoreReport.Pairing(storeAt: storeAt, folderAt: folderAt, now: now)
        }
        let manifest: Manifest
        do {
            manifest = try prepare()
        } catch let StoreError.shortJournal(_, _, committed, found) {
            try LegacyStore.migrate(layout, migrations: legacyMigrations, wholeJournal: true)
            report.touchesMissing = committed - (found ?? 0)
            manifest = try prepare()
        }
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
                report.filesRestored.append(path)
            }
        }
        for table in [
            Tables.directoryIndex(layout), Tables.activityIndex(layout), Tables.figuresIndex(layout), Tables.scheduleIndex(layout),
        ] {
            table.remove()
        }
        try restorePractice(from: records, &report)
        report.conflictCopies = conflictCopies(deep: true)
        if report.unrecoverable.isEmpty {
            let tables = Tables(store: self, manifest: manifest)
            _ = try tables.directory()
            if let indexer { _ = try tables.schedule(indexer) }
        }
        return report
    }

    /// A change record that does not read is kept aside and left out of the undo history
    /// (its change stays in the contact files; only undoing it is lost).
    private func setAsideDamagedRecords(_ report: inout RestoreReport) throws {
        var setAside = false
        for number in try changeNumbers() {
            do {
                _ = try readChange(number)
            } catch let error as StoreError where error.isDamage {
                try keepDamaged(layout.changePath(number), &report)
                setAside = true
            }
        }
        if setAside, let current = try? readManifest(checked: false) { try rebuildStoreFile(from: [current]) }
    }

    /// The practice list as the newest change that wrote it left it, when it does not read.
    private func restorePractice(from records: [ChangeRecord], _ report: inout RestoreReport) throws {
        do {
            _ = try readPractice()
        } catch let error as StoreError where error.isDamage {
            guard let practice = records.lazy.compactMap(\.practiceAfter).first else {
                return report.unrecoverable.append(layout.practicePath)
            }
            try keepDamaged(layout.practicePath, &report)
            try write(practice, to: layout.practicePath)
            report.filesRestored.append(layout.practicePath)
        }
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
        try rebuildStoreFile(from: [backedUp, try changeRecords().first?.manifest])
    }

    /// Writes the latest of `candidates` (else the default settings) as the store file, its
    /// generation past every record and its stacks cut to the records the folder holds;
    /// returns that generation.
    @discardableResult
    private func rebuildStoreFile(from candidates: [Manifest?]) throws -> Int {
        var manifest = candidates.compactMap { $0 }.max { $0.generation < $1.generation } ?? Manifest()
        let numbers = try changeNumbers()
        manifest.generation = max(manifest.generation, numbers.max() ?? 0)
        manifest.undo = manifest.undo.filter { numbers.contains($0.generation) }
        manifest.redo = manifest.redo.filter { numbers.contains($0.generation) }
        try write(manifest, to: layout.path, keepBackup: true)
        return manifest.generation
    }

    private func keepDamaged(_ path: String, _ report: inout RestoreReport) throws {
        let aside = path + ".damaged"
        unlink(aside)
        guard rename(path, aside) == 0 else { throw PosixFile.error(path, "cannot move aside") }
        report.keptDamaged.append(aside)
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
