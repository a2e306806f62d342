import Foundation
import RingbackContent
import RingbackCore

/// Turns a contact's state into its one next step, following content's rules and cadences.
///
/// Pure: time zone, working days and content are passed in; no clock is read. A step's due
/// date depends only on the contact's history, so the result can be cached between writes.
public struct Scheduler: Sendable {
    /// Which version of these rules planned a stored schedule: raise it when a rule changes
    /// the step a contact gets, so stored schedules are planned again.
    public static let rulesVersion = 10

    public let content: Content
    public let settings: Settings
    public let calendar: BusinessCalendar

    public init(content: Content, settings: Settings, timeZone: TimeZone) {
        self.content = content
        self.settings = settings
        self.calendar = BusinessCalendar(timeZone: timeZone, workingDays: settings.workingDays, daysOff: settings.daysOffCalendar)
    }

    /// The working day a new contact's first call falls on: the day it was added, or the
    /// later day an import gave it.
    public static func firstCallDay(_ contact: Contact, _ calendar: BusinessCalendar) -> Date {
        calendar.workingDay(onOrAfter: max(contact.created, contact.firstCallOn ?? contact.created))
    }

    /// The cadence a contact follows: its own, else the user's default, else the one
    /// `rules.yaml` names (a name content no longer has falls through to the next).
    public func cadence(for contact: Contact) -> Cadence {
        [contact.cadence, content.rules.contextCadences[contact.context], settings.defaultCadence].lazy
            .compactMap { $0.flatMap(content.cadence(named:)) }.first ?? content.defaultCadence
    }

    /// The next step for one contact; nil for contacts that are no longer followed up. The
    /// user's next try puts the step on its day. A "not before" (they are away, the user
    /// snoozed them) moves every step but a time agreed with them and a voicemail's written twin, which is
    /// for the voicemail's own day. The message that pairs with a voicemail is for the voicemail's day
    /// only: given `now` on a later day, the cadence step comes instead; and not at all once the
    /// user has snoozed them since that touch ("nothing before Monday" means nothing today).
    public func nextStep(for contact: Contact, asOf now: Date? = nil) -> NextStep? {
        let pairing = now.map { calendar.startOfDay($0) <= calendar.startOfDay(contact.history.lastTouch ?? $0) } ?? true
        return step(for: contact, pairing: pairing)
    }

    private func step(for contact: Contact, pairing: Bool) -> NextStep? {
        let snoozedSince = contact.snoozes?.last.map { $0.at >= (contact.history.lastTouch ?? .distantPast) } ?? false
        let pairing = pairing && !snoozedSince
        var step: NextStep
        switch contact.status {
        case .won, .lost, .doNotContact: return nil
        case .released: step = nurtureStep(for: contact)
        case .active: step = activeStep(for: contact, pairing: pairing)
        }
        // "I'll try her again tomorrow": the user's own day, sooner or later than the cadence's.
        if ![.agreed, .pairedMessage, .release].contains(step.kind), let chosen = contact.nextTry,
            chosen > (contact.history.lastTouch ?? .distantPast)
        {
            move(&step, to: chosen)
        }
        if step.kind != .agreed && step.kind != .pairedMessage, let away = contact.notBefore, away > step.due {
            move(&step, to: away)
        }
        // A tidbit held back is a reason to call: the oldest one not yet used goes with the step.
        if step.kind != .release, let tidbit = contact.tidbits.first { step.mention = tidbit }
        step.script = content.scriptKey(step.script, for: contact.context, role: contact.role)
        step.theirTimeZone = contact.timeZone
        return step
    }

    /// A step put on a day set (the user's next try, or their return): a time of day kept with
    /// a working day is the step's time ("will try again thurs morning"), and its reason is the
    /// day set, not the cadence's wait ("Wait three days" after "back in January" was wrong).
    private func move(_ step: inout NextStep, to day: Date) {
        let start = calendar.startOfDay(day)
        let timed = day != start && calendar.isWorkingDay(start)
        step.due = timed ? day : calendar.workingDay(onOrAfter: start)
        step.timed = timed
        if [.cadence, .first].contains(step.kind), let rule = content.rules.daySet {
            (step.technique, step.script) = (rule.technique, rule.script)
        }
    }

    /// Next steps for every scheduled contact and every to-do the user owes, with the
    /// details reports show. A voicemail's paired message comes with the cadence step that
    /// follows it, so a report on a later day (`Agenda`, which knows the day) can drop it.
    public func agendaItems(for contacts: [Contact]) -> [AgendaItem] {
        var items: [AgendaItem] = []
        for contact in contacts {
            if let step = nextStep(for: contact) {
                items.append(AgendaItem(name: contact.name, company: contact.company, step: step))
                if step.kind == .pairedMessage, let after = self.step(for: contact, pairing: false) {
                    items.append(AgendaItem(name: contact.name, company: contact.company, step: after))
                }
            }
            for todo in todos(for: contact) { items.append(AgendaItem(name: contact.name, company: contact.company, step: todo)) }
        }
        return items
    }

    /// What the user owes a contact, each on the day promised, or from the day it was made
    /// when it has no day yet (none for someone who asked not to be contacted).
    public func todos(for contact: Contact) -> [NextStep] {
        guard contact.status != .doNotContact else { return [] }
        let rule = content.rules.promised
        return contact.todos.map { todo in
            var step = NextStep(
                contact: contact.id, due: todo.hasDay ? todo.due : calendar.startOfDay(todo.made), timed: todo.hasDay && todo.timed,
                channel: contact.preferredChannel ?? rule.channel ?? .email, kind: todo.hasDay ? .promised : .owed,
                technique: rule.technique, script: rule.script, attempt: contact.history.attemptDays + 1, what: todo.what)
            step.high = todo.isHigh ? true : nil
            return step
        }
    }

