import Foundation
import RingbackCore

/// The store file itself (`store.json`, schema 3): the settings, the generation (how many
/// changes were committed), and the undo and redo stacks. Contacts live in the folder beside
/// it, one file each.
struct Manifest: Codable, Equatable, Sendable {
    static let currentVersion = 3
    /// Steps kept for undo; older change records are deleted.
    static let undoDepth = 50

    var schemaVersion: Int
    var generation: Int
    var settings: Settings
    /// Changes that `undo` would revert, oldest first.
    var undo: [ChangeStep]
    /// Changes that `redo` would apply again, the next one last.
    var redo: [ChangeStep]

    init(settings: Settings = Settings(), generation: Int = 0) {
        schemaVersion = Self.currentVersion
        self.generation = generation
        self.settings = settings
        undo = []
        redo = []
    }

    /// Change records still needed (by undo or redo).
    var kept: Set<Int> { Set(undo.map(\.generation) + redo.map(\.generation)) }
}

/// One change as `undo --list` names it.
public struct ChangeStep: Codable, Equatable, Sendable {
    /// The change record's number (`changes/<generation>.json`).
    public var generation: Int
    /// "log call to Dana Ruiz".
    public var summary: String
    public var at: Date
    /// The process that made it, and the session it ran in (its parent process): an undo
    /// from another session says so.
    public var process: Int32
    public var session: Int32

    public init(generation: Int, summary: String, at: Date, process: Int32, session: Int32) {
        self.generation = generation
        self.summary = summary
        self.at = at
        self.process = process
        self.session = session
    }
}
