import Foundation
import RingbackCore

/// The touch history of a schema-2 store: JSON Lines beside `store.json`, of which only the
/// bytes the store file committed count (`JournalMark`).
enum Journal {
    /// Touches in the first `limit` bytes (all complete lines when nil: a restore keeps
    /// touches logged after the backup it starts from; fewer when the file is shorter).
    static func read(_ path: String, limit: Int?) throws -> [Touch] {
        guard limit.map({ $0 > 0 }) ?? true, let data = try PosixFile.readAll(path, limit: limit) else { return [] }
        let decoder = StoreCoding.decoder()
        var touches: [Touch] = []
        // The committed bytes are whole lines; a journal cut shorter keeps its whole lines only.
        let complete =
            limit == data.count ? data : data.lastIndex(of: UInt8(ascii: "\n")).map { data.prefix(through: $0) } ?? Data()
        for (number, line) in complete.split(separator: UInt8(ascii: "\n")).enumerated() {
            do {
                touches.append(try decoder.decode(Touch.self, from: Data(line)))
            } catch {
                throw StoreError.unreadable(
                    path: path, problem: "line \(number + 1) is not a touch record",
                    remedy: "each line is one touch: fix that line by hand, or delete it to lose that touch")
            }
        }
        return touches
    }
}
