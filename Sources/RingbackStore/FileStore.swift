import Foundation
import RingbackCore

#if canImport(Glibc)
    import Glibc
#endif

/// The JSON store: a small store file and one file per contact (see `StoreLayout`), so an
/// action costs what it touches. Reports read derived tables (`index/`), rebuilt from the
/// contact files whenever they are stale; every write is a locked change whose record is
/// flushed first (`FileStore+Writing`); a file it cannot parse is never overwritten.
public final class FileStore: Store, @unchecked Sendable {
    let layout: StoreLayout
    let legacyMigrations: [Migration]
    /// Seconds a command waits for another one's lock; nil: the store's setting.
    let lockTimeout: TimeInterval?
    let waiting: (String) -> Void
    /// The user's name from this machine's config (`ringback config me`), over the one a
    /// store written before 0.5 may hold, in every settings this store returns.
    let me: String?
    /// During a change this process is making: the store file it started from, and the
    /// indexer a table it rebuilds plans the schedule with.
    var openChange: (manifest: Manifest, indexer: Indexer?)?

    public var location: String { layout.given }
    /// The store file written to (the symlink's target when the given path is one).
    public var path: String { layout.path }

    public init(
        path: String, migrations: [Migration] = StoreMigrations.all, lockTimeout: TimeInterval? = nil,
        waiting: ((String) -> Void)? = nil, me: String? = nil
    ) {
        layout = StoreLayout(path)
        legacyMigrations = migrations
        self.lockTimeout = lockTimeout
        self.waiting = waiting ?? StoreWait.tellStandardError
        self.me = me
    }

    public static let defaultLockTimeout: TimeInterval = 30
    /// The store format this Ringback writes.
    public static let schemaVersion = Manifest.currentVersion

    // MARK: - Reads

    public func settings() throws -> Settings { try reading { $0.manifest.settings.named(me) } }

    public func directory() throws -> [ContactSummary] {
        try cached(Self.directories, key: layout.path) { try $0.directory() }
    }

    public func candidates(for name: String) throws -> [ContactBook.Entry] {
        try reading { try $0.candidates(for: name) }
    }

    public func everyone() throws -> [ContactBook.Entry] {
        try reading { try $0.entries() }
    }

    public func contact(id: String) throws -> StoredContact? {
        try reading { _ in try readContact(id) }
    }

    public func allContacts() throws -> [StoredContact] {
        try reading { _ in try contactFiles().compactMap { try readContactFile($0) } }
    }

    public func activity(since: Date?) throws -> [Touch] {
        let touches = try reading { try $0.activity() }
        guard let since else { return touches }
        return touches.filter { $0.at >= since }
    }

    public func contacts(withTouch prefix: String) throws -> [String] {
        try reading { try $0.contacts(withTouch: prefix) }
    }

    public func figures() throws -> ActivityFigures {
        try reading { try $0.figures() }
    }

    public func practice() throws -> [PracticeRecord] {
        try reading { _ in try readPractice() }
    }

    public func schedule(indexer: Indexer) throws -> Schedule {
        try cached(Self.schedules, key: layout.path + "|" + indexer.fingerprint) {
            Schedule(settings: $0.manifest.settings.named(me), items: try $0.schedule(indexer))
        }
    }

    public func schedule(indexer: Indexer, narrowedBy pick: (Settings, [BriefStep]) -> Set<String>) throws -> Schedule {
        let key = layout.path + "|" + indexer.fingerprint
        return try reading { tables in
            let version = PosixFile.identity(layout.path)
            let settings = tables.manifest.settings
            // One read for the brief and the chosen steps, unless the shell already holds the brief.
            if Self.briefs.value(key, version: version) == nil, let (brief, items) = tables.narrowedSchedule(indexer, pick: pick) {
                Self.briefs.keep(brief, key, version: version)
                return Schedule(settings: settings.named(me), items: items)
            }
            let brief = try Self.briefs.value(key, version: version) ?? tables.briefSchedule(indexer)
            Self.briefs.keep(brief, key, version: version)
            return Schedule(settings: settings.named(me), items: try tables.schedule(indexer, of: pick(settings, brief)))
        }
    }

    private static let briefs = ReadCache<[BriefStep]>()
    private static let directories = ReadCache<[ContactSummary]>()
    private static let schedules = ReadCache<Schedule>()

