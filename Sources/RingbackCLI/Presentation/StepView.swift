import Foundation
import Rainbow
import RingbackContent
import RingbackCore
import RingbackScheduler

/// A next step as shown to the user, in text and as JSON (`next --json`, `agenda --json`).
struct StepView: Encodable {
    var name: String
    var company: String?
    var contact: String
    var due: String
    var timed: Bool
    var overdueDays: Int
    /// True when the step is due now (today's and overdue ones), false when it is still ahead.
    var dueNow: Bool
    var channel: String?
    var kind: String
    var action: String
    var technique: String
    var reason: String
    var script: String
    /// A tidbit held back, to mention ("their Q1 review moved to January").
    var mention: String?
    /// A timed step on the contact's own clock ("12:00 their time"), when their zone differs.
    var theirTime: String?
    /// The subject line, for a message sent in writing.
    var subject: String?
    /// How the written message ends (`config me`, `config signature`).
    var signOff: String?
    /// What the step needs that the record lacks: "no email address on file: ringback set ...".
    var missing: String?
    var attempt: Int

    let dueDate: Date
    private let now: Date
    private let calendar: BusinessCalendar

    init(_ item: AgendaItem, content: Content, now: Date, calendar: BusinessCalendar) {
        let step = item.step
        let explanation = StepExplanation(item, content: content)
        name = item.name
        company = item.company
        contact = step.contact
        due = DateText.rfc3339(step.due, calendar: calendar)
        timed = step.timed
        overdueDays = step.kind == .owed ? 0 : DateText.overdueDays(step.due, now: now, calendar: calendar)
        dueNow = Agenda.isDue(step, now: now, calendar: calendar)
        channel = step.channel?.rawValue
        kind = step.kind.rawValue
        action = explanation.action
        technique = explanation.techniqueName
        reason = explanation.reason
        script = explanation.script
        mention = explanation.mention
        if step.timed, let name = step.theirTimeZone, let zone = TimeZone(identifier: name),
            zone.secondsFromGMT(for: step.due) != calendar.timeZone.secondsFromGMT(for: step.due)
        {
            let theirs = BusinessCalendar(timeZone: zone, workingDays: Weekday.allCases)
            theirTime = "\(DateText.describe(step.due, timed: true, now: now, calendar: theirs)) their time"
        }
        subject = explanation.subject
        attempt = step.attempt
        dueDate = step.due
        self.now = now
        self.calendar = calendar
    }

    /// The view of one contact's step, for commands that work contact by contact.
    init(_ step: NextStep, of contact: Contact, content: Content, now: Date, calendar: BusinessCalendar) {
        self.init(AgendaItem(name: contact.name, company: contact.company, step: step), content: content, now: now, calendar: calendar)
        noting(contact)
    }

    /// Notes an email step for a contact with no email address, or a text or call with no number.
    mutating func noting(_ contact: Contact) {
        let name = "\"\(contact.name)\""
        switch channel.flatMap(Channel.init(rawValue:)) {
        case .email? where contact.email == nil:
            missing = "no email address on file: ringback set \(name) --email ADDRESS"
        case .text? where contact.mobile == nil && contact.phone == nil, .call? where contact.mobile == nil && contact.phone == nil:
            missing = "no phone number on file: ringback set \(name) --phone NUMBER"
        default: break
        }
    }

    /// The same view, signed the user's way when the step is written (email, text, LinkedIn, mail).
    /// The view as `next` and `agenda --json` give it: a day's step due outside working hours
    /// is not due yet (it waits for them); a time agreed with them does not wait.
    func heldFor(_ hours: WorkingHours, now: Date, calendar: BusinessCalendar) -> StepView {
        var view = self
        if waitsForHours(hours, now: now, calendar: calendar) { view.dueNow = false }
        return view
    }

    /// Whether the step is due but waits for working hours to begin.
    func waitsForHours(_ hours: WorkingHours, now: Date, calendar: BusinessCalendar) -> Bool {
        dueNow && !timed && !hours.isWorkingTime(now, calendar: calendar)
    }

    func signed(_ settings: Settings) -> StepView {
        var view = self
        if let channel = channel.flatMap(Channel.init(rawValue:)), channel.isWritten,
            kind != StepKind.release.rawValue
        {
            view.signOff = settings.signOff
        }
        return view
    }

    enum CodingKeys: String, CodingKey {
        case name, company, contact, due, timed, overdueDays, dueNow, channel, kind, action, technique, reason, script, mention, theirTime,
            subject,
            signOff, missing, attempt
    }

    /// "Call Dana Ruiz (Acme) · Fri 20 Nov · 2 days overdue · Wait three days, then call".
    var headline: String { summary(naming: true) }

    private func summary(naming technique: Bool) -> String {
        let (when, overdue) = Self.when(kind: kind, due: dueDate, timed: timed, now: now, calendar: calendar)
        let zoned = theirTime.map { "\(when) (\($0))" } ?? when
        return ([action, zoned] + (overdue.map { [$0] } ?? []) + (technique ? [self.technique] : [])).joined(separator: " · ")
    }

    /// "Call · Fri 20 Nov · 2 days overdue": the step without the contact's name, for tables.
    var brief: String {
        Self.brief(kind: kind, channel: channel.flatMap(Channel.init(rawValue:)), due: dueDate, timed: timed, now: now, calendar: calendar)
    }

    /// The brief of a step straight from its item, without building the whole view.
    static func brief(_ step: NextStep, now: Date, calendar: BusinessCalendar) -> String {
        brief(kind: step.kind.rawValue, channel: step.channel, due: step.due, timed: step.timed, now: now, calendar: calendar)
    }

    private static func brief(kind: String, channel: Channel?, due: Date, timed: Bool, now: Date, calendar: BusinessCalendar) -> String {
        let verb = kind == StepKind.release.rawValue ? "Release" : StepExplanation.verb(channel)
        let (when, overdue) = Self.when(kind: kind, due: due, timed: timed, now: now, calendar: calendar)
        return ([verb, when] + (overdue.map { [$0] } ?? [])).joined(separator: " · ")
    }

    /// "Fri 20 Nov" and "2 days overdue" (in red); "no day yet" for a to-do made without a day.
    private static func when(kind: String, due: Date, timed: Bool, now: Date, calendar: BusinessCalendar) -> (String, String?) {
        if kind == StepKind.owed.rawValue { return ("no day yet", nil) }
        return (
            DateText.describe(due, timed: timed, now: now, calendar: calendar),
            DateText.overdue(due, timed: timed, now: now, calendar: calendar)?.red
        )
    }

    /// The headline, the reason and the script, for `next` and `log`.
    var detailed: String {
        var lines = [summary(naming: false)]
        lines.append("  Why: \(technique). \(reason)")
        if let subject { lines.append("  Subject: \(subject)") }
        if !script.isEmpty { lines.append("  Say: \(script)") }
        if let signOff { lines.append("  Sign-off: \(signOff)") }
        if let mention { lines.append("  Mention: \(mention)") }
        if let missing { lines.append("  Note: \(missing)") }
        return lines.joined(separator: "\n")
    }
}
