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
    static func todo(_ commitment: Commitment, now: Date, calendar: BusinessCalendar) -> String {
        "\(commitment.what) · \(byWhen(commitment, now: now, calendar: calendar))" + (commitment.isHigh ? " · high priority" : "")
    }

    /// "by Wed 25 Nov", or "no day yet" for a promise made without one.
    static func byWhen(_ commitment: Commitment, now: Date, calendar: BusinessCalendar) -> String {
        guard commitment.hasDay else { return "no day yet" }
        return "by \(DateText.describe(commitment.due, timed: commitment.timed, now: now, calendar: calendar))"
    }
}
