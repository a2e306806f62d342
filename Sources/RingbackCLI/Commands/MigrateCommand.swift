import ArgumentParser
import Foundation
import RingbackCore
import RingbackInterchange
import RingbackPostgres
import RingbackStore

/// `ringback migrate --to postgres://...`: brings this store (contacts, touches, practice)
/// into a team database, all or nothing: an empty one takes the settings too; one other reps
/// already use gets the user's contacts as theirs, the people it already has merged.
struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Bring this store into a team database (ringback migrate --to postgres://USER@HOST/DB), all or nothing.",
        discussion: """
            The contacts become yours on the team: set your name first (`ringback config me NAME`, kept on this machine); \
            without one nothing is copied. An empty database takes your settings too. In one the team already uses, a \
            person it already has (same email, same phone and a name word in common, or same name and company) is merged, \
            not doubled: your history is added to their record, which stays its owner's. --dry-run says what would happen. \
            Nothing is removed from this store; point Ringback at the team database afterwards with --store, \
            RINGBACK_STORE or `ringback config store URL`.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(
        help: ArgumentHelp("The team database: postgres://USER@HOST:PORT/DATABASE (a password comes from ~/.pgpass).", valueName: "url"))
    var to: String

    @Flag(help: "Say what would be added and merged, and change nothing.")
    var dryRun = false

    /// What `migrate --json` prints.
    struct Moved: Encodable {
        var to: String
        var contacts: Int
        var touches: Int
        var practice: Int
        /// The rep the contacts now belong to.
        var owner: String
        /// Into a database the team already used: what became of each contact.
        var landings: [TeamJoin.Landing]?
        var dryRun: Bool
    }

    /// Ends a dry run's change without committing it.
    private struct DryRun: Error {}

    func run() throws {
        let session = try Session(global)
        guard PostgresLocation.isURL(to) else {
            throw RequestError.malformed(option: "--to", value: to, expected: "is not a postgres:// URL (postgres://USER@HOST/DATABASE)")
        }
        guard session.store is FileStore else {
            throw RequestError.malformed(
                option: "--store", value: session.store.location,
                expected: "is already a team database: migrate brings your own JSON store in (--store PATH names it)")
        }
        let environment = ProcessInfo.processInfo.environment
        // Your name on the team: this machine's, or the one a store from before 0.5 kept (then
        // moved to this machine, so the team store, which holds no one's name, still knows you).
        guard let owner = try session.local.me ?? session.store.settings().me else { throw RequestError.noOwner }
        let target = try Session.open(to, environment: environment, member: owner)
        let backup = try JSONBackup(store: session.store)
        var moved = Moved(
            to: target.location, contacts: backup.contacts.count, touches: backup.touches.count, practice: backup.practice.count,
            owner: owner, landings: nil, dryRun: dryRun)
        if !dryRun, try target.everyone().isEmpty, try target.practice().isEmpty {
            try backup.restore(into: target, summary: "migrate from \(session.store.location)", indexer: session.indexer)
        } else {
            var join = TeamJoin()
            do {
                try target.update(summary: "migrate from \(session.store.location)", indexer: session.indexer) { change in
                    try join.apply(
                        backup, owner: owner, to: &change, calendar: session.scheduler(change.settings).calendar, now: session.now)
                    if dryRun { throw DryRun() }
                }
            } catch is DryRun {}
            moved.landings = join.landings
        }
        if !dryRun && session.local.me == nil {
            var config = session.local
            config.me = owner
            try config.write(environment: environment)
        }
        if session.json { return try Output.json(moved) }
        report(moved, from: session.store.location)
        if dryRun { return Console.print("Nothing was changed (--dry-run).") }
        if session.local.me == nil {
            Console.print("Your name, \(owner), is now kept on this machine (\(LocalConfig.path(environment: environment))).")
        }
        Console.print("Use it with --store \(moved.to), RINGBACK_STORE, or `ringback config store \(moved.to)`.")
    }

    private func report(_ moved: Moved, from source: String) {
        let unchanged = moved.landings?.filter { $0.action == "unchanged" }.count ?? 0
        if let landings = moved.landings, !landings.isEmpty, unchanged == landings.count {
            return Console.print("Nothing new to bring: all \(counted(unchanged, "contact")) of \(source) are already in \(moved.to).")
        }
        let verb = moved.dryRun ? "Would copy" : "Copied"
        Console.print(
            "\(verb) \(counted(moved.contacts, "contact")), owned by \(moved.owner), with \(counted(moved.touches, "touch", "touches")) "
                + "and \(counted(moved.practice, "practice result")), from \(source) to \(moved.to).")
        guard let landings = moved.landings else { return }
        let merged = landings.filter { $0.action == "merged" }
        let already = unchanged > 0 ? ", \(unchanged) already there with nothing new" : ""
        Console.print(
            "\(landings.filter { $0.action == "new" }.count) new\(already), \(merged.count) merged with the team's record of the same person"
                + (merged.isEmpty ? "." : ":"))
        for landing in merged {
            let whose = landing.owner == moved.owner ? "yours" : "stays \(landing.owner)'s, your history added"
            Console.print("  \(landing.name) → \(landing.into ?? landing.name) (\(landing.match ?? "same person")): \(whose)")
        }
    }
}
