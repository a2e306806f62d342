import Foundation
import RingbackCore

/// One logged touch as `touches`, `show`, `edit` and `delete` present it: the start of its
/// id (what `edit` and `delete` take), when, how, what came of it and the note.
struct TouchView: Encodable {
    var id: String
    var ref: String
    var at: Date
    var channel: Channel
    var outcome: Outcome
    var note: String?

    /// How many characters of an id are shown and enough to name a touch.
    static let refLength = 8

    init(_ touch: Touch) {
        id = touch.id
        ref = Self.ref(touch.id)
        at = touch.at
        channel = touch.channel
        outcome = touch.outcome
        note = touch.note
    }

    static func ref(_ id: String) -> String { String(id.lowercased().prefix(refLength)) }

    /// "Mon 23 Nov, 10:02 · call · voicemail · left a message".
    static func line(_ touch: Touch, now: Date, calendar: BusinessCalendar) -> String {
        let when = DateText.dayName(touch.at, calendar, now: now) + ", " + DateText.clock(touch.at, calendar)
        return "\(when) · \(touch.channel.rawValue) · \(touch.outcome.rawValue)\(touch.note.map { " · \($0)" } ?? "")"
    }
}
