import Foundation
import RingbackContent
import RingbackCore
import RingbackScheduler
import RingbackWhen

/// The after-call debrief: a pure state machine. Each input line (with `now`) gives the
/// coach's reply and, at the end, the record to save. It reads no clock, terminal or disk:
/// the shell feeds it lines and applies its effects.
public struct Debrief: Sendable {
    /// What the user typed, or a key they pressed.
    public enum Input: Equatable, Sendable {
        case line(String)
        /// Ctrl-C: drop the current answer.
        case interrupt
        /// Ctrl-D or the end of piped input.
        case endOfInput
    }

    /// What the coach says back, and whether the debrief is over.
    public struct Reply: Equatable, Sendable {
        public var lines: [String]
        /// Set once, when the user confirmed saving.
        public var save: DebriefRecord?
        public var finished: Bool
    }

    enum Step: Equatable, Sendable {
        case who
        case pick([Contact])
        case confirmNew
        case context
        case whatHappened(clarified: Bool)
        case whatMenu
        case nextTime
        case nextWhen
        case confirmAgreed(When)
        case theirTime
        case proposeStep
        case theirPromise
        case promiseWhen(String)
        case confirmPromise(DebriefRecord.Promise)
        case saidTheAsk
        case confirmStop
        case tidbit
        case channel
        case confirmSave
        case savePartial
        case done

        /// Steps whose answer is any text (a name, a note), not a choice or a date.
        var takesFreeText: Bool {
            switch self {
            case .who, .context, .theirPromise, .promiseWhen, .tidbit, .channel: return true
            default: return false
            }
        }
    }

    let contacts: [Contact]
    let content: Content
    let settings: Settings
    let calendar: BusinessCalendar
    private(set) var step: Step = .who
    private var contact: Contact?
    private var name = ""
    private var draft = Draft()
    private var lastReframe: String?
    /// The time of the latest input; every date is read and shown relative to it.
    private var now = Date(timeIntervalSince1970: 0)

    /// Everything gathered so far; a record once the outcome is known.
    struct Draft: Equatable, Sendable {
        var context: ContactContext?
        var outcome: Outcome?
        var channel: Channel = .call
        var note = ""
        var agreed: When?
        var agreedChannel: Channel?
        /// The channel named in the sentence a proposed time came from.
        var proposedChannel: Channel?
        var promise: DebriefRecord.Promise?
        var tidbit: String?
        var preferredChannel: Channel?
        var cadence: String?
    }

    public init(contacts: [Contact], content: Content, settings: Settings, timeZone: TimeZone) {
        self.contacts = contacts
        self.content = content
        self.settings = settings
        self.calendar = BusinessCalendar(timeZone: timeZone, workingDays: settings.workingDays)
    }

    /// The opening prompt; with a name, the "who?" question is answered already.
    public mutating func start(name: String?, now: Date) -> Reply {
        self.now = now
        guard let name, !name.trimmingCharacters(in: .whitespaces).isEmpty else { return reply([say("who")]) }
        return handle(.line(name), now: now)
    }

    public mutating func handle(_ input: Input, now: Date) -> Reply {
        self.now = now
        switch input {
        case .interrupt:
            guard step != .done else { return reply([]) }
            return reply(["(answer dropped)", prompt()])
        case .endOfInput:
            return endOfInput()
        case .line(let raw):
            let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            var lines: [String] = []
            if let reframe = Understanding.reframe(for: text, in: content.debrief, last: lastReframe) {
                lastReframe = reframe.id
                lines.append(reframe.text)
                // Venting is not the answer to a free-text question: ask it again.
                if step.takesFreeText { return reply(lines + [prompt()]) }
            }
            var next = answer(text)
            next.lines = lines + next.lines
            return next
        }
    }

    // MARK: - Answers, state by state

