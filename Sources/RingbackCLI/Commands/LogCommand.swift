import ArgumentParser
import Foundation
import RingbackCore
import RingbackStore

/// `ringback log`: records a touch and prints the resulting next step.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Record a call, email or meeting, and see the next step.",
        discussion: """
            Creates the contact when the name is new. Outcomes: \(Outcome.allCases.map(\.rawValue).joined(separator: ", ")).
            Channels: \(Channel.allCases.map(\.rawValue).joined(separator: ", ")).
            Examples:
              ringback log "Dana Ruiz" --outcome voicemail
              ringback log dana --outcome connected --next 2026-11-27T10:00 --commitment "pricing for 40 seats"
              ringback log dana --outcome connected --commitment "send the budget" --by 2026-11-28
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Who: a new name, or enough of an existing one.")
    var name: String

    @Option(help: "What happened.")
    var outcome: String

    @Option(help: "How: call (default), email, text, mail, video, meeting.")
    var channel = "call"

    @Option(help: ArgumentHelp("The next contact you agreed on: \"thursday at 10\", \"in 2 weeks\", 2026-11-24T10:00.", valueName: "when"))
    var next: String?

    @Option(help: "What was agreed: with --by, what they owe you; with --next, what you will talk about.")
    var commitment: String?

    @Option(help: ArgumentHelp("When they promised the commitment by.", valueName: "when"))
    var by: String?

    @Option(help: "A note about this touch.")
    var note: String?

    @Option(help: "Cadence to follow from now on (see content/cadences.yaml).")
    var cadence: String?

    @Option(help: "Company, for a new contact or to update.")
    var company: String?

    @Option(help: "sales, job-search or networking (new contacts default to sales).")
    var context: String?

    @Option(help: "Email address.")
    var email: String?

    @Option(help: "Phone number.")
    var phone: String?

    @Option(help: "The channel they prefer; it wins for future steps.")
    var prefers: String?

    @Flag(help: "Create a new contact even if the name matches an existing one.")
    var new = false

    func run() throws {
        let session = try Session(global)
        let request = try LogRequest(self, content: session.content)
        let result = try session.store.update(summary: "log \(request.channel.rawValue) to \(name)", indexer: session.indexer) { change in
            try request.apply(to: &change, session: session)
        }
        if session.json {
            try Output.json(result)
            return
        }
        if let warning = result.warning { Output.warn(warning) }
        print(result.created ? "New contact: \(result.contactName)." : "Contact: \(result.contactName).")
        print("Logged \(result.touch.channel.rawValue) (\(result.touch.outcome.rawValue)).")
        for line in result.understood { print("Understood \(line).") }
        if let next = result.next {
            print("Next: " + next.detailed)
        } else {
            print("No next step: \(result.status == ContactStatus.doNotContact.rawValue ? "they asked not to be contacted" : "status is \(result.status)").")
        }
    }
}

/// The validated input of `log`, and how it changes the store.
struct LogRequest {
    let name: String
    let outcome: Outcome
    let channel: Channel
    let nextText: String?
    let commitment: String?
    let byText: String?
    let note: String?
    let cadence: String?
    let company: String?
    let context: ContactContext?
    let email: String?
    let phone: String?
    let prefers: Channel?
    let forceNew: Bool

    init(_ command: LogCommand, content: RingbackContent.Content) throws {
        guard let outcome = Outcome(loose: command.outcome) else {
            throw UserError("--outcome: '\(command.outcome)' is not an outcome; use one of: \(Outcome.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard let channel = Channel(loose: command.channel) else {
            throw UserError("--channel: '\(command.channel)' is not a channel; use one of: \(Channel.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let cadence = command.cadence, content.cadence(named: cadence) == nil || cadence == RingbackContent.Content.nurtureCadence {
            let names = content.cadences.keys.filter { $0 != RingbackContent.Content.nurtureCadence }.sorted()
            throw UserError("--cadence: no cadence named '\(cadence)'; use one of: \(names.joined(separator: ", "))")
        }
        if command.commitment != nil && command.by == nil && command.next == nil {
            throw UserError("--commitment needs --by WHEN (what they owe and by when) or --next WHEN (when you follow up on it)")
        }
        if command.by != nil && command.commitment == nil {
            throw UserError("--by needs --commitment TEXT: what did they promise?")
        }
        guard !command.name.trimmingCharacters(in: .whitespaces).isEmpty else { throw UserError("the name is empty") }
        name = command.name.trimmingCharacters(in: .whitespaces)
        self.outcome = outcome
        self.channel = channel
        nextText = command.next
        commitment = command.commitment
        byText = command.by
        note = command.note
        cadence = command.cadence
        company = command.company
        context = try command.context.map { text in
            guard let context = ContactContext(loose: text) else {
                throw UserError("--context: '\(text)' is not sales, job-search or networking")
            }
            return context
        }
        email = command.email
        phone = command.phone
        prefers = try command.prefers.map { text in
            guard let channel = Channel(loose: text) else { throw UserError("--prefers: '\(text)' is not a channel") }
            return channel
        }
        forceNew = command.new
    }

    func apply(to change: inout Change, session: Session) throws -> LogResult {
        let now = session.now
        let scheduler = session.scheduler(change.document.settings)
        let calendar = scheduler.calendar
        var contacts = change.document.contacts

        var created = false
        var contact: Contact
        switch forceNew ? .none : NameMatcher.match(name, in: contacts, name: \.name) {
        case .found(let existing): contact = existing
        case .ambiguous(let candidates): throw ContactLookup.ambiguity(name, candidates)
        case .none:
            contact = Contact(id: ContactLookup.newID(for: name, taken: Set(contacts.map(\.id))), name: name, created: now)
            created = true
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

        var promises: [Commitment] = []
        var understood: [String] = []
        func read(_ text: String, _ option: String) throws -> When {
            let when = try WhenInput.parse(text, option: option, settings: change.document.settings, calendar: calendar, now: now)
            understood.append("\(option) '\(text)': \(DateText.describe(when.date, timed: when.timed, now: now, calendar: calendar))")
            return when
        }
        if let byText, let commitment {
            let by = try read(byText, "--by")
            promises.append(Commitment(owner: .them, what: commitment, due: by.date, timed: by.timed, made: now))
        }
        if let nextText {
            let next = try read(nextText, "--next")
            let topic = byText == nil ? commitment : nil
            promises.append(Commitment(owner: .me, what: topic ?? "the next step", due: next.date, timed: next.timed, channel: prefers, made: now))
        }
        let touch = Touch(id: UUID().uuidString.lowercased(), contact: contact.id, at: now, channel: channel, outcome: outcome, note: note)
        if contact.status != .doNotContact {
            contact.record(touch, newCommitments: promises, calendar: calendar)
        } else {
            contact.history.record(touch, calendar: calendar)
        }
        if let index = contacts.firstIndex(where: { $0.id == contact.id }) { contacts[index] = contact } else { contacts.append(contact) }
        change.document.contacts = contacts
        change.append(touch)
        change.summary = "log \(channel.rawValue) to \(contact.name)"

        let next = scheduler.nextStep(for: contact).map {
            StepView(AgendaItem(name: contact.name, company: contact.company, step: $0), content: session.content, now: now, calendar: calendar)
        }
        return LogResult(contactName: contact.company.map { "\(contact.name) (\($0))" } ?? contact.name, contact: contact.id,
                         created: created, status: contact.statusLabel, touch: touch, understood: understood, next: next, warning: warning)
    }
}

/// What `log` reports.
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
}

import RingbackContent