    /// A read kept for as long as the store file is the same version (see `ReadCache`).
    private func cached<T: Sendable>(_ cache: ReadCache<T>, key: String, _ body: (Tables) throws -> T) throws -> T {
        if let value = cache.value(key, version: PosixFile.identity(layout.path)) { return value }
        let (value, version) = try reading { (try body($0), PosixFile.identity(layout.path)) }
        cache.keep(value, key, version: version)
        return value
    }

    /// Conflict copies a sync tool left of this store's files (see `ConflictCopies`): beside
    /// the store file and atop its folder, or, when `deep`, among the contacts too.
    public func conflictCopies(deep: Bool = false) -> [String] { ConflictCopies.find(layout, deep: deep) }

    public func history() throws -> (undo: [ChangeStep], redo: [ChangeStep]) {
        try reading { ($0.manifest.undo.reversed(), $0.manifest.redo.reversed()) }
    }

    // MARK: - Opening

    /// A consistent view under the shared lock; a store that needs work first (an older
    /// schema, an interrupted change, stale tables) gets it under the exclusive lock.
    func reading<T>(_ body: (Tables) throws -> T) throws -> T {
        guard PosixFile.exists(layout.path) else { return try body(Tables(store: self, manifest: Manifest(), empty: true)) }
        if FileLock.isHeld(layout.lockPath) {
            // Inside this process's own change: the files are as the change found them.
            return try body(Tables(store: self, manifest: try openChange?.manifest ?? prepare(), indexer: openChange?.indexer))
        }
        do {
            let lock = try lock(exclusive: false)
            defer { withExtendedLifetime(lock) {} }
            if let manifest = try readyManifest() {
                do { return try body(Tables(store: self, manifest: manifest, rebuild: false)) } catch is Tables.Stale {}
            }
        }
        let lock = try lock(exclusive: true)
        defer { withExtendedLifetime(lock) {} }
        return try body(Tables(store: self, manifest: try prepare(), rebuild: true))
    }

    func lock(exclusive: Bool) throws -> FileLock {
        try PosixFile.makeFolder(layout.folder)
        let timeout =
            lockTimeout ?? (try? readManifest(checked: false))?.settings.lockTimeout.map(TimeInterval.init) ?? Self.defaultLockTimeout
        return try FileLock(path: layout.lockPath, note: layout.lockNote, exclusive: exclusive, timeout: timeout, waiting: waiting)
    }

    /// The store file when nothing needs doing first; nil when it does.
    private func readyManifest() throws -> Manifest? {
        guard let manifest = try readManifest(), !PosixFile.exists(layout.changePath(manifest.generation + 1)) else { return nil }
        return manifest
    }

    /// Under the exclusive lock: migrates an older store, finishes an interrupted change,
    /// and returns the store file.
    func prepare() throws -> Manifest {
        guard let manifest = try readManifest() else {
            try LegacyStore.migrate(layout, migrations: legacyMigrations)
            return try prepare()
        }
        let pending = layout.changePath(manifest.generation + 1)
        guard PosixFile.exists(pending) else { return manifest }
        removeStaleTemporaries()
        try apply(try readChange(manifest.generation + 1), previous: manifest, indexer: nil)
        return try prepare()
    }

    /// The store file; nil for an older schema (migrate first); empty when missing. Unless
    /// `checked` is false, one that does not pair with the folder beside it is refused.
    func readManifest(checked: Bool = true) throws -> Manifest? {
        guard let data = try PosixFile.readAll(layout.path) else { return Manifest() }
        let version = try StoreJSON.version(of: data, path: layout.path)
        if version > Manifest.currentVersion {
            throw StoreError.newerVersion(path: layout.path, version: version, supported: Manifest.currentVersion)
        }
        if version < Manifest.currentVersion { return nil }
        let manifest = try StoreJSON.decode(Manifest.self, from: data, path: layout.path)
        // Copied without store.d: say so rather than show an empty store.
        if manifest.generation > 0, !PosixFile.exists(layout.contactsFolder), !PosixFile.exists(layout.changesFolder) {
            throw StoreError.missingFolder(store: layout.path, folder: layout.folder, generation: manifest.generation)
        }
        if checked { try checkPaired(manifest) }
        return manifest
    }

