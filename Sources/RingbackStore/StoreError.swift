import Foundation

/// Why the store could not be read or written. Every case leaves the files untouched.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    /// Not valid JSON at this place (1-based line and column).
    case unparsable(path: String, line: Int, column: Int, problem: String)
    /// Valid JSON, but not a store of this shape.
    case invalid(path: String, problem: String)
    /// Something `restore` cannot rebuild (a database row, a journal line, a step between
    /// schemas), with what the user can do instead.
    case unreadable(path: String, problem: String, remedy: String)
    /// Written by a newer Ringback: readable maybe, never overwritten by this one.
    case newerVersion(path: String, version: Int, supported: Int)
    /// The operating system refused something.
    case io(path: String, problem: String)
    /// Another process held the store's lock for longer than the time limit.
    case busy(path: String, holder: String?, seconds: Int)
    /// Undo or redo found a contact changed outside the undo history (edited by hand).
    case undoConflict(action: String, summary: String, contact: String)
    /// The store file says changes were made, but the folder beside it that holds the
    /// contacts is not there (the file was copied alone).
    case missingFolder(store: String, folder: String, generation: Int)
    /// The store file and the folder beside it come from different copies: the number of
    /// changes each has seen (the folder's: its newest change record).
    case mismatchedCopies(store: String, folder: String, storeAt: Int, folderAt: Int)
    /// A schema-2 store's touch journal holds fewer touches than the store file committed
    /// (nil found: the journal is missing).
    case shortJournal(store: String, journal: String, committed: Int, found: Int?)

    public var description: String {
        switch self {
        case let .unparsable(path, line, column, problem):
            return
                "\(path):\(line):\(column): \(problem); the file was left as it is; `ringback restore` rebuilds it from what the store kept"
        case let .invalid(path, problem):
            return "\(path): \(problem); the file was left as it is; `ringback restore` rebuilds it from what the store kept"
        case let .unreadable(path, problem, remedy):
            return "\(path): \(problem); nothing was changed; \(remedy)"
        case let .newerVersion(path, version, supported):
            return
                "\(path): written by a newer Ringback (schema \(version); this one knows up to \(supported)); upgrade Ringback, the file was not changed"
        case let .io(path, problem):
            return "\(path): \(problem)"
        case let .busy(path, holder, seconds):
            let who = holder ?? "another process"
            return "\(path): still in use by \(who) after \(seconds) s; nothing was changed (the limit is `ringback config lock-timeout`)"
        case let .undoConflict(action, summary, contact):
            return "cannot \(action) '\(summary)': \(contact) was changed outside the undo history since; nothing was changed"
        case let .missingFolder(store, folder, generation):
            return
                "\(store) records \(generation) changes, but \(folder), which holds the contacts, is missing: a store is the file "
                + "and that folder together; copy the folder back beside it. Nothing was changed"
        case let .mismatchedCopies(store, folder, storeAt, folderAt) where folderAt < storeAt:
            return
                "\(folder) is older than \(store) (it holds changes up to \(folderAt); the store file records \(storeAt)): "
                + "the folder was put back from an older copy, or synced only in part. Nothing was changed. Put back the folder "
                + "that goes with this store file; if there is none, `ringback restore` sets the store file back to the "
                + "folder's contacts, and what changed after change \(folderAt) is lost"
        case let .mismatchedCopies(store, folder, storeAt, folderAt):
            return
                "\(store) is older than \(folder) (it records \(storeAt) changes; the folder holds changes up to \(folderAt)): "
                + "the store file was put back from an older copy. Nothing was changed; `ringback restore` brings the store "
                + "file up to the folder's newest change"
        case let .shortJournal(store, journal, committed, found):
            let state = found.map { "holds only \($0) of them" } ?? "is missing"
            return
                "\(store) (schema 2) records \(committed) touches in \(journal), which \(state): it was not copied with the "
                + "store file, or was cut short. Nothing was changed. Copy the journal back beside the store file; if there is "
                + "none, `ringback restore` moves the store to this version with the touches the journal holds"
        }
    }
}
