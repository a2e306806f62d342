import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Where each file of a JSON store lives. The store file may be a symlink (a synced
/// folder): everything is placed beside its target, and writes go to the target.
///
/// `store.json` (settings, generation, undo stacks), `store.json.lock` (the lock holder's
/// process id; the lock itself is on `store.d`), `store.json.bak`,
/// and the folder `store.d/`: `contacts/<id>.json` (one contact and its touches),
/// `changes/<n>.json` (change records kept for undo and for finishing an interrupted
/// change), `practice.json`, and `index/` (derived tables, rebuilt when stale).
struct StoreLayout: Sendable {
    /// The store file as the user named it.
    let given: String
    /// The file it resolves to.
    let path: String

    init(_ given: String) {
        self.given = given
        path = Self.resolve(given)
    }

    /// The folder the lock is taken on (it holds the store, so it cannot vanish under a holder).
    var lockPath: String { folder }
    /// The exclusive holder's process id, for a waiter to name.
    var lockNote: String { path + ".lock" }
    var backupPath: String { path + ".bak" }
    var directory: String { Self.parent(of: path) }
    var folder: String { (path.hasSuffix(".json") ? String(path.dropLast(5)) : path) + ".d" }
    var contactsFolder: String { folder + "/contacts" }
    var changesFolder: String { folder + "/changes" }
    var indexFolder: String { folder + "/index" }
    var practicePath: String { folder + "/practice.json" }

    /// The schema-2 files a migration replaces.
    var legacyJournal: String { path + ".touches.jsonl" }
    var legacyIndex: String { path + ".index.tsv" }

    func contactPath(_ id: String) -> String { contactsFolder + "/" + Self.fileName(id) + ".json" }
    func changePath(_ generation: Int) -> String { changesFolder + "/\(generation).json" }

    /// A file name for an id: letters, digits, '-' and '_' as they are, anything else
    /// (a slash, a dot) as %XX, so no id can leave the folder.
    static func fileName(_ id: String) -> String {
        var name = ""
        for scalar in id.unicodeScalars {
            if scalar == "-" || scalar == "_" || CharacterSet.alphanumerics.contains(scalar) {
                name.unicodeScalars.append(scalar)
            } else {
                for byte in String(scalar).utf8 { name += String(format: "%%%02X", byte) }
            }
        }
        return name.isEmpty ? "%" : name
    }

    static func parent(of path: String) -> String {
        let parent = (path as NSString).deletingLastPathComponent
        return parent.isEmpty ? "." : parent
    }

    /// Follows symlinks (up to 32) to the file they name, which need not exist yet.
    static func resolve(_ path: String) -> String {
        var current = path
        for _ in 0..<32 {
            var info = stat()
            guard lstat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length > 0 else { return current }
            let target = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = target.hasPrefix("/") ? target : parent(of: current) + "/" + target
        }
        return current
    }
}
