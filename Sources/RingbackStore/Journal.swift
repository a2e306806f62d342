import Foundation
import RingbackCore

#if canImport(Glibc)
    import Glibc
#endif

/// The touch history: JSON Lines, one touch a line, appended under the store's lock.
/// Only the bytes the store file commits to (`JournalMark`) count; anything past them is
/// an interrupted write and is cut off by the next append.
enum Journal {
    static func append(_ touches: [Touch], to path: String, after mark: JournalMark) throws -> JournalMark {
        guard !touches.isEmpty else { return mark }
        let encoder = StoreCoding.encoder(pretty: false)
        var data = Data()
        for touch in touches {
            data.append(try encoder.encode(touch))
            data.append(UInt8(ascii: "\n"))
        }
        let fd = try PosixFile.open(path, O_WRONLY | O_CREAT)
        defer { close(fd) }
        guard ftruncate(fd, off_t(mark.bytes)) == 0, lseek(fd, off_t(mark.bytes), SEEK_SET) >= 0 else {
            throw PosixFile.error(path, "cannot prepare the journal")
        }
        try PosixFile.writeAll(fd, data, path: path)
        try PosixFile.sync(fd, path: path)
        return JournalMark(bytes: mark.bytes + data.count, touches: mark.touches + touches.count)
    }

    /// Committed touches, optionally only one contact's (found by a cheap text match first).
    static func read(_ path: String, mark: JournalMark, contact: String? = nil) throws -> [Touch] {
        guard mark.bytes > 0, let data = try PosixFile.readAll(path, limit: mark.bytes) else { return [] }
        let decoder = StoreCoding.decoder()
        let needle = contact.map { Array("\"contact\":\(jsonString($0))".utf8) }
        var touches: [Touch] = []
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n")) {
            lineNumber += 1
            if let needle, line.firstRange(of: needle) == nil { continue }
            do {
                touches.append(try decoder.decode(Touch.self, from: Data(line)))
            } catch {
                throw StoreError.invalid(path: path, problem: "line \(lineNumber) is not a touch record")
            }
        }
        return touches
    }

    private static func jsonString(_ text: String) -> String {
        String(decoding: (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8), as: UTF8.self)
            .replacingOccurrences(of: "\\/", with: "/")
    }
}
