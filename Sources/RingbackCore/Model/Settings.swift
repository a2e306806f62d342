import Foundation

/// The user's preferences, kept in the store so the shell and the scheduler agree.
public struct Settings: Codable, Equatable, Sendable {
    /// Cadence for contacts that do not name one; nil means content's default (rules.yaml).
    public var defaultCadence: String?
    /// Days follow-ups may fall on; others are skipped.
    public var workingDays: [Weekday]
    /// IANA time zone name; nil means the machine's own.
    public var timeZone: String?
    /// What "morning", "after lunch" and the like mean.
    public var partsOfDay: PartsOfDay
    /// How "12/11" is read.
    public var dateOrder: DateOrder
    /// How many first calls from an import fall on one working day.
    public var importsPerDay: Int
    /// Days off ("12-25", "2026-12-24"); nil means `DaysOff.standard`.
    public var daysOff: [String]?
    /// Working hours; nil means `WorkingHours.standard` (09:00–17:30).
    public var workingHours: WorkingHours?
    /// The user's name, for signing written messages.
    public var me: String?
    /// How written messages end ("Best, Sam Lee · Acme · 555 0100"); else "— " and `me`.
    public var signature: String?
    /// Seconds a command waits for another one using the store before giving up; nil: 30.
    public var lockTimeout: Int?
    /// Minutes before a timed follow-up its calendar reminder goes off; nil: 10, 0: none.
    public var reminderMinutes: Int?
    /// People who asked not to be contacted and were forgotten: an import skips them.
    public var forgotten: [Forgotten]?

    /// These settings with the user's own name from their machine's config (`ringback config
    /// me`), when it gives one: a shared store holds no one's, and an older JSON store's own yields.
    public func named(_ user: String?) -> Settings {
        var settings = self
        if let user { settings.me = user }
        return settings
    }

    /// The line that ends a written message, when the user has given a name or signature.
    public var signOff: String? { signature ?? me.map { "— \($0)" } }

    /// The calendar reminder in force, in minutes before a timed step; nil for none.
    public var reminder: Int? {
        let minutes = reminderMinutes ?? 10
        return minutes > 0 ? minutes : nil
    }

    /// The working hours in force.
    public var hours: WorkingHours { workingHours ?? .standard }

    /// The days off to skip: the user's, else 1 January and 25 December.
    public var daysOffCalendar: DaysOff { DaysOff(daysOff ?? DaysOff.standard) ?? DaysOff(DaysOff.standard)! }

    public init(
        defaultCadence: String? = nil,
        workingDays: [Weekday] = Weekday.mondayToFriday,
        timeZone: String? = nil,
        partsOfDay: PartsOfDay = PartsOfDay(),
        dateOrder: DateOrder = .monthFirst,
        importsPerDay: Int = 20
    ) {
        self.defaultCadence = defaultCadence
        self.workingDays = workingDays
        self.timeZone = timeZone
        self.partsOfDay = partsOfDay
        self.dateOrder = dateOrder
        self.importsPerDay = importsPerDay
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = Settings()
        defaultCadence = try c.decodeIfPresent(String.self, forKey: .defaultCadence)
        workingDays = try c.decodeIfPresent([Weekday].self, forKey: .workingDays) ?? defaults.workingDays
        timeZone = try c.decodeIfPresent(String.self, forKey: .timeZone)
        partsOfDay = try c.decodeIfPresent(PartsOfDay.self, forKey: .partsOfDay) ?? defaults.partsOfDay
        dateOrder = try c.decodeIfPresent(DateOrder.self, forKey: .dateOrder) ?? defaults.dateOrder
        importsPerDay = try c.decodeIfPresent(Int.self, forKey: .importsPerDay) ?? defaults.importsPerDay
        daysOff = try c.decodeIfPresent([String].self, forKey: .daysOff)
        lockTimeout = try c.decodeIfPresent(Int.self, forKey: .lockTimeout)
        reminderMinutes = try c.decodeIfPresent(Int.self, forKey: .reminderMinutes)
        workingHours = try c.decodeIfPresent(WorkingHours.self, forKey: .workingHours)
        me = try c.decodeIfPresent(String.self, forKey: .me)
        signature = try c.decodeIfPresent(String.self, forKey: .signature)
        forgotten = try c.decodeIfPresent([Forgotten].self, forKey: .forgotten)
    }
}

/// How an all-numeric date such as 12/11 is read.
public enum DateOrder: String, Codable, CaseIterable, Sendable {
    case monthFirst = "month-first"
    case dayFirst = "day-first"
}

/// Clock times that part-of-day words stand for.
public struct PartsOfDay: Codable, Equatable, Sendable {
    public var firstThing = ClockTime(hour: 8, minute: 30)!
    public var morning = ClockTime(hour: 9, minute: 0)!
    public var afterLunch = ClockTime(hour: 13, minute: 0)!
    public var afternoon = ClockTime(hour: 14, minute: 0)!
    public var endOfDay = ClockTime(hour: 17, minute: 0)!
    public var evening = ClockTime(hour: 18, minute: 0)!

    public init() {}

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = PartsOfDay()
        firstThing = try c.decodeIfPresent(ClockTime.self, forKey: .firstThing) ?? d.firstThing
        morning = try c.decodeIfPresent(ClockTime.self, forKey: .morning) ?? d.morning
        afterLunch = try c.decodeIfPresent(ClockTime.self, forKey: .afterLunch) ?? d.afterLunch
        afternoon = try c.decodeIfPresent(ClockTime.self, forKey: .afternoon) ?? d.afternoon
        endOfDay = try c.decodeIfPresent(ClockTime.self, forKey: .endOfDay) ?? d.endOfDay
        evening = try c.decodeIfPresent(ClockTime.self, forKey: .evening) ?? d.evening
    }
}
