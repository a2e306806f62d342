import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Replaces a file so that a crash leaves either the old or the new version, never a mix:
/// temp file in the same folder, fsync, keep the old one as `.bak`, rename, fsync the folder.
enum AtomicFile {
    /// Writes a new file whole through a temporary name, without flushing: for many files
    /// written at once and flushed together (`sync`) before anything refers to them.
    static func write(_ path: String, with data: Data) throws {
        let temp = "\(path).tmp.\(getpid())"
        let fd = try PosixFile.open(temp, O_WRONLY | O_CREAT | O_TRUNC)
        do {
            try PosixFile.writeAll(fd, data, path: temp)
            close(fd)
        } catch {
            close(fd)
            unlink(temp)
            throw error
        }
        guard rename(temp, path) == 0 else {
            let failure = PosixFile.error(path, "cannot replace")
            unlink(temp)
            throw failure
        }
    }

    static func replace(_ path: String, with data: Data, keepBackup: Bool) throws {
        try replace(path, keepBackup: keepBackup) { fd, temp in try PosixFile.writeAll(fd, data, path: temp) }
    }

    /// The same, with the contents written piece by piece by `writing` (given the open file
    /// and its temporary path): a large file is never whole in memory.
    static func replace(_ path: String, keepBackup: Bool, writing: (Int32, String) throws -> Void) throws {
        let directory = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        let temp = "\(path).tmp.\(getpid())"
        unlink(temp)
        let fd = try PosixFile.open(temp, O_WRONLY | O_CREAT | O_EXCL)
        do {
            try writing(fd, temp)
            try PosixFile.sync(fd, path: temp)
            close(fd)
        } catch {
            close(fd)
            unlink(temp)
            throw error
        }
        if keepBackup && access(path, F_OK) == 0 {
            // A hard link keeps the previous good version at no copying cost.
            let backupTemp = "\(path).bak.tmp.\(getpid())"
            unlink(backupTemp)
            if link(path, backupTemp) == 0 {
                rename(backupTemp, "\(path).bak")
            }
        }
        guard rename(temp, path) == 0 else {
            let failure = PosixFile.error(path, "cannot replace")
            unlink(temp)
            throw failure
        }
        try PosixFile.syncDirectory(directory)
    }
}
