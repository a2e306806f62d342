import Foundation
import RingbackCore

/// A look back over a window of days: what the user did, what came of it, promises kept and
/// slipped, and contacts going cold. Pure: touches, contacts and `now` come in.
public struct Review: Equatable, Sendable, Encodable {
    /// A contact with no conversation for a while.
    public struct Cold: Equatable, Sendable, Encodable {
        public var contact: String
        public var name: String
        public var daysSinceReply: Int?
        public var triesSince: Int
    }

    /// A promise still open after its day.
    public struct Slipped: Equatable, Sendable, Encodable {
        public var contact: String
        public var name: String
        public var owner: String
        public var what: String
        public var due: Date
    }

    public var from: Date
    public var to: Date
    public var touches: Int
    /// Of those, the ones `sync mail` recorded from the user's mail.
    public var fromMail: Int
    /// Of those, the meetings `sync calendar` recorded from the user's calendar.
    public var fromCalendar: Int
    public var byOutcome: [String: Int]
    public var replies: Int
    public var conversations: Int
    public var conversationsWithNextTime: Int
    /// Promises settled in the window (done, kept) by owner.
    public var kept: Int
    public var slipped: [Slipped]
    public var cold: [Cold]

    /// Contacts with no reply for this many days count as going cold.
    public static let coldAfterDays = 21

    /// The first moment of a look back over `days` days to `now`: the start of the day that
    /// many days before today.
    public static func start(days: Int, now: Date, calendar: BusinessCalendar) -> Date {
        calendar.day(-max(days, 1), after: calendar.startOfDay(now))
    }

    /// Quiet since before this moment (the start of the day 20 days before today) is going
    /// cold: no reply for `coldAfterDays` days or more.
    public static func coldBefore(now: Date, calendar: BusinessCalendar) -> Date {
        calendar.day(1 - coldAfterDays, after: now)
    }

    public init(touches all: [Touch], contacts: [Contact], days: Int, now: Date, calendar: BusinessCalendar) {
        let start = Self.start(days: days, now: now, calendar: calendar)
        to = now
        from = start
        let window = all.filter { $0.at >= start && $0.at <= now }
        touches = window.count
        fromMail = window.filter(\.isFromMail).count
        fromCalendar = window.filter(\.isFromCalendar).count
        byOutcome = Dictionary(grouping: window, by: \.outcome.rawValue).mapValues(\.count)
        replies = window.filter(\.outcome.isRealContact).count
        let talks = window.filter { $0.outcome == .connected || $0.outcome == .meetingHeld }
        conversations = talks.count
        conversationsWithNextTime = talks.filter { $0.setNext == true }.count
        let names = Dictionary(uniqueKeysWithValues: contacts.map { ($0.id, $0.label) })
        kept = contacts.flatMap(\.promisesKept).filter { $0.at >= start && $0.at <= now }.count
        slipped = contacts.flatMap { contact in
            contact.promisesThatSlip.filter { $0.due < calendar.startOfDay(now) }.map {
                Slipped(contact: contact.id, name: names[contact.id] ?? contact.name, owner: $0.owner.rawValue, what: $0.what, due: $0.due)
            }
        }.sorted { $0.due < $1.due }
        let coldBefore = Self.coldBefore(now: now, calendar: calendar)
        cold = contacts.compactMap { contact in
            guard let since = contact.quietSince, since < coldBefore else { return nil }
            let days = calendar.dayNumber(now) - calendar.dayNumber(since)
            return Cold(
                contact: contact.id, name: contact.label, daysSinceReply: contact.history.lastRealContact.map { _ in days },
                triesSince: contact.history.attemptDays)
        }.sorted { ($0.daysSinceReply ?? Int.max) > ($1.daysSinceReply ?? Int.max) }
    }
}
