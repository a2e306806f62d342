import ArgumentParser
import Foundation
import RingbackCore
import RingbackPostgres
import RingbackStore

/// `ringback migrate --to postgres://...`: copies this store (settings, contacts, touches,
/// practice) into an empty team database, all or nothing.
struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Copy this store into an empty team database (ringback migrate --to postgres://USER@HOST/DB), all or nothing.",
        discussion: """
            The contacts become yours on the team (`ringback config me NAME` first). Nothing is removed from this store; \
            point Ringback at the team database afterwards with --store, RINGBACK_STORE or `ringback config store URL`.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(
        help: ArgumentHelp("The team database: postgres://USER@HOST:PORT/DATABASE (a password comes from ~/.pgpass).", valueName: "url"))
    var to: String

    /// What `migrate --json` prints.
    struct Moved: Encodable {
        var to: String
        var contacts: Int
        var touches: Int
        var practice: Int
    }

    func run() throws {
        let session = try Session(global)
        guard PostgresLocation.isURL(to) else {
            throw RequestError.malformed(option: "--to", value: to, expected: "is not a postgres:// URL (postgres://USER@HOST/DATABASE)")
        }
        let target = try Session.open(to, environment: ProcessInfo.processInfo.environment, member: session.local.me)
        let backup = try JSONBackup(store: session.store, next: [])
        try backup.restore(into: target, summary: "migrate from \(session.store.location)", indexer: session.indexer)
        let moved = Moved(
            to: target.location, contacts: backup.contacts.count, touches: backup.touches.count, practice: backup.practice.count)
        if session.json { return try Output.json(moved) }
        Console.print(
            "Copied \(counted(moved.contacts, "contact")), \(counted(moved.touches, "touch", "touches")) and \(counted(moved.practice, "practice result")) from \(session.store.location) "
                + "to \(moved.to)\(session.local.me.map { " (owned by \($0))" } ?? "").")
        Console.print("Use it with --store \(moved.to), RINGBACK_STORE, or `ringback config store \(moved.to)`.")
    }
}