    private func activeStep(for contact: Contact, pairing: Bool) -> NextStep {
        let history = contact.history
        let attempt = history.attemptDays + 1
        let rules = content.rules
        if let mine = contact.commitments.filter(\.isAgreedContact).min(by: { $0.due < $1.due }) {
            let channel = mine.channel ?? contact.preferredChannel ?? rules.agreed.channel ?? .call
            // A meeting is kept by being there, ready, not by calling; a message by writing it.
            let rule =
                [.meeting, .video].contains(channel)
                ? rules.agreedMeeting ?? rules.agreed
                : channel.isWritten ? rules.agreedMessage ?? rules.agreed : rules.agreed
            return NextStep(
                contact: contact.id, due: mine.due, timed: mine.timed, channel: channel, kind: .agreed, technique: rule.technique,
                script: rule.script, attempt: attempt, what: mine.what)
        }
        // The same-day message paired with the last touch comes first: it is only for today.
        if let lastTouch = history.lastTouch {
            // Job search: a thank-you the same day as the interview.
            // ...unless it is on the list as a thank-you the user owes: one act, one item.
            if history.lastOutcome == .meetingHeld && contact.context == .jobSearch && pairing
                && !contact.todos.contains(where: \.isThankYou)
            {
                return NextStep(
                    contact: contact.id, due: calendar.startOfDay(lastTouch), timed: false,
                    channel: contact.preferredChannel ?? rules.thankYou.channel ?? .email,
                    kind: .pairedMessage, technique: rules.thankYou.technique, script: rules.thankYou.script, attempt: attempt)
            }
            if history.lastOutcome == .voicemail && pairing {
                let preferred = contact.preferredChannel.flatMap { $0 == .call ? nil : $0 }
                return NextStep(
                    contact: contact.id, due: calendar.startOfDay(lastTouch), timed: false,
                    channel: preferred ?? rules.pairedMessage.channel ?? .email,
                    kind: .pairedMessage, technique: rules.pairedMessage.technique, script: rules.pairedMessage.script,
                    attempt: attempt)
            }
        }
        // Their promise with no day has no deadline to chase: the debrief asks about it instead.
        if let theirs = contact.commitments.filter({ $0.owner == .them && $0.hasDay }).min(by: { $0.due < $1.due }) {
            var due = calendar.workingDay(onOrAfter: calendar.day(1, after: theirs.due))
            // A conversation after their day restarts the clock: the cadence's first wait from it.
            if let talked = history.lastRealContact, calendar.startOfDay(talked) > calendar.startOfDay(theirs.due) {
                let wait = cadence(for: contact).step(afterAttempts: 0).afterDays
                due = calendar.workingDay(onOrAfter: calendar.day(wait, after: calendar.startOfDay(talked)))
            }
            return NextStep(
                contact: contact.id, due: due, timed: false,
                channel: contact.usualChannel ?? rules.theirDeadline.channel ?? .call,
                kind: .theirDeadline, technique: rules.theirDeadline.technique, script: rules.theirDeadline.script,
                attempt: attempt, what: theirs.what)
        }
        guard let lastTouch = history.lastTouch else {
            return NextStep(
                contact: contact.id, due: Self.firstCallDay(contact, calendar), timed: false,
                channel: contact.usualChannel ?? rules.first.channel ?? .call,
                kind: .first, technique: rules.first.technique, script: rules.first.script, attempt: 1)
        }
        let step = cadence(for: contact).step(afterAttempts: history.attemptDays)
        // Their own rhythm: that many days after the last touch, every time, never released.
        if let every = contact.every {
            return NextStep(
                contact: contact.id, due: calendar.workingDay(onOrAfter: calendar.day(every, after: lastTouch)), timed: false,
                channel: contact.usualChannel ?? rules.ownRhythm?.channel ?? .call, kind: .cadence,
                technique: rules.ownRhythm?.technique ?? step.technique, script: rules.ownRhythm?.script ?? step.script,
                attempt: attempt)
        }
        let acknowledge = step.kind == .cadence && attempt >= rules.acknowledgeFrom
        return cadenceStep(
            step, after: lastTouch, contact: contact, attempt: attempt,
            script: acknowledge ? rules.acknowledgeScript : step.script)
    }

    private func nurtureStep(for contact: Contact) -> NextStep {
        let nurture = content.cadences[Content.nurtureCadence]!
        let released = contact.released ?? contact.created
        let base = max(released, contact.history.lastTouch ?? released)
        let step = nurture.step(afterAttempts: base > released ? 1 : 0)
        return cadenceStep(step, after: base, contact: contact, attempt: 1, script: step.script)
    }

    private func cadenceStep(_ step: CadenceStep, after base: Date, contact: Contact, attempt: Int, script: String) -> NextStep {
        NextStep(
            contact: contact.id,
            due: calendar.workingDay(onOrAfter: calendar.day(step.afterDays, after: base)),
            timed: false,
            channel: step.kind == .release ? nil : channel(of: step, for: contact),
            kind: step.kind, technique: step.technique, script: script, attempt: attempt)
    }

    /// A step's channel: its turn of the rotation (starting from the contact's preferred
    /// channel), else the preferred channel, else the step's own.
    private func channel(of step: CadenceStep, for contact: Contact) -> Channel {
        guard !step.rotation.isEmpty else { return contact.usualChannel ?? step.channel ?? .call }
        let start = contact.preferredChannel.flatMap { step.rotation.firstIndex(of: $0) } ?? 0
        return step.rotation[(start + step.turn) % step.rotation.count]
    }
}
