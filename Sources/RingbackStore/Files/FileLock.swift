import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// An advisory `flock` on a sidecar lock file, held for one read-modify-write (exclusive)
/// or one consistent read (shared); never while a person is typing. The holder of the
/// exclusive lock writes its process id into the file, so a waiter can say whom it waits
/// for; after `timeout` the waiter gives up with nothing changed. Inside a change this
/// process is making, a read goes ahead without locking again (it would wait for itself).
final class FileLock {
    private let fd: Int32
    private let path: String
    private let exclusive: Bool
    /// Lock files this process holds exclusively.
    private static let held = Mutex<Set<String>>([])

    /// How long a waiter stays quiet before saying what it waits for.
    static let quietWait: TimeInterval = 1

    init(path: String, exclusive: Bool, timeout: TimeInterval, waiting: (String) -> Void = FileLock.tellStandardError) throws {
        self.path = path
        let inChange = Self.held.withLock { $0.contains(path) }
        if inChange && exclusive {
            throw StoreError.io(path: path, problem: "a change inside a change (a bug in Ringback); nothing was changed")
        }
        self.exclusive = exclusive && !inChange
        fd = try PosixFile.open(path, O_RDWR | O_CREAT)
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
                let holder = Self.holder(fd)
                close(fd)
                throw StoreError.busy(path: path, holder: holder, seconds: Int(timeout.rounded()))
            }
            if !told && waited >= Self.quietWait {
                told = true
                let holder = Self.holder(fd).map { "process \($0)" } ?? "another process"
                waiting("waiting for the store, in use by \(holder) (giving up after \(Int(timeout.rounded())) s)…")
            }
            usleep(20_000)
        }
        if exclusive {
            _ = Self.held.withLock { $0.insert(path) }
            let text = Data("\(getpid())\n".utf8)
            if ftruncate(fd, 0) == 0 { _ = try? PosixFile.writeAll(fd, text, path: path) }
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
    private static func holder(_ fd: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let got = pread(fd, &buffer, buffer.count, 0)
        guard got > 0, let pid = Int32(String(decoding: buffer[0..<got], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)),
            kill(pid, 0) == 0 || errno == EPERM
        else { return nil }
        return pid
    }

    static func tellStandardError(_ line: String) {
        FileHandle.standardError.write(Data(("ringback: " + line + "\n").utf8))
    }
}