    private mutating func answer(_ text: String) -> Reply {
        switch step {
        case .who: return who(text)
        case .pick(let candidates): return pick(text, candidates)
        case .confirmNew:
            guard let yes = Understanding.yesNo(text) else { return reply([say("yes-no"), prompt()]) }
            if yes { return go(.context) }
            step = .who
            return reply([say("who")])
        case .context:
            let context = ContactContext(loose: text) ?? Understanding.words(text).lazy.compactMap(ContactContext.init(loose:)).first
            draft.context = context ?? .sales
            return go(.whatHappened(clarified: false), before: context == nil && !text.isEmpty ? ["(Filed under sales.)"] : [])
        case .whatHappened(let clarified): return whatHappened(text, clarified: clarified)
        case .whatMenu:
            let options = Self.menu
            guard let n = Int(text), (1...options.count).contains(n) else { return reply([prompt()]) }
            return took(options[n - 1].outcome, note: draft.note)
        case .nextTime:
            if let when = date(in: text), when.ok { return go(.confirmAgreed(when.when)) }
            guard let yes = Understanding.yesNo(text) else { return reply([say("yes-no"), prompt()]) }
            if yes { return go(.nextWhen) }
            step = .theirTime
            return reply([say("ask-coaching"), prompt()])
        case .nextWhen:
            return askDate(text) { .confirmAgreed($0) }
        case .confirmAgreed(let when):
            if let other = date(in: text), other.ok, other.when != when { return go(.confirmAgreed(other.when)) }
            guard let yes = Understanding.yesNo(text) else { return reply([say("yes-no"), prompt()]) }
            if !yes { return go(.nextWhen) }
            draft.agreed = when
            draft.agreedChannel = draft.proposedChannel
            return go(.theirPromise)
        case .theirTime:
            if let when = date(in: text), when.ok { return go(.confirmAgreed(when.when)) }
            guard let yes = Understanding.yesNo(text) else { return reply([say("yes-no"), prompt()]) }
            return go(yes ? .nextWhen : .proposeStep)
        case .proposeStep:
            let cadenceName = content.cadences.keys.filter { $0 != Content.nurtureCadence }
                .first { Understanding.padded(text).contains(" " + $0.replacingOccurrences(of: "-", with: " ") + " ") || text.lowercased().contains($0) }
            if let cadenceName {
                draft.cadence = cadenceName
                return go(.proposeStep)
            }
            if let when = date(in: text), when.ok { return go(.confirmAgreed(when.when)) }
            guard Understanding.yesNo(text) == true || text.isEmpty else { return reply([say("yes-no"), prompt()]) }
            return go(.theirPromise)
        case .theirPromise:
            if text.isEmpty || Understanding.yesNo(text) == false { return go(.tidbit) }
            guard let found = date(in: text) else { return go(.promiseWhen(text)) }
            var what = text
            what.removeSubrange(found.reading.span)
            what = Self.tidy(what)
            guard found.ok else {
                step = .promiseWhen(what.isEmpty ? text : what)
                return reply([found.message, say("promise-when")])
            }
            return go(.confirmPromise(.init(what: what.isEmpty ? text : what, by: found.when)))
        case .promiseWhen(let what):
            if Understanding.yesNo(text) == false { return go(.tidbit) }
            return askDate(text) { .confirmPromise(.init(what: what, by: $0)) }
        case .confirmPromise(let promise):
            guard let yes = Understanding.yesNo(text) else { return reply([say("yes-no"), prompt()]) }
            if !yes { return go(.theirPromise) }
            draft.promise = promise
            return go(.tidbit)
        case .saidTheAsk:
            guard let yes = Understanding.yesNo(text) else { return reply([say("yes-no"), prompt()]) }
            var lines = [say(yes ? "ask-praise" : "ask-missing")]
            lines += unansweredCoaching()
            step = .tidbit
            return reply(lines + [prompt()])
        case .confirmStop:
            guard let yes = Understanding.yesNo(text) else { return reply([say("yes-no"), prompt()]) }
            if !yes {
                draft.outcome = nil
                return go(.whatHappened(clarified: true))
            }
            step = .confirmSave
            return reply([say("stop-kind")] + summary() + [prompt()])
        case .tidbit:
            if !text.isEmpty && Understanding.yesNo(text) != false { draft.tidbit = text }
            return go(.channel)
        case .channel:
            if !text.isEmpty { draft.preferredChannel = Channel(loose: text) ?? Understanding.channel(text) }
            step = .confirmSave
            return reply(summary() + [prompt()])
        case .confirmSave:
            guard let yes = Understanding.yesNo(text) else { return reply([say("yes-no"), prompt()]) }
            return finish(save: yes)
        case .savePartial:
            return finish(save: Understanding.yesNo(text) == true)
        case .done:
            return Reply(lines: [], save: nil, finished: true)
        }
    }

