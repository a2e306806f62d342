import Foundation
import RingbackContent
import RingbackCore
import RingbackStore
import RingbackWhen

/// A touch from `log` or the debrief on its way into the store: dates typed on the command
/// line are read against the store's settings under the lock, then the core's
/// `TouchEntry.apply` records it.
struct TouchRecording {
    var entry: TouchEntry
    /// `--next` as typed, read when the store's settings are known.
    var nextText: String?
    /// `--by` as typed, with what they promised.
    var promiseText: (what: String, by: String)?
    /// `--owe-by` as typed, with what the user owes.
    var oweText: (what: String, by: String?)?

    init(_ entry: TouchEntry) {
        self.entry = entry
    }

    /// The zone of the contact a touch is for, when they are already known.
    private static func existingZone(of target: TouchEntry.Target, in book: inout ContactBook) throws -> String? {
        switch target {
        case .existing(let id): return try book.contact(id: id)?.timeZone
        case .named(let name):
            if case .found(let contact) = try book.match(name) { return contact.timeZone }
            return nil
        case .new: return nil
        }
    }

    func apply(to change: inout Change, session: Session) throws -> LogResult {
        let now = session.now
        let scheduler = session.scheduler(change.settings)
        let calendar = scheduler.calendar
        var entry = self.entry
        var readings: [(option: String, text: String, reading: DateReading)] = []
        let theirZone = try entry.details.timeZone ?? Self.existingZone(of: entry.target, in: &change.book)
        func read(_ text: String, option: String) throws -> When {
            let reading = try WhenInput.read(
                text, option: option, settings: change.settings, calendar: calendar, now: now, allowPast: false, theirZone: theirZone)
            readings.append((option, text, reading))
            return reading.when
        }
        if let promiseText {
            entry.promises.append(.init(owner: .them, what: promiseText.what, by: try read(promiseText.by, option: "--by")))
        }
        if let oweText {
            entry.promises.append(.init(owner: .me, what: oweText.what, by: try oweText.by.map { try read($0, option: "--owe-by") }))
        }
        if let nextText { entry.agreed = try read(nextText, option: "--next") }
        let recorded = try entry.apply(to: &change.book, touchID: UUID().uuidString.lowercased(), now: now, calendar: calendar)
        let contact = recorded.contact
        // How each date was read, an odd time questioned: after hours for any, and for the
        // time agreed to talk, a day off or their night too (on the contact's own clock).
        let understood = readings.map { option, text, reading in
            let when = reading.when
            var notes = TimeConcern.about(when, hours: change.settings.hours, calendar: calendar, theirZone: contact.timeZone)
                .filter { option == "--next" || $0 != .dayOff && !$0.isTheirClock }
                .map { RecordingText.concern($0, contact: contact) }
            // Said on another clock ("9am pacific"): that clock too, unless a concern shows it.
            if let zone = reading.zone, !notes.contains(where: { $0.contains(zone) }) {
                notes.append(RecordingText.clock(when.date, zone: zone, contact: zone == contact.timeZone ? contact : nil))
            }
            if reading.theirZoneUnknown {
                notes.append(
                    "on your clock: \(contact.firstName) has no time zone; `ringback set \"\(contact.name)\" --time-zone ZONE` gives one")
            }
            return "\(option) '\(text)': \(DateText.describe(when.date, timed: when.timed, now: now, calendar: calendar))"
                + (notes.isEmpty ? "" : " (" + notes.joined(separator: "; ") + ")")
        }
        change.append(recorded.touch)
        change.summary = "log \(entry.channel.rawValue) to \(contact.name)"
        let next = scheduler.nextStep(for: contact).map {
            StepView($0, of: contact, content: session.content, now: now, calendar: calendar).signed(change.settings)
        }
        return LogResult(
            contactName: contact.label, contact: contact.id, created: recorded.created, status: contact.statusLabel,
            touch: recorded.touch, understood: understood, next: next,
            warning: session.colleagueWarning(contact)
                ?? recorded.warnings.first.map { RecordingText.warning($0, contact: contact, now: now, calendar: calendar) },
            referred: recorded.referred?.label,
            todos: contact.todos.map { RecordingText.todo($0, now: now, calendar: calendar) })
    }
}

/// What recording a touch reports.
struct LogResult: Encodable {
    var contactName: String
    var contact: String
    var created: Bool
    var status: String
    var touch: Touch
    /// How each date option was read, with its weekday, so a misreading shows.
    var understood: [String]
    var next: StepView?
    var warning: String?
    /// The person added because this contact referred the user to them.
    var referred: String?
    /// What the user owes this contact, "the revised quote · by Wed 25 Nov".
    var todos: [String]

    /// "Next: ..." or why there is none.
    var nextText: String {
        if let next { return "Next: " + next.detailed }
        return "No next step: \(status == ContactStatus.doNotContact.rawValue ? "they asked not to be contacted" : "status is \(status)")."
    }
}
