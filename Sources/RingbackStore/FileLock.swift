#if canImport(Glibc)
    import Glibc
#endif

/// An advisory `flock` on a sidecar lock file, held for one read-modify-write (exclusive)
/// or one consistent read (shared); never while a person is typing.
final class FileLock {
    private let fd: Int32

    init(path: String, exclusive: Bool) throws {
        fd = try PosixFile.open(path, O_RDWR | O_CREAT)
        while flock(fd, exclusive ? LOCK_EX : LOCK_SH) != 0 {
            if errno == EINTR { continue }
            let failure = PosixFile.error(path, "cannot lock")
            close(fd)
            throw failure
        }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