    private mutating func who(_ text: String) -> Reply {
        guard !text.isEmpty else { return reply([prompt()]) }
        if let problem = ContactName.problem(with: text) { return reply([problem.prefix(1).uppercased() + problem.dropFirst() + ".", prompt()]) }
        name = text
        switch NameMatcher.match(text, in: contacts, name: \.name) {
        case .found(let found):
            contact = found
            return go(.whatHappened(clarified: false), before: [found.label + "."])
        case .ambiguous(let candidates):
            return go(.pick(Array(candidates.prefix(9))))
        case .none:
            // A near miss ("Dnaa") is offered before a duplicate is made.
            if let close = NameMatcher.closest(text, in: contacts, name: \.name) { return go(.pick([close])) }
            return go(.confirmNew)
        }
    }

    private mutating func pick(_ text: String, _ candidates: [Contact]) -> Reply {
        if text.lowercased() == "new" { return go(.context) }
        if let n = Int(text), (1...candidates.count).contains(n) {
            contact = candidates[n - 1]
            return go(.whatHappened(clarified: false), before: [candidates[n - 1].label + "."])
        }
        if case .found(let found) = NameMatcher.match(text, in: candidates, name: \.name) {
            contact = found
            return go(.whatHappened(clarified: false), before: [found.label + "."])
        }
        return reply([prompt()])
    }

    private mutating func whatHappened(_ text: String, clarified: Bool) -> Reply {
        guard !text.isEmpty else { return reply([prompt()]) }
        draft.note = draft.note.isEmpty ? text : draft.note + " / " + text
        guard let outcome = Understanding.outcome(text) else {
            return go(clarified ? .whatMenu : .whatHappened(clarified: true))
        }
        if let channel = Understanding.channel(text), outcome != .voicemail && outcome != .noAnswer { draft.channel = channel }
        if outcome == .meetingHeld { draft.channel = .meeting }
        return took(outcome, note: draft.note, sentence: text)
    }

    /// Moves on once the outcome is known; "yeah he said call thursday" sets the time too.
    private mutating func took(_ outcome: Outcome, note: String, sentence: String = "") -> Reply {
        draft.outcome = outcome
        switch outcome {
        case .askedToStop:
            return go(.confirmStop)
        case .voicemail, .noAnswer, .sent:
            return go(.saidTheAsk)
        case .connected, .replied, .meetingHeld:
            if let when = date(in: sentence), when.ok { return go(.confirmAgreed(when.when)) }
            return go(.nextTime)
        }
    }

    /// Coaching after an unanswered try: the paired email, the acknowledging message from the
    /// third try, the two-option note when Rapid Release has run its course.
    private func unansweredCoaching() -> [String] {
        var lines: [String] = []
        let after = contactAfterTouch()
        let first = after.firstName
        if draft.outcome == .voicemail, let script = content.scripts[content.rules.pairedMessage.script] {
            lines.append(say("paired-email", ["script": script.render(first: first, name: after.name, company: after.company, what: nil)]))
        }
        let scheduler = Scheduler(content: content, settings: settings, timeZone: calendar.timeZone)
        var withoutPairing = after
        if withoutPairing.history.lastOutcome == .voicemail { withoutPairing.history.lastOutcome = .noAnswer }
        let nextStep = scheduler.nextStep(for: withoutPairing)
        if nextStep?.kind == .note, let script = content.scripts[nextStep!.script] {
            lines.append(say("two-option", ["script": script.render(first: first, name: after.name, company: after.company, what: nil)]))
        } else if after.history.attemptDays + 1 >= content.rules.acknowledgeFrom, let script = content.scripts[content.rules.acknowledgeScript] {
            lines.append(say("acknowledge", ["count": String(after.history.attemptDays + 1),
                                             "script": script.render(first: first, name: after.name, company: after.company, what: nil)]))
        }
        return lines
    }