    /// A store file and a folder from different copies (one put back from an older backup,
    /// or synced only in part) are refused, not shown as one store: the folder must hold the
    /// change records the store file's undo history names, and none past the next change.
    func checkPaired(_ manifest: Manifest) throws {
        let numbers = try changeNumbers()
        let newest = numbers.max() ?? 0
        if let named = manifest.kept.max(), !numbers.contains(named) {
            throw StoreError.mismatchedCopies(
                store: layout.path, folder: layout.folder, storeAt: manifest.generation, folderAt: newest)
        }
        if newest > manifest.generation + 1 {
            throw StoreError.mismatchedCopies(
                store: layout.path, folder: layout.folder, storeAt: manifest.generation, folderAt: newest)
        }
    }

    /// The numbers of the change records in the folder.
    func changeNumbers() throws -> [Int] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: layout.changesFolder) else { return [] }
        return names.compactMap { $0.hasSuffix(".json") ? Int($0.dropLast(5)) : nil }
    }

    // MARK: - Files

    /// Deletes half-written temporary files left by a process killed mid-write. Under the
    /// exclusive lock no write is in progress; a temporary file is still removed only when
    /// the process named in it (`NAME.tmp.PID`) is this one or no longer runs.
    func removeStaleTemporaries() {
        // Beside the store file, only this store's own temporary files.
        removeStaleTemporaries(in: layout.directory, named: (layout.path as NSString).lastPathComponent)
        for folder in [layout.folder, layout.contactsFolder, layout.changesFolder, layout.indexFolder] {
            removeStaleTemporaries(in: folder)
        }
    }

    /// Deletes the stale temporary files in one folder whose names start with `prefix`.
    func removeStaleTemporaries(in folder: String, named prefix: String = "") {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        where name.hasPrefix(prefix) && Self.isStaleTemporary(name, in: folder) {
            unlink(folder + "/" + name)
        }
    }

    /// A temporary file (`NAME.tmp.PID`) whose writer is this process or has ended: its process
    /// id names no process, or one started after the file was last written (an id used again).
    static func isStaleTemporary(_ name: String, in folder: String) -> Bool {
        guard let mark = name.range(of: ".tmp.", options: .backwards) else { return false }
        guard let pid = Int32(name[mark.upperBound...]) else { return true }
        guard pid != getpid(), FileLock.isRunning(pid) else { return true }
        var file = stat()
        var process = stat()
        guard stat(folder + "/" + name, &file) == 0, stat("/proc/\(pid)", &process) == 0 else { return false }
        return process.st_ctim.tv_sec > file.st_mtim.tv_sec
    }

    func readContact(_ id: String) throws -> StoredContact? { try readContactFile(layout.contactPath(id)) }

    func readContactFile(_ path: String) throws -> StoredContact? {
        guard let data = try PosixFile.readAll(path) else { return nil }
        return try StoreJSON.decode(StoredContact.self, from: data, path: path)
    }

    /// Every contact file's path: the names an id is written as (`StoreLayout.fileName`), so
    /// a sync tool's conflict copy ("dana (conflicted copy).json") is never read as a contact.
    func contactFiles() throws -> [String] {
        guard PosixFile.exists(layout.contactsFolder) else { return [] }
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_%"))
        do {
            return try FileManager.default.contentsOfDirectory(atPath: layout.contactsFolder)
                .filter { $0.hasSuffix(".json") && $0.dropLast(5).unicodeScalars.allSatisfy(allowed.contains) }.sorted()
                .map { layout.contactsFolder + "/" + $0 }
        } catch {
            throw StoreError.io(path: layout.contactsFolder, problem: "cannot list: \(error.localizedDescription)")
        }
    }

    func readChange(_ generation: Int) throws -> ChangeRecord {
        let path = layout.changePath(generation)
        guard let data = try PosixFile.readAll(path) else {
            throw StoreError.invalid(path: path, problem: "the change record is missing")
        }
        return try StoreJSON.decode(ChangeRecord.self, from: data, path: path)
    }

    func readPractice() throws -> [PracticeRecord] {
        guard let data = try PosixFile.readAll(layout.practicePath) else { return [] }
        return try StoreJSON.decode([PracticeRecord].self, from: data, path: layout.practicePath)
    }

    func write<T: Encodable>(_ value: T, to path: String, keepBackup: Bool = false) throws {
        try AtomicFile.replace(path, with: try StoreCoding.encoder(pretty: true).encode(value), keepBackup: keepBackup)
    }
}
