import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A derived, disposable table with a few tab-separated rows per contact (the contact's id
/// first on every row): a base file written whole, and a delta file that each change
/// appends to, one block per contact it touched, replacing that contact's rows. Readers
/// merge the two; when the delta grows past a quarter of the base (and 16 KiB) it is folded in.
///
/// Base: `ringback-<kind> 1 <generation> <stamp>` then rows. Delta: each block is its rows
/// then `= <generation> <id> <rowCount>`. The table is current when its last generation is
/// the store's and its stamp is what the reader would build it from; anything else (a
/// missing file, a torn block, another stamp) makes it stale, and the store rebuilds it.
struct RowIndex {
    let kind: String
    let basePath: String
    var deltaPath: String { basePath + ".delta" }

    /// A little under a row's usual size, to reserve room for every row at once.
    let bytesPerRow: Int

    init(kind: String, folder: String, bytesPerRow: Int) {
        self.kind = kind
        self.bytesPerRow = bytesPerRow
        basePath = folder + "/" + kind + ".tsv"
    }

    /// The delta is folded in once it is larger than this and a quarter of the base.
    static let foldAfter = 16 << 10

    private var magic: String { "ringback-\(kind) 1" }

    /// Calls `body` with every current row; false when the table is stale or damaged.
    /// `sized` is told the base file's size first, to reserve room.
    func read(
        generation: Int, stamp: String, sized: (Int) -> Void = { _ in }, _ body: (Slice<UnsafeBufferPointer<UInt8>>) -> Void
    ) -> Bool {
        scan(generation: generation, stamp: stamp, sized: sized, body, then: { true }) ?? false
    }

    /// Every current row at once, while the table's bytes are held (a reader can choose among
    /// them before parsing some in full); nil when the table is stale or damaged.
    func withRows<T>(generation: Int, stamp: String, _ body: ([Slice<UnsafeBufferPointer<UInt8>>]) -> T) -> T? {
        var rows: [Slice<UnsafeBufferPointer<UInt8>>] = []
        return scan(
            generation: generation, stamp: stamp, sized: { rows.reserveCapacity($0 / bytesPerRow) }, { rows.append($0) },
            then: { body(rows) })
    }

    /// The base's rows not replaced by the delta, then the delta's blocks, each to `visit`;
    /// then `then`, still inside the bytes' lifetime.
    private func scan<T>(
        generation: Int, stamp: String, sized: (Int) -> Void, _ visit: (Slice<UnsafeBufferPointer<UInt8>>) -> Void, then: () -> T
    ) -> T? {
        // The base is only ever replaced whole (`rewrite`), so it can be mapped.
        guard let base = try? PosixFile.mapped(basePath) else { return nil }
        sized(base.count)
        let delta = (try? PosixFile.readAll(deltaPath)) ?? Data()
        return base.withUnsafeBytes { baseRaw in
            delta.withUnsafeBytes { deltaRaw -> T? in
                var baseLines = Lines(bytes: baseRaw.bindMemory(to: UInt8.self))
                guard let header = baseLines.next(), let (baseGeneration, baseStamp) = parseHeader(header), baseStamp == stamp
                else { return nil }
                guard let blocks = Self.blocks(Lines(bytes: deltaRaw.bindMemory(to: UInt8.self)), after: baseGeneration),
                    (blocks.last?.generation ?? baseGeneration) == generation
                else { return nil }
                var replaced: [[UInt8]: Int] = [:]
                for (position, block) in blocks.enumerated() { replaced[block.id] = position }
                // A hash of each replaced id first, so most rows are passed without building a key.
                let hashes = Set(replaced.keys.map { RowText.hash($0[...]) })
                while let line = baseLines.next() {
                    if !hashes.isEmpty {
                        let id = Self.firstField(line)
                        if hashes.contains(RowText.hash(id)), replaced[Array(id)] != nil { continue }
                    }
                    visit(line)
                }
                for (position, block) in blocks.enumerated() where replaced[block.id] == position {
                    for row in block.rows { visit(row) }
                }
                return then()
            }
        }
    }

    /// Every current row as text (for folding the delta in), or nil when stale.
    func rows(generation: Int, stamp: String) -> [String]? {
        var rows: [String] = []
        let current = read(generation: generation, stamp: stamp) { rows.append(String(decoding: $0, as: UTF8.self)) }
        return current ? rows : nil
    }

    /// Writes the whole table at `generation` and empties the delta.
    func rewrite(_ rows: [String], generation: Int, stamp: String) throws {
        var text = "\(magic)\t\(generation)\t\(RowText.escape(stamp))\n"
        text.reserveCapacity(rows.count * 120)
        for row in rows {
            text += row
            text += "\n"
        }
        try AtomicFile.replace(basePath, with: Data(text.utf8), keepBackup: false)
        unlink(deltaPath)
    }

    /// Appends the rows of the contacts a change touched, as generation `generation`; false,
    /// with nothing written, when the table is not at `generation - 1` with this stamp.
    func append(_ blocks: [(id: String, rows: [String])], generation: Int, stamp: String) throws -> Bool {
        guard currentGeneration(stamp: stamp) == generation - 1 else { return false }
        var text = ""
        for block in blocks {
            for row in block.rows {
                text += row
                text += "\n"
            }
            text += "=\t\(generation)\t\(RowText.escape(block.id))\t\(block.rows.count)\n"
        }
        let fd = try PosixFile.open(deltaPath, O_WRONLY | O_CREAT | O_APPEND)
        defer { close(fd) }
        try PosixFile.writeAll(fd, Data(text.utf8), path: deltaPath)
        if let baseSize = PosixFile.size(basePath), let deltaSize = PosixFile.size(deltaPath),
            deltaSize > max(Self.foldAfter, baseSize / 4),
            let rows = rows(generation: generation, stamp: stamp)
        {
            try rewrite(rows, generation: generation, stamp: stamp)
        }
        return true
    }

    /// Deletes the table (it is rebuilt when next needed).
    func remove() {
        unlink(deltaPath)
        unlink(basePath)
    }

    /// The generation the table is at, read from the delta's last line or the base's header;
    /// nil when missing, torn or built with another stamp.
    private func currentGeneration(stamp: String) -> Int? {
        guard let header = PosixFile.readHead(basePath, bytes: 4096), let newline = header.firstIndex(of: UInt8(ascii: "\n")) else {
            return nil
        }
        let parsed: (Int, String)? = header.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            return parseHeader(bytes[0..<(newline - header.startIndex)])
        }
        guard let (baseGeneration, baseStamp) = parsed, baseStamp == stamp else { return nil }
        guard let tail = PosixFile.readTail(deltaPath, bytes: 4096), !tail.isEmpty else { return baseGeneration }
        guard tail.last == UInt8(ascii: "\n") else { return nil }
        let lastLine = tail.dropLast().split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).last ?? Data()
        let fields = String(decoding: lastLine, as: UTF8.self).split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count == 4, fields[0] == "=" else { return nil }
        return Int(fields[1])
    }

    private func parseHeader(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> (Int, String)? {
        let fields = String(decoding: line, as: UTF8.self).split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count == 3, fields[0] == magic, let generation = Int(fields[1]) else { return nil }
        return (generation, RowText.unescape(String(fields[2])))
    }

    private struct Block {
        var generation: Int
        var id: [UInt8]
        var rows: [Slice<UnsafeBufferPointer<UInt8>>]
    }

    /// The delta's complete blocks in order; nil when a block is torn or out of order.
    private static func blocks(_ lines: Lines, after baseGeneration: Int) -> [Block]? {
        var lines = lines
        var blocks: [Block] = []
        var pending: [Slice<UnsafeBufferPointer<UInt8>>] = []
        var last = baseGeneration
        while let line = lines.next() {
            guard line.first == UInt8(ascii: "="), line.count > 1, line[line.startIndex + 1] == UInt8(ascii: "\t") else {
                pending.append(line)
                continue
            }
            let fields = String(decoding: line, as: UTF8.self).split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 4, let generation = Int(fields[1]), let count = Int(fields[3]), count == pending.count,
                generation >= last
            else { return nil }
            let id = Array(fields[2].utf8)
            guard pending.allSatisfy({ Array(firstField($0)) == id }) else { return nil }
            blocks.append(Block(generation: generation, id: id, rows: pending))
            pending = []
            last = generation
        }
        return pending.isEmpty ? blocks : nil
    }

    /// The bytes before the first tab: the row's contact id, escaped as written.
    static func firstField(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>> {
        guard let tab = line.firstIndex(of: UInt8(ascii: "\t")) else { return line }
        return line[line.startIndex..<tab]
    }
}

/// Non-empty lines of a buffer, without building an array of them.
struct Lines {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func next() -> Slice<UnsafeBufferPointer<UInt8>>? {
        while position < bytes.count {
            let start = position
            while position < bytes.count && bytes[position] != UInt8(ascii: "\n") { position += 1 }
            let line = bytes[start..<position]
            position += 1
            if !line.isEmpty { return line }
        }
        return nil
    }
}
