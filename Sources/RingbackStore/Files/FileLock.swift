import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// An advisory `flock` on the store's own folder (`store.d`), held for one read-modify-write
/// (exclusive) or one consistent read (shared); never while a person is typing. The folder
/// is locked, not a sidecar file, because a folder that holds the store cannot be removed
/// or replaced behind the holder's back (a sync tool or a cleanup script deleting a lock
/// file would let a second writer in). The holder of the exclusive lock writes its process
/// id into a note file, so a waiter can say whom it waits for (deleting the note only loses
/// that name); after `timeout` the waiter gives up with nothing changed. Inside a change
/// this process is making, a read goes ahead without locking again (it would wait for itself).
final class FileLock {
    private let fd: Int32
    private let path: String
    private let note: String
    private let exclusive: Bool
    /// Store folders this process holds the exclusive lock on.
    private static let held = Mutex<Set<String>>([])

    /// Locks the folder at `path` (which must exist); the holder's process id goes to `note`.
    init(path: String, note: String, exclusive: Bool, timeout: TimeInterval, waiting: (String) -> Void = StoreWait.tellStandardError) throws
    {
        self.path = path
        self.note = note
        let inChange = Self.held.withLock { $0.contains(path) }
        if inChange && exclusive {
            throw StoreError.io(path: path, problem: "a change inside a change (a bug in Ringback); nothing was changed")
        }
        self.exclusive = exclusive && !inChange
        fd = try PosixFile.open(path, O_RDONLY | O_DIRECTORY)
        if inChange { return }
        let operation = exclusive ? LOCK_EX : LOCK_SH
        let start = Date()
        var told = false
        while flock(fd, operation | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                let failure = PosixFile.error(path, "cannot lock")
                close(fd)
                throw failure
            }
            let waited = Date().timeIntervalSince(start)
            if waited >= timeout {
                let holder = Self.holder(note)
                close(fd)
                throw StoreError.busy(path: note, holder: holder.map { "process \($0)" }, seconds: Int(timeout.rounded()))
            }
            if !told && waited >= StoreWait.quiet {
                told = true
                let holder = Self.holder(note).map { "process \($0)" } ?? "another process"
                waiting("waiting for the store, in use by \(holder) (giving up after \(Int(timeout.rounded())) s)…")
            }
            usleep(20_000)
        }
        if exclusive {
            _ = Self.held.withLock { $0.insert(path) }
            let noteFD = Glibc.open(note, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
            if noteFD >= 0 {
                _ = try? PosixFile.writeAll(noteFD, Data("\(getpid())\n".utf8), path: note)
                close(noteFD)
            }
        }
    }

    /// True when this process holds the exclusive lock on `path` (it is making a change).
    static func isHeld(_ path: String) -> Bool { held.withLock { $0.contains(path) } }

    deinit {
        if exclusive { _ = Self.held.withLock { $0.remove(path) } }
        flock(fd, LOCK_UN)
        close(fd)
    }

    /// The process id the last exclusive holder wrote, when it is still running.
    private static func holder(_ note: String) -> Int32? {
        guard let data = PosixFile.readHead(note, bytes: 32),
            let pid = Int32(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)),
            isRunning(pid)
        else { return nil }
        return pid
    }

    /// True when a process with this id exists (ours or another user's).
    static func isRunning(_ pid: Int32) -> Bool { pid > 0 && (kill(pid, 0) == 0 || errno == EPERM) }
}
