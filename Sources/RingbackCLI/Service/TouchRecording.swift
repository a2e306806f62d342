import Foundation
import RingbackContent
import RingbackCore
import RingbackStore

/// One touch to record, from `log` options or a finished debrief, and how it changes the
/// store: finds or creates the contact, reads the dates, folds the touch in.
struct TouchRecording {
    /// Who the touch was with.
    enum Target {
        /// Match the name forgivingly; create the contact when nothing matches.
        case named(String)
        /// A new contact, even if the name matches someone.
        case new(String)
        /// A contact already picked.
        case existing(id: String)
    }

    /// A date as typed (read against the store's settings) or already read.
    enum DateInput {
        case text(String, option: String)
        case resolved(When)
    }

    var target: Target
    var outcome: Outcome
    var channel: Channel
    var note: String?
    var cadence: String?
    var company: String?
    var context: ContactContext?
    var email: String?
    var phone: String?
    var prefers: Channel?
    /// The next contact agreed on, and what it is about.
    var agreed: DateInput?
    var agreedTopic: String?
    var agreedChannel: Channel?
    /// What they promised, and by when.
    var promise: (what: String, by: DateInput)?
    var tidbit: String?

    init(target: Target, outcome: Outcome, channel: Channel) {
        self.target = target
        self.outcome = outcome
        self.channel = channel
    }

    func apply(to change: inout Change, session: Session) throws -> LogResult {
        let now = session.now
        let scheduler = session.scheduler(change.document.settings)
        let calendar = scheduler.calendar
        var contacts = change.document.contacts

        var created = false
        var contact: Contact
        func create(_ name: String) -> Contact {
            created = true
            return Contact(id: ContactLookup.newID(for: name, taken: Set(contacts.map(\.id))), name: name, created: now)
        }
        switch target {
        case .new(let name):
            try ContactLookup.check(name)
            contact = create(name)
        case .existing(let id):
            guard let found = contacts.first(where: { $0.id == id }) else { throw UserError("that contact is no longer in the store") }
            contact = found
        case .named(let name):
            try ContactLookup.check(name)
            switch NameMatcher.match(name, in: contacts, name: \.name) {
            case .found(let existing): contact = existing
            case .ambiguous(let candidates): throw ContactLookup.ambiguity(name, candidates)
            case .none:
                if let typo = ContactLookup.typo(name, in: contacts) { throw typo }
                contact = create(name)
            }
        }
        var warning: String?
        if contact.status == .doNotContact && !created {
            let when = contact.stopped.map { DateText.dayName($0.date, calendar, now: now) } ?? "earlier"
            warning = "\(contact.name) asked not to be contacted (\(when)\(contact.stopped?.reason.map { ": \($0)" } ?? "")). Logged, but nothing will be scheduled."
        }
        if let company { contact.company = company }
        if let context { contact.context = context }
        if let email { contact.email = email }
        if let phone { contact.phone = phone }
        if let prefers { contact.preferredChannel = prefers }
        if let cadence { contact.cadence = cadence }
        if let tidbit { contact.tidbits.append(tidbit) }

        var promises: [Commitment] = []
        var understood: [String] = []
        func read(_ input: DateInput) throws -> When {
            switch input {
            case .resolved(let when): return when
            case let .text(text, option):
                let when = try WhenInput.parse(text, option: option, settings: change.document.settings, calendar: calendar, now: now)
                understood.append("\(option) '\(text)': \(DateText.describe(when.date, timed: when.timed, now: now, calendar: calendar))")
                return when
            }
        }
        if let promise {
            let by = try read(promise.by)
            promises.append(Commitment(owner: .them, what: promise.what, due: by.date, timed: by.timed, made: now))
        }
        if let agreed {
            let next = try read(agreed)
            promises.append(Commitment(owner: .me, what: agreedTopic ?? "the next step", due: next.date, timed: next.timed, channel: agreedChannel ?? prefers, made: now))
        }
        var touch = Touch(id: UUID().uuidString.lowercased(), contact: contact.id, at: now, channel: channel, outcome: outcome, note: note)
        if agreed != nil { touch.setNext = true }
        if contact.status != .doNotContact {
            contact.record(touch, newCommitments: promises, calendar: calendar)
        } else {
            contact.history.record(touch, calendar: calendar)
        }
        if let index = contacts.firstIndex(where: { $0.id == contact.id }) { contacts[index] = contact } else { contacts.append(contact) }
        change.document.contacts = contacts
        change.append(touch)
        change.summary = "log \(channel.rawValue) to \(contact.name)"

        let next = scheduler.nextStep(for: contact).map { StepView($0, of: contact, content: session.content, now: now, calendar: calendar) }
        return LogResult(contactName: contact.label, contact: contact.id,
                         created: created, status: contact.statusLabel, touch: touch, understood: understood, next: next, warning: warning)
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

    /// "Next: ..." or why there is none.
    var nextText: String {
        if let next { return "Next: " + next.detailed }
        return "No next step: \(status == ContactStatus.doNotContact.rawValue ? "they asked not to be contacted" : "status is \(status)")."
    }
}
