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
    /// Another process held the store's lock for longer than the time limit.
    case busy(path: String, holder: Int32?, seconds: Int)
    /// Undo or redo found a contact changed outside the undo history (edited by hand).
    case undoConflict(action: String, summary: String, contact: String)
    /// The store file says changes were made, but the folder beside it that holds the
    /// contacts is not there (the file was copied alone).
    case missingFolder(store: String, folder: String, generation: Int)

    public var description: String {
        switch self {
        case let .unparsable(path, line, column, problem):
            return
                "\(path):\(line):\(column): \(problem); the file was left as it is; `ringback restore` rebuilds it from what the store kept"
        case let .invalid(path, problem):
            return "\(path): \(problem); the file was left as it is; `ringback restore` rebuilds it from what the store kept"
        case let .newerVersion(path, version, supported):
            return
                "\(path): written by a newer Ringback (schema \(version); this one knows up to \(supported)); upgrade Ringback, the file was not changed"
        case let .io(path, problem):
            return "\(path): \(problem)"
        case let .busy(path, holder, seconds):
            let who = holder.map { "process \($0)" } ?? "another process"
            return "\(path): still in use by \(who) after \(seconds) s; nothing was changed (the limit is `ringback config lock-timeout`)"
        case let .undoConflict(action, summary, contact):
            return "cannot \(action) '\(summary)': \(contact) was changed outside the undo history since; nothing was changed"
        case let .missingFolder(store, folder, generation):
            return
                "\(store) records \(generation) changes, but \(folder), which holds the contacts, is missing: a store is the file "
                + "and that folder together; copy the folder back beside it. Nothing was changed"
        }
    }
}
