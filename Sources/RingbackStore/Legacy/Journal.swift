import Foundation
import RingbackCore

/// The touch history of a schema-2 store: JSON Lines beside `store.json`, of which only the
/// bytes the store file committed count (`JournalMark`).
enum Journal {
    /// Touches in the first `limit` bytes (all complete lines when nil: a restore keeps
    /// touches logged after the backup it starts from).
    static func read(_ path: String, limit: Int?) throws -> [Touch] {
        guard limit.map({ $0 > 0 }) ?? true, let data = try PosixFile.readAll(path, limit: limit) else { return [] }
        let decoder = StoreCoding.decoder()
        var touches: [Touch] = []
        let complete = limit != nil ? data : data.lastIndex(of: UInt8(ascii: "\n")).map { data.prefix(through: $0) } ?? Data()
        for (number, line) in complete.split(separator: UInt8(ascii: "\n")).enumerated() {
            do {
                touches.append(try decoder.decode(Touch.self, from: Data(line)))
            } catch {
                throw StoreError.invalid(path: path, problem: "line \(number + 1) is not a touch record")
            }
        }
        return touches
    }
}
