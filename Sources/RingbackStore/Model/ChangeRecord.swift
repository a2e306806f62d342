import Foundation
import RingbackCore

/// One committed change (`changes/<generation>.json`): every contact file, setting and the
/// practice list it changed, before and after, and the store file it leads to. Written and
/// flushed before anything else, so a change interrupted half-way is finished from it at
/// the next start; kept while undo or redo may need it.
struct ChangeRecord: Codable, Equatable, Sendable {
    var step: ChangeStep
    /// Contact files as they were (nil: the change created it).
    var before: [String: StoredContact?]
    /// Contact files as the change leaves them (nil: the change removed it).
    var after: [String: StoredContact?]
    var settingsBefore: Settings?
    var practiceBefore: [PracticeRecord]?
    var practiceAfter: [PracticeRecord]?
    /// The store file once the change is applied.
    var manifest: Manifest

    /// Contact ids in a stable order.
    var contactIDs: [String] { after.keys.sorted() }

    /// Writes the record as JSON one contact file at a time, so that a change of many
    /// contacts (a sync of a year's mail, an import) is never encoded whole in memory. The
    /// text decodes as the record does (`JSONDecoder`); only the spacing differs.
    func write(to fd: Int32, path: String) throws {
        let encoder = StoreCoding.encoder(pretty: false)
        var rest = self
        (rest.before, rest.after) = ([:], [:])
        // Keys are sorted: the two maps come first, and the rest follows as it encodes.
        let opening = Data(#"{"after":{},"before":{},"#.utf8)
        let tail = try encoder.encode(rest)
        guard tail.starts(with: opening) else { return try PosixFile.writeAll(fd, try encoder.encode(self), path: path) }
        func put(_ text: String) throws { try PosixFile.writeAll(fd, Data(text.utf8), path: path) }
        for (key, files) in [("after", after), ("before", before)] {
            try put(key == "after" ? #"{"after":{"# : #"},"before":{"#)
            for (index, id) in files.keys.sorted().enumerated() {
                try put((index == 0 ? "" : ",") + String(decoding: try encoder.encode(id), as: UTF8.self) + ":")
                try PosixFile.writeAll(fd, try files[id]!.map { try encoder.encode($0) } ?? Data("null".utf8), path: path)
            }
        }
        try put("},")
        try PosixFile.writeAll(fd, tail.dropFirst(opening.count), path: path)
    }
}
