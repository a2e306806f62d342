import Foundation

/// Reads mail where mail programs keep it: a Maildir (a folder with `cur/` and `new/`:
/// mbsync, offlineimap, notmuch, Evolution), an mbox file (Thunderbird, Gmail's Takeout,
/// mutt), a folder of `.eml` files, or one `.eml`; a folder holding Maildirs is walked. Mail
/// files are only read. Streams: each message's headers are read, and its text only when
/// `wantsText` says so; a message's text past `textLimit` bytes is not kept (a 50 MB
/// attachment is never held in memory).
public struct MailFolder: Sendable {
    public var paths: [String]
    public static let textLimit = 1 << 20

    public init(paths: [String]) {
        self.paths = paths
    }

    /// Calls `each` with every message, its text (the body as bytes with its headers, for
    /// `MailBody`) read only when `wantsText` is true for it.
    public func read(wantsText: (MailMessage) -> Bool, each: (MailMessage, MailHeaders, [UInt8]?) throws -> Void) throws {
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw InterchangeError.unreadable(path: path, reason: "no such file or folder")
            }
            if isFolder.boolValue {
                try folder(path, depth: 0, wantsText: wantsText, each: each)
            } else if try startsWithFrom(path) {
                try mbox(path, wantsText: wantsText, each: each)
            } else {
                try file(path, named: true, wantsText: wantsText, each: each)
            }
        }
    }

    private func folder(
        _ path: String, depth: Int, wantsText: (MailMessage) -> Bool, each: (MailMessage, MailHeaders, [UInt8]?) throws -> Void
    ) throws {
        let manager = FileManager.default
        let names = try manager.contentsOfDirectory(atPath: path).sorted()
        if names.contains("cur") || names.contains("new") {
            for sub in ["new", "cur"] where names.contains(sub) {
                for name in try manager.contentsOfDirectory(atPath: path + "/" + sub).sorted() where !name.hasPrefix(".") {
                    try file(path + "/" + sub + "/" + name, wantsText: wantsText, each: each)
                }
            }
            return
        }
        for name in names where !name.hasPrefix(".") {
            let child = path + "/" + name
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: child, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                if depth < 3 { try folder(child, depth: depth + 1, wantsText: wantsText, each: each) }
            } else if name.lowercased().hasSuffix(".eml") {
                try file(child, wantsText: wantsText, each: each)
            } else if name.lowercased().hasSuffix(".mbox") {
                try mbox(child, wantsText: wantsText, each: each)
            }
        }
    }

    private func startsWithFrom(_ path: String) throws -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InterchangeError.unreadable(path: path, reason: "cannot be opened")
        }
        defer { try? handle.close() }
        return (try handle.read(upToCount: 5) ?? Data()).elementsEqual("From ".utf8)
    }

    /// One message in one file (Maildir or `.eml`): the headers from its first 64 KB, the rest
    /// only when wanted and not larger than `textLimit` plus the headers.
    /// A file the user `named` that is not a message (a calendar, a note) is refused, not skipped.
    private func file(
        _ path: String, named: Bool = false, wantsText: (MailMessage) -> Bool, each: (MailMessage, MailHeaders, [UInt8]?) throws -> Void
    ) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            if named { throw InterchangeError.unreadable(path: path, reason: "cannot be opened") }
            return
        }
        defer { try? handle.close() }
        let start = [UInt8](try handle.read(upToCount: 65_536) ?? Data())
        let split = MailBody.headerEnd(start[...])
        let headers = MailHeaders(start[..<split.headers])
        let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
        let message = MailMessage(headers: headers, place: path, fileDate: modified)
        guard !headers.fields.isEmpty else { return }
        if named && message.from.isEmpty {
            throw InterchangeError.unreadable(
                path: path, reason: "not a mail message (no From header): give a Maildir, an mbox or .eml files")
        }
        var body: [UInt8]?
        if wantsText(message) {
            var bytes = Array(start[split.body...])
            if start.count == 65_536 { bytes += [UInt8](try handle.read(upToCount: Self.textLimit) ?? Data()) }
            body = bytes
        }
        try each(message, headers, body)
    }

    /// Every message of an mbox, split at "From " lines; ">From " lines in a body are
    /// unescaped (mboxrd). Read in chunks: memory stays flat however large the file.
    private func mbox(_ path: String, wantsText: (MailMessage) -> Bool, each: (MailMessage, MailHeaders, [UInt8]?) throws -> Void) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InterchangeError.unreadable(path: path, reason: "cannot be opened")
        }
        defer { try? handle.close() }
        // A message with no readable Date is dated by the file.
        let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
        var number = 0
        var header: [UInt8] = []
        var body: [UInt8] = []
        var inBody = false
        var message: MailMessage?
        var headers: MailHeaders?
        var wanted = false
        var previousBlank = true
        func finish() throws {
            // A message that ends inside its headers is still a message.
            if message == nil, !header.isEmpty {
                let parsed = MailHeaders(header)
                (headers, message) = (parsed, MailMessage(headers: parsed, place: "\(path) #\(number)", fileDate: modified))
            }
            guard let message, let headers, !headers.fields.isEmpty else { return }
            try each(message, headers, wanted ? body : nil)
        }
        var pending: [UInt8] = []
        func line(_ line: ArraySlice<UInt8>) throws {
            let content = line.last == 13 ? line.dropLast() : line
            if previousBlank, content.starts(with: Array("From ".utf8)) {
                try finish()
                number += 1
                (header, body, inBody, message, headers, wanted) = ([], [], false, nil, nil, false)
                previousBlank = false
                return
            }
            previousBlank = content.isEmpty
            guard number > 0 else { return }
            if !inBody {
                if content.isEmpty {
                    inBody = true
                    let parsed = MailHeaders(header)
                    let made = MailMessage(headers: parsed, place: "\(path) #\(number)", fileDate: modified)
                    (headers, message, wanted) = (parsed, made, wantsText(made))
                } else if header.count < Self.textLimit {
                    header += content
                    header.append(10)
                }
                return
            }
            guard wanted, body.count < Self.textLimit else { return }
            var text = content
            // mboxrd: ">From " and ">>From " lose one ">".
            if text.first == UInt8(ascii: ">"), text.drop(while: { $0 == UInt8(ascii: ">") }).starts(with: Array("From ".utf8)) {
                text = text.dropFirst()
            }
            body += text
            body.append(10)
        }
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            pending += chunk
            var start = pending.startIndex
            while let end = pending[start...].firstIndex(of: 10) {
                try line(pending[start..<end])
                start = end + 1
            }
            pending.removeSubrange(..<start)
        }
        if !pending.isEmpty { try line(pending[...]) }
        try finish()
    }
}
