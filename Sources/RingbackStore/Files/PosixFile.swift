import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Thin wrappers over the POSIX calls the store needs for durable, private files.
enum PosixFile {
    /// Private files: notes about people are nobody else's business.
    static let privateMode: mode_t = 0o600

    static func open(_ path: String, _ flags: Int32) throws -> Int32 {
        let fd = Glibc.open(path, flags | O_CLOEXEC, privateMode)
        guard fd >= 0 else { throw error(path, "cannot open") }
        return fd
    }

    static func writeAll(_ fd: Int32, _ data: Data, path: String) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw error(path, "cannot write")
                }
                offset += written
            }
        }
    }

    static func sync(_ fd: Int32, path: String) throws {
        guard fsync(fd) == 0 else { throw error(path, "cannot flush to disk") }
    }

    /// Makes a rename in `directory` durable.
    static func syncDirectory(_ directory: String) throws {
        let fd = try open(directory, O_RDONLY | O_DIRECTORY)
        defer { close(fd) }
        try sync(fd, path: directory)
    }

    /// A file's bytes mapped into memory rather than copied (a large table read whole): no
    /// fresh pages to zero and fill. Only for files replaced by rename, never rewritten in
    /// place, so the mapping stays whole. Nil when missing; an empty file reads as empty.
    static func mapped(_ path: String) throws -> Data? {
        try withOpened(path) { fd, size in
            guard size > 0 else { return Data() }
            guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0), address != MAP_FAILED else {
                return try read(fd, size, path: path)
            }
            return Data(bytesNoCopy: address, count: size, deallocator: .custom { pointer, count in munmap(pointer, count) })
        }
    }

    static func readAll(_ path: String, limit: Int? = nil) throws -> Data? {
        try withOpened(path) { fd, size in try read(fd, limit.map { min($0, size) } ?? size, path: path) }
    }

    /// Opens `path` for reading and hands `body` the descriptor and the file's size; nil when
    /// the file does not exist.
    private static func withOpened(_ path: String, _ body: (Int32, Int) throws -> Data) throws -> Data? {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw error(path, "cannot open")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw error(path, "cannot stat") }
        return try body(fd, Int(info.st_size))
    }

    /// Up to `size` bytes from the start of an open file.
    private static func read(_ fd: Int32, _ size: Int, path: String) throws -> Data {
        var data = Data(count: size)
        var offset = 0
        try data.withUnsafeMutableBytes { (buffer: UnsafeMutableRawBufferPointer) in
            while offset < size {
                let got = Glibc.read(fd, buffer.baseAddress! + offset, size - offset)
                if got < 0 {
                    if errno == EINTR { continue }
                    throw error(path, "cannot read")
                }
                if got == 0 { break }
                offset += got
            }
        }
        return offset == size ? data : data.prefix(offset)
    }

    /// The first `bytes` bytes of a file; nil when it cannot be read.
    static func readHead(_ path: String, bytes: Int) -> Data? { try? readAll(path, limit: bytes) }

    /// The last `bytes` bytes of a file (all of a shorter one); nil when it cannot be read.
    static func readTail(_ path: String, bytes: Int) -> Data? {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        let start = max(0, Int(info.st_size) - bytes)
        guard Int(info.st_size) > start else { return Data() }
        var data = Data(count: Int(info.st_size) - start)
        let got = data.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, off_t(start)) }
        return got == data.count ? data : nil
    }

    /// A file's size in bytes, or nil when it does not exist.
    static func size(_ path: String) -> Int? {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : nil
    }

    static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    /// Creates a folder (and its parents), private to the user.
    static func makeFolder(_ path: String) throws {
        guard !exists(path) else { return }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreError.io(path: path, problem: "cannot create the folder: \(error.localizedDescription)")
        }
    }

    /// Removes everything inside a folder and keeps the folder (the store's lock is on it).
    static func emptyFolder(_ path: String) throws {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
            do {
                try FileManager.default.removeItem(atPath: path + "/" + name)
            } catch {
                throw StoreError.io(path: path + "/" + name, problem: "cannot remove: \(error.localizedDescription)")
            }
        }
    }

    /// Identity of a file's current version: inode, size and modification time.
    static func identity(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return "\(info.st_ino):\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }

    static func error(_ path: String, _ what: String) -> StoreError {
        StoreError.io(path: path, problem: "\(what): \(String(cString: strerror(errno)))")
    }
}
