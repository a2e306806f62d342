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
            The contacts become yours on the team: set your name first (`ringback config me NAME`, kept on this machine); \
            without one nothing is copied. Nothing is removed from this store; \
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
        /// The rep the contacts now belong to.
        var owner: String
    }

    func run() throws {
        let session = try Session(global)
        guard PostgresLocation.isURL(to) else {
            throw RequestError.malformed(option: "--to", value: to, expected: "is not a postgres:// URL (postgres://USER@HOST/DATABASE)")
        }
        let environment = ProcessInfo.processInfo.environment
        // Your name on the team: this machine's, or the one a store from before 0.5 kept (then
        // moved to this machine, so the team store, which holds no one's name, still knows you).
        guard let owner = try session.local.me ?? session.store.settings().me else { throw RequestError.noOwner }
        let target = try Session.open(to, environment: environment, member: owner)
        let backup = try JSONBackup(store: session.store, next: [])
        try backup.restore(into: target, summary: "migrate from \(session.store.location)", indexer: session.indexer)
        if session.local.me == nil {
            var config = session.local
            config.me = owner
            try config.write(environment: environment)
        }
        let moved = Moved(
            to: target.location, contacts: backup.contacts.count, touches: backup.touches.count, practice: backup.practice.count,
            owner: owner)
        if session.json { return try Output.json(moved) }
        Console.print(
            "Copied \(counted(moved.contacts, "contact")), owned by \(owner), with \(counted(moved.touches, "touch", "touches")) "
                + "and \(counted(moved.practice, "practice result")), from \(session.store.location) to \(moved.to).")
        if session.local.me == nil {
            Console.print("Your name, \(owner), is now kept on this machine (\(LocalConfig.path(environment: environment))).")
        }
        Console.print("Use it with --store \(moved.to), RINGBACK_STORE, or `ringback config store \(moved.to)`.")
    }
}
