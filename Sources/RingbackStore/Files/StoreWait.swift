import Foundation

/// How a change waits for another one that holds the store (a file lock, a team database's
/// row): quiet for a moment, then one line saying whose work it waits on, until the store's
/// `lock-timeout`.
public enum StoreWait {
    /// Seconds of silence before a waiting command says so.
    public static let quiet: TimeInterval = 1

    /// Says a waiting line on standard error ("ringback: waiting for the store, ...").
    public static func tellStandardError(_ line: String) {
        FileHandle.standardError.write(Data(("ringback: " + line + "\n").utf8))
    }
}
