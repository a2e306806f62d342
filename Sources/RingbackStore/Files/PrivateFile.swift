import Foundation

/// Writes a file that holds private notes about people (an export) the way the store writes
/// its own: mode 0600 whatever the umask, replaced whole (a calendar subscribed to it, or a
/// cron job writing it, never sees half a file), through a symlink to its target.
public enum PrivateFile {
    /// Replaces `path` with `data`; errors name the file and say what failed.
    public static func write(_ path: String, _ data: Data) throws {
        try AtomicFile.replace(StoreLayout.resolve(path), with: data, keepBackup: false)
    }
}
