import Foundation
import RingbackCore

/// The words for what the core reports about a recorded touch.
enum RecordingText {
    /// Ends a sentence with a full stop, unless its last word already brings one ("Dana R.").
    static func sentence(_ text: String) -> String { text.hasSuffix(".") ? text : text + "." }

    static func warning(_ warning: RecordingWarning, contact: Contact, now: Date, calendar: BusinessCalendar) -> String {
        switch warning {
        case let .doNotContact(since, reason):
            let when = since.map { DateText.dayName($0, calendar, now: now) } ?? "earlier"
            return
                "\(contact.name) asked not to be contacted (\(when)\(reason.map { ": \($0)" } ?? "")). Logged, but nothing will be scheduled."
        case .referralKnown(let known):
            return "\(known.label) is already a contact; nothing was added."
        }
    }

    /// "the revised quote · by Wed 25 Nov", "the case study · no day yet".
    /// "outside your working hours, 09:00–17:30", "a day off for you", "02:00 on Kenji's clock in Asia/Tokyo".
    static func concern(_ concern: TimeConcern, contact: Contact) -> String {
        switch concern {
        case .outsideHours(let hours): "outside your working hours, \(hours)"
        case .dayOff: "a day off for you"
        case .theirClock(_, let zone, _): onClock(concern.theirTime ?? "", zone: zone, contact: contact)
        }
    }

    /// "09:00 in America/Los_Angeles", or "09:00 on Kenji's clock in Asia/Tokyo" for the contact's own zone.
    static func clock(_ date: Date, zone: String, contact: Contact?) -> String {
        guard let timeZone = TimeZone(identifier: zone) else { return zone }
        let theirs = BusinessCalendar(timeZone: timeZone, workingDays: Weekday.allCases)
        let minutes = Int(date.timeIntervalSince(theirs.startOfDay(date)) / 60)
        return onClock(String(format: "%02d:%02d", minutes / 60, minutes % 60), zone: zone, contact: contact)
    }

    private static func onClock(_ time: String, zone: String, contact: Contact?) -> String {
        contact.map { "\(time) on \($0.firstName)'s clock in \(zone)" } ?? "\(time) in \(zone)"
    }

    static func todo(_ commitment: Commitment, now: Date, calendar: BusinessCalendar) -> String {
        "\(commitment.what) · \(byWhen(commitment, now: now, calendar: calendar))" + (commitment.isHigh ? " · high priority" : "")
    }

    /// "by Wed 25 Nov", or "no day yet" for a promise made without one.
    static func byWhen(_ commitment: Commitment, now: Date, calendar: BusinessCalendar) -> String {
        guard commitment.hasDay else { return "no day yet" }
        return "by \(DateText.describe(commitment.due, timed: commitment.timed, now: now, calendar: calendar))"
    }
}