    /// The contact as it will be once this touch is saved (for planning and coaching).
    private func contactAfterTouch() -> Contact {
        var after = contact ?? Contact(id: "new", name: name, context: draft.context ?? .sales, created: now)
        if let cadence = draft.cadence { after.cadence = cadence }
        if let outcome = draft.outcome {
            after.record(Touch(id: "draft", contact: after.id, at: now, channel: draft.channel, outcome: outcome), calendar: calendar)
        }
        return after
    }

    // MARK: - Dates

    private struct FoundDate {
        var reading: DateReading
        var ok: Bool
        var message: String
        var when: When { reading.when }
    }

    private mutating func date(in text: String) -> FoundDate? {
        guard let reading = WhenParser(now: now, calendar: calendar, settings: settings).read(text) else { return nil }
        draft.proposedChannel = Understanding.channel(text)
        let echo = describe(reading.when)
        return FoundDate(reading: reading, ok: !reading.isPast, message: say("past-date", ["when": echo]))
    }

    private mutating func askDate(_ text: String, then next: (When) -> Step) -> Reply {
        guard let found = date(in: text) else {
            if let vague = WhenParser.vagueWord(in: text) { return reply([say("vague-date", ["when": vague])]) }
            return reply([say("no-date"), prompt()])
        }
        guard found.ok else { return reply([found.message]) }
        return go(next(found.when))
    }

    func describe(_ when: When) -> String {
        DateText.describe(when.date, timed: when.timed, now: now, calendar: calendar)
    }

    // MARK: - Ending

    private mutating func endOfInput() -> Reply {
        switch step {
        case .done: return Reply(lines: [], save: nil, finished: true)
        case .savePartial, .confirmSave: return finish(save: false)
        default:
            guard draft.outcome != nil else { return finish(save: false) }
            step = .savePartial
            return reply([say("save-partial")])
        }
    }

    private mutating func finish(save: Bool) -> Reply {
        step = .done
        guard save, let record = record() else { return Reply(lines: [say("not-saved")], save: nil, finished: true) }
        return Reply(lines: [say("saved")], save: record, finished: true)
    }

    func record() -> DebriefRecord? {
        guard let outcome = draft.outcome else { return nil }
        return DebriefRecord(
            contactID: contact?.id, name: contact?.name ?? name, context: draft.context, outcome: outcome, channel: draft.channel,
            note: draft.note, agreed: draft.agreed, agreedChannel: draft.agreedChannel, promise: draft.promise, tidbit: draft.tidbit,
            preferredChannel: draft.preferredChannel, cadence: draft.cadence)
    }

    private func summary() -> [String] {
        guard let record = record() else { return [] }
        var lines = [say("summary-title")]
        let who = contact.map(\.label) ?? "\(name) (new, \((draft.context ?? .sales).rawValue))"
        lines.append("  \(who) · \(record.channel.rawValue) · \(record.outcome.rawValue)")
        lines.append("  Note: \(record.note)")
        if let agreed = record.agreed { lines.append("  Next time agreed: \(describe(agreed))") }
        if let promise = record.promise { lines.append("  They promised: \(promise.what) · by \(describe(promise.by))") }
        if let tidbit = record.tidbit { lines.append("  Held back for next time: \(tidbit)") }
        if let channel = record.preferredChannel { lines.append("  Prefers: \(channel.rawValue)") }
        if let cadence = record.cadence { lines.append("  Cadence: \(cadence)") }
        if record.outcome == .askedToStop { lines.append("  Do not contact from now on.") }
        return lines
    }

