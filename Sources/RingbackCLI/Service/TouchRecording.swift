import Foundation
import RingbackContent
import RingbackCore
import RingbackStore

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

    func apply(to change: inout Change, session: Session) throws -> LogResult {
        let now = session.now
        let scheduler = session.scheduler(change.settings)
        let calendar = scheduler.calendar
        var entry = self.entry
        var understood: [String] = []
        func read(_ text: String, option: String) throws -> When {
            let settings = change.settings
            let when = try WhenInput.parse(text, option: option, settings: settings, calendar: calendar, now: now)
            let outside = when.timed && !settings.hours.contains(when.date, calendar: calendar)
            understood.append(
                "\(option) '\(text)': \(DateText.describe(when.date, timed: when.timed, now: now, calendar: calendar))"
                    + (outside ? " (outside your working hours, \(settings.hours))" : ""))
            return when
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
        change.append(recorded.touch)
        change.summary = "log \(entry.channel.rawValue) to \(contact.name)"
        let next = scheduler.nextStep(for: contact).map {
            StepView($0, of: contact, content: session.content, now: now, calendar: calendar).signed(change.settings)
        }
        return LogResult(
            contactName: contact.label, contact: contact.id, created: recorded.created, status: contact.statusLabel,
            touch: recorded.touch, understood: understood, next: next,
            warning: ownerWarning(contact, session: session)
                ?? recorded.warnings.first.map { RecordingText.warning($0, contact: contact, now: now, calendar: calendar) },
            referred: recorded.referred?.label,
            todos: contact.todos.map { RecordingText.todo($0, now: now, calendar: calendar) })
    }
}

/// On a team, a touch on someone else's contact: "Dana Ruiz is Ana's contact".
private func ownerWarning(_ contact: Contact, session: Session) -> String? {
    guard let owner = contact.owner, let me = session.local.me, owner != me else { return nil }
    return "\(contact.name) is \(owner)'s contact (ringback assign \"\(contact.name)\" --to \(me) to take it over)"
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
