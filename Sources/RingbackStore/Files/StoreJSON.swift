import Foundation

/// Reads the store's JSON files with errors that say where: a syntax error by line and
/// column, a wrong shape by its place in the document.
enum StoreJSON {
    private struct Probe: Decodable { var schemaVersion: Int? }

    /// The `schemaVersion` of a store file.
    static func version(of data: Data, path: String) throws -> Int {
        let probe = try decode(Probe.self, from: data, path: path)
        guard let version = probe.schemaVersion else { throw StoreError.invalid(path: path, problem: "no schemaVersion") }
        return version
    }

    static func decode<T: Decodable>(_ type: T.Type, from data: Data, path: String) throws -> T {
        if let number = JSONLocation.numberOutOfRange(in: data) {
            throw StoreError.unparsable(
                path: path, line: number.line, column: number.column,
                problem: "\(number.text) is out of range (every number in a store file is from 0 to \(JSONLocation.largestNumber))")
        }
        do {
            return try StoreCoding.decoder().decode(type, from: data)
        } catch let error as DecodingError {
            if let syntax = JSONLocation.syntaxError(in: data) {
                throw StoreError.unparsable(path: path, line: syntax.line, column: syntax.column, problem: syntax.problem)
            }
            throw StoreError.invalid(path: path, problem: describe(error))
        }
    }

    static func describe(_ error: DecodingError) -> String {
        switch error {
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
            return "at \(JSONLocation.describe(context.codingPath)): \(context.debugDescription)"
        case let .keyNotFound(key, context):
            let place = JSONLocation.describe(context.codingPath)
            return "\(place.isEmpty ? "the top level" : place) is missing '\(key.stringValue)'"
        @unknown default:
            return "\(error)"
        }
    }
}
