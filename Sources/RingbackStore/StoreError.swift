import Foundation

/// Why the store could not be read or written. Every case leaves the files untouched.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    /// Not valid JSON at this place (1-based line and column).
    case unparsable(path: String, line: Int, column: Int, problem: String)
    /// Valid JSON, but not a store of this shape.
    case invalid(path: String, problem: String)
    /// Written by a newer Ringback: readable maybe, never overwritten by this one.
    case newerVersion(path: String, version: Int, supported: Int)
    /// The operating system refused something.
    case io(path: String, problem: String)

    public var description: String {
        switch self {
        case let .unparsable(path, line, column, problem):
            return "\(path):\(line):\(column): \(problem); the file was left as it is\(Self.backupHint(path))"
        case let .invalid(path, problem):
            return "\(path): \(problem); the file was left as it is\(Self.backupHint(path))"
        case let .newerVersion(path, version, supported):
            return
                "\(path): written by a newer Ringback (schema \(version); this one knows up to \(supported)); upgrade Ringback, the file was not changed"
        case let .io(path, problem):
            return "\(path): \(problem)"
        }
    }

    private static func backupHint(_ path: String) -> String {
        FileManager.default.fileExists(atPath: path + ".bak") ? "; the previous version is at \(path).bak" : ""
    }
}
