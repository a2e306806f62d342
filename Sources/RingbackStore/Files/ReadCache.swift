import Synchronization

/// What this process last read from each store, kept while the store file is the same
/// version (its inode, size and modification time change with every committed change), so
/// the shell reads a table again only after something changed it, here or elsewhere.
final class ReadCache<Value: Sendable>: Sendable {
    private let entries = Mutex<[String: (version: String, value: Value)]>([:])

    /// The value read for `key` at `version`, when that is still the version.
    func value(_ key: String, version: String?) -> Value? {
        guard let version else { return nil }
        return entries.withLock { $0[key].flatMap { $0.version == version ? $0.value : nil } }
    }

    func keep(_ value: Value, _ key: String, version: String?) {
        guard let version else { return }
        entries.withLock { $0[key] = (version, value) }
    }
}
