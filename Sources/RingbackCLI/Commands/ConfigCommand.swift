import ArgumentParser
import Foundation
import RingbackContent
import RingbackCore
import RingbackPostgres
import RingbackStore

/// `ringback config [KEY VALUE]`: shows or changes the settings kept in the store.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show settings, one setting (ringback config KEY), or change one: ringback config KEY VALUE.",
        discussion: """
            Keys: \(ConfigCommand.keys.joined(separator: ", ")). Settings live in the store, so the shell and cron agree; \
            `store` (the store to open by default: a path or a team's postgres:// URL), `me` (your name: it signs your \
            emails and, on a team, owns your contacts) and `email` (your own addresses, comma-separated: `sync mail` \
            counts mail from them as sent by you) live on this machine, in $XDG_CONFIG_HOME/ringback/config.toml, \
            whichever store is open.
            """)

    static let keys = [
        "store", "me", "email", "signature", "default-cadence", "working-days", "working-hours", "days-off", "time-zone", "date-order",
        "imports-per-day",
        "lock-timeout", "reminder-minutes", "first-thing", "morning", "after-lunch", "afternoon", "end-of-day", "evening",
    ]

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The setting to show or change.", completion: .list(ConfigCommand.keys))
    var key: String?

    @Argument(help: "Its new value (working-days: mon,tue,wed,thu,fri; time-zone: Europe/Paris or 'system'; times: 09:30).")
    var value: String?

    func run() throws {
        let session = try Session(global)
        if key == "store" || key == "email" || (key == "me" && value != nil) {
            return try local(key!, session: session)
        }
        if let key, value == nil {
            guard Self.keys.contains(key) else { throw Self.unknown(key) }
            let text = Self.describe(try session.store.settings(), session: session).first { $0.0 == key }!.1
            return session.json ? try Output.json([key: text]) : Console.print(text)
        }
        var settings: Settings
        if let key, let value {
            settings = try session.store.update(summary: "config \(key) \(value)", indexer: session.indexer) { change -> Settings in
                try Self.set(key, value, in: &change.settings, content: session.content)
                return change.settings
            }
        } else {
            settings = try session.store.settings()
        }
        if session.json { return try Output.json(Self.shown(settings, content: session.content)) }
        // A change says its own line (and, on a team, whom it applies to); no key: every setting.
        for (name, text) in Self.describe(settings, session: session) where value == nil || name == key {
            Console.print("\(name) = \(text)")
        }
        if value != nil && session.store is PostgresStore { Console.print("This applies to everyone on the team store.") }
    }

    /// A setting kept on this machine (config.toml), not in the store.
    private func local(_ key: String, session: Session) throws {
        let environment = ProcessInfo.processInfo.environment
        var config = session.local
        func shown() -> String {
            (key == "store" ? config.store : key == "email" ? config.email?.joined(separator: ", ") : config.me) ?? "(not set)"
        }
        if let value, key == "email" {
            config.email = try Self.addresses(value)
        } else if let value, key == "store" {
            _ = try Session.open(value, environment: environment)  // a postgres:// URL is checked
            config.store = value.isEmpty || value == "none" ? nil : value
        } else if let value, value.isEmpty || value == "none" {
            config.me = nil
        } else if let value {
            var checked = Settings()
            try Self.set(key, value, in: &checked, content: session.content)
            // On a team, the name as the team already spells it ("ana" is Ana).
            config.me = session.store is PostgresStore ? try Reps.spelled(checked.me ?? value, in: session.store).rep : checked.me
        }
        if value != nil { try config.write(environment: environment) }
        if session.json { return try Output.json([key: shown()]) }
        Console.print(value == nil ? shown() : "\(key) = \(shown()) (in \(LocalConfig.path(environment: environment)))")
    }

    /// The settings as shown: the default cadence named even when content's default is in use.
    static func shown(_ settings: Settings, content: Content) -> Settings {
        var shown = settings
        shown.defaultCadence = settings.defaultCadence ?? content.rules.defaultCadence
        return shown
    }

    /// "sam@acme.com, sam.lee@gmail.com": each must look like an address; "none" clears them.
    static func addresses(_ value: String) throws -> [String]? {
        let list = value.split(whereSeparator: { $0 == "," || $0 == " " }).map { $0.lowercased() }
        if list.isEmpty || list == ["none"] { return nil }
        for address in list {
            let parts = address.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, parts[1].contains(".") else {
                throw RequestError.malformed(option: "email", value: address, expected: "is not a mail address like sam@acme.com")
            }
        }
        return list
    }

    static func describe(_ settings: Settings, session: Session) -> [(String, String)] {
        let s = shown(settings, content: session.content)
        let machine = session.machineTimeZone
        let p = s.partsOfDay
        return [
            ("store", session.store.location),
            ("default-cadence", s.defaultCadence ?? ""),
            ("working-days", s.workingDays.map(\.rawValue).joined(separator: ",")),
            ("me", s.me ?? "(not set)"),
            ("email", session.local.email?.joined(separator: ", ") ?? "(not set)"),
            ("signature", s.signature ?? "(not set)"),
            ("working-hours", s.hours.description.replacingOccurrences(of: "–", with: "-")),
            ("days-off", (s.daysOff ?? DaysOff.standard).joined(separator: ",").nonEmpty ?? "none"),
            ("time-zone", s.timeZone ?? "system (\(machine.identifier))"),
            ("date-order", s.dateOrder.rawValue),
            ("imports-per-day", String(s.importsPerDay)),
            ("lock-timeout", "\(s.lockTimeout ?? Int(FileStore.defaultLockTimeout)) s"),
            ("reminder-minutes", s.reminder.map { "\($0) min before a timed follow-up (calendar export)" } ?? "none"),
            ("first-thing", p.firstThing.description), ("morning", p.morning.description),
            ("after-lunch", p.afterLunch.description), ("afternoon", p.afternoon.description),
            ("end-of-day", p.endOfDay.description), ("evening", p.evening.description),
        ]
    }

    static func set(_ key: String, _ value: String, in settings: inout Settings, content: Content) throws {
        func time() throws -> ClockTime {
            guard let time = ClockTime(value) else {
                throw RequestError.malformed(option: key, value: value, expected: "is not a time like 09:30")
            }
            return time
        }
        switch key {
        case "default-cadence":
            guard content.cadence(named: value) != nil, value != Content.nurtureCadence else {
                throw RequestError.notOneOf(option: key, value: value, kind: "a cadence", choices: content.followUpCadenceNames)
            }
            settings.defaultCadence = value
        case "working-days":
            let days = value.split(whereSeparator: { $0 == "," || $0 == " " }).map { Weekday(loose: String($0)) }
            guard !days.isEmpty, days.allSatisfy({ $0 != nil }) else {
                throw RequestError.malformed(option: key, value: value, expected: "should list days like mon,tue,wed,thu,fri")
            }
            settings.workingDays = Weekday.allCases.filter { days.contains($0) }
        case "time-zone":
            if value == "system" {
                settings.timeZone = nil
                return
            }
            guard TimeZone(identifier: value) != nil else {
                throw RequestError.malformed(option: key, value: value, expected: "is not a time zone name like Europe/Paris")
            }
            settings.timeZone = value
        case "date-order":
            guard let order = DateOrder(rawValue: value) else {
                throw RequestError.notOneOf(option: key, value: value, kind: "a date order", choices: DateOrder.allCases.map(\.rawValue))
            }
            settings.dateOrder = order
        case "me":
            let name = value.trimmingCharacters(in: .whitespaces)
            if let problem = ContactName.problem(with: name) {
                throw RequestError.malformed(option: key, value: value, expected: "is not a name: \(problem)")
            }
            settings.me = name
        case "signature":
            settings.signature = value.isEmpty || value == "none" ? nil : value.replacingOccurrences(of: "\\n", with: "\n")
        case "working-hours":
            guard let hours = WorkingHours(value) else {
                throw RequestError.malformed(option: key, value: value, expected: "should be two times like 09:00-17:30")
            }
            settings.workingHours = hours
        case "days-off":
            settings.daysOff = try DaysOffInput.read(value, current: settings.daysOff)
        case "imports-per-day":
            guard let number = Int(value), (1...1000).contains(number) else {
                throw RequestError.malformed(option: key, value: value, expected: "should be a number of first calls a day, 1 to 1000")
            }
            settings.importsPerDay = number
        case "lock-timeout":
            guard let seconds = Int(value.replacingOccurrences(of: "s", with: "").trimmingCharacters(in: .whitespaces)),
                (1...3600).contains(seconds)
            else {
                throw RequestError.malformed(option: key, value: value, expected: "should be the seconds to wait for the store, 1 to 3600")
            }
            settings.lockTimeout = seconds
        case "reminder-minutes":
            let text = value.replacingOccurrences(of: "min", with: "").trimmingCharacters(in: .whitespaces)
            guard let minutes = text == "none" ? 0 : Int(text), (0...1440).contains(minutes) else {
                throw RequestError.malformed(
                    option: key, value: value,
                    expected: "should be the minutes before a timed follow-up, 0 to 1440 (0 or none: no reminder)")
            }
            settings.reminderMinutes = minutes
        case "first-thing": settings.partsOfDay.firstThing = try time()
        case "morning": settings.partsOfDay.morning = try time()
        case "after-lunch": settings.partsOfDay.afterLunch = try time()
        case "afternoon": settings.partsOfDay.afternoon = try time()
        case "end-of-day": settings.partsOfDay.endOfDay = try time()
        case "evening": settings.partsOfDay.evening = try time()
        default: throw unknown(key)
        }
    }

    static func unknown(_ key: String) -> RequestError {
        .noSetting(key, suggestion: NameMatcher.nearest(key, among: keys), keys: keys)
    }
}