    // MARK: - Prompts

    static let menu: [(label: String, outcome: Outcome)] = [
        ("we talked", .connected), ("I left a voicemail", .voicemail), ("no answer", .noAnswer),
        ("they replied", .replied), ("we met", .meetingHeld), ("they asked me to stop", .askedToStop),
    ]


    private var first: String {
        contact?.firstName ?? String(name.split(separator: " ").first ?? Substring(name))
    }

    func say(_ key: String, _ values: [String: String] = [:]) -> String {
        content.debrief.say(key, ["name": contact?.name ?? name, "first": first].merging(values) { _, new in new })
    }

    /// The question for the current step.
    private func prompt() -> String {
        switch step {
        case .who: return say("who")
        case .pick(let candidates):
            return say("who-pick", ["list": candidates.enumerated().map { "  \($0.offset + 1)) \($0.element.label)" }.joined(separator: "\n")])
        case .confirmNew: return say("who-unknown")
        case .context: return say("context")
        case .whatHappened(let clarified): return say(clarified ? "what-clarify" : "what-happened")
        case .whatMenu: return say("what-menu", ["list": Self.menu.enumerated().map { "  \($0.offset + 1)) \($0.element.label)" }.joined(separator: "\n")])
        case .nextTime: return say("next-time")
        case .nextWhen: return say("next-when")
        case .confirmAgreed(let when): return say("confirm-when", ["when": describe(when)])
        case .theirTime: return say("their-time")
        case .proposeStep: return say("propose-step", ["step": plannedStep()])
        case .theirPromise: return say("their-promise")
        case .promiseWhen: return say("promise-when")
        case .confirmPromise(let promise): return say("confirm-when", ["when": "\(promise.what) · by \(describe(promise.by))"])
        case .saidTheAsk: return say("said-the-ask")
        case .confirmStop: return say("confirm-stop")
        case .tidbit: return say("tidbit")
        case .channel: return say("channel")
        case .confirmSave: return say("confirm-save")
        case .savePartial: return say("save-partial")
        case .done: return ""
        }
    }

    /// The follow-up the scheduler will plan if nothing was agreed: "call Wed 25 Nov (Wait
    /// three days, then call)".
    private func plannedStep() -> String {
        let scheduler = Scheduler(content: content, settings: settings, timeZone: calendar.timeZone)
        let after = contactAfterTouch()
        guard let step = scheduler.nextStep(for: after) else { return "no further follow-up" }
        let item = AgendaItem(name: after.name, company: after.company, step: step)
        let explanation = StepExplanation(item, content: content)
        return "\(explanation.action.lowercased().hasPrefix("call") ? "call" : explanation.action) \(describe(When(date: step.due, timed: step.timed))) (\(explanation.techniqueName)), under the \(scheduler.cadence(for: after).name) cadence"
    }

    private mutating func go(_ next: Step, before: [String] = []) -> Reply {
        step = next
        return reply(before + [prompt()])
    }

    private func reply(_ lines: [String]) -> Reply { Reply(lines: lines, save: nil, finished: false) }

    /// Trims what is left at the ends once a date is cut out: "she'll send the budget by" →
    /// "send the budget".
    static func tidy(_ text: String) -> String {
        var words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        let trailing: Set<String> = ["by", "on", "at", "before", "until", "till", "for", "and", "the"]
        let leading: Set<String> = ["yes", "yeah", "yep", "she'll", "he'll", "they'll", "she", "he", "they", "will", "said"]
        func bare(_ word: String) -> String { word.lowercased().trimmingCharacters(in: .punctuationCharacters) }
        while let last = words.last, trailing.contains(bare(last)) || bare(last).isEmpty { words.removeLast() }
        while words.count > 1, let first = words.first, leading.contains(bare(first)) { words.removeFirst() }
        return words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ",;: "))
    }
}
