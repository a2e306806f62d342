import Foundation
import RingbackContent
import RingbackCore
import RingbackPostgres
import RingbackScheduler
import RingbackStore

/// The edge where the outside world is read once: clock, environment, content folder and
/// store location. Everything below it gets these as plain values.
struct Session {
    let store: any Store
    /// This machine's own settings (config.toml): the default store, the user's name on a team.
    let local: LocalConfig
    let content: Content
    private(set) var now: Date
    /// True when --now fixed the time for the whole run.
    let fixedTime: Bool
    let machineTimeZone: TimeZone
    let json: Bool
    /// True for commands the shell runs: hints then name shell commands.
    let inShell: Bool
    /// Where the store is: a JSON store's path or a team database's URL (what is kept on this
    /// machine about a store, like the replies to look at, is kept under it).
    let location: String

    init(_ options: GlobalOptions, storePath: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        do {
            content = try ContentLoader.load(overrides: Locations.contentOverrides(environment: environment))
        } catch let error as ContentError {
            throw RequestError.content(error)
        }
        local = try LocalConfig.read(environment: environment)
        // An empty --store (a variable that was never set) is a mistake, not "the default store".
        if options.store?.trimmingCharacters(in: .whitespaces).isEmpty == true {
            throw RequestError.malformed(
                option: "--store", value: "",
                expected: "is empty: give a store file or a postgres:// URL, or leave --store out for your own store")
        }
        location = storePath ?? Locations.store(flag: options.store, environment: environment, config: local)
        store = try Self.open(location, environment: environment, member: local.me, team: options.team)
        machineTimeZone = TimeZone.current
        json = options.json
        inShell = options.inShell
        // Once per command line or shell, not before each command the shell runs.
        if !inShell, let files = store as? FileStore {
            for copy in files.conflictCopies() { Output.warn(Self.conflictCopyWarning(copy, store: files)) }
        }
        if let text = options.now {
            let calendar = BusinessCalendar(timeZone: machineTimeZone, workingDays: Weekday.allCases)
            guard let when = When.iso8601(text, calendar: calendar) else {
                throw RequestError.malformed(
                    option: "--now", value: text, expected: "is not an ISO 8601 date or date-time (e.g. 2026-11-24T09:30)")
            }
            now = when.date
            fixedTime = true
        } else {
            now = Self.clock()
            fixedTime = false
        }
    }

    /// The store at a location: a JSON store's path, or a team database's `postgres://` URL.
    static func open(_ location: String, environment: [String: String], member: String? = nil, team: Bool = false) throws -> any Store {
        // "postgress://...", "postgre://...": a mistyped address, not a file name to create.
        if !PostgresLocation.isURL(location), let scheme = location.range(of: "://").map({ location[..<$0.lowerBound] }),
            !scheme.isEmpty, scheme.allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) })
        {
            throw RequestError.storeURL("'\(scheme)://' is not a store address: a team store is postgres://USER@HOST:PORT/DATABASE")
        }
        guard PostgresLocation.isURL(location) else { return FileStore(path: location, me: member) }
        do {
            return PostgresStore(try PostgresLocation(location, environment: environment), member: member, team: team)
        } catch let error as PostgresLocationError {
            throw RequestError.storeURL(error.description)
        }
    }

    static func conflictCopyWarning(_ copy: String, store: FileStore) -> String {
        "\(copy) is a conflict copy: your sync tool made it when two machines changed the store at once. Ringback reads only "
            + "\(store.path) and the folder beside it, so what the other machine did may be only in the copy; see the README's "
            + "'Synced folders' for what to do, then move the copy out of the folder"
    }

    /// The same session at another moment (the shell acts at the time each answer is given).
    init(copy other: Session, now: Date) {
        self = other
        self.now = now
    }

    /// Now: --now when given, else the clock (the shell asks again for every line).
    func currentTime() -> Date { fixedTime ? now : Self.clock() }

    private static func clock() -> Date { Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down)) }

    /// A suggestion worded for the command line or the shell.
    func hint(_ hint: Hint) -> String { hint.text(inShell: inShell) }

    func timeZone(_ settings: Settings) -> TimeZone {
        settings.timeZone.flatMap(TimeZone.init(identifier:)) ?? machineTimeZone
    }

    func scheduler(_ settings: Settings) -> Scheduler {
        Scheduler(content: content, settings: settings, timeZone: timeZone(settings))
    }

    /// How the store's next-step index is built, stamped with what it depends on.
    var indexer: Indexer {
        let content = self.content
        let zone = machineTimeZone
        return Indexer(fingerprint: "\(content.fingerprint)|\(zone.identifier)|rules \(Scheduler.rulesVersion)") { settings, contacts in
            let zoneForSettings = settings.timeZone.flatMap(TimeZone.init(identifier:)) ?? zone
            return Scheduler(content: content, settings: settings, timeZone: zoneForSettings).agendaItems(for: contacts)
        }
    }
}
