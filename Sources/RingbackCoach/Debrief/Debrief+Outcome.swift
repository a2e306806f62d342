import RingbackContent
import RingbackCore
import RingbackScheduler

/// Phase 2, what happened: the outcome in the user's own words (one clarifying question,
/// then a menu), a request to stop confirmed, and coaching after an unanswered try.
extension Debrief {
    enum OutcomeStep: Equatable, Sendable {
        case whatHappened(clarified: Bool)
        case whatMenu
        case confirmStop
        case saidTheAsk
    }

    /// The menu offered when the words stay unclear, in this order.
    static let menu: [(key: DebriefContent.Key, outcome: Outcome)] = [
        (.menuConnected, .connected), (.menuVoicemail, .voicemail), (.menuNoAnswer, .noAnswer), (.menuGatekeeper, .gatekeeper),
        (.menuReplied, .replied), (.menuMeetingHeld, .meetingHeld), (.menuAskedToStop, .askedToStop),
    ]

    mutating func answer(_ text: String, at step: OutcomeStep) -> Reply {
        switch step {
        case .whatHappened(let clarified): return whatHappened(text, clarified: clarified)
        case .whatMenu:
            guard let n = Int(text), (1...Self.menu.count).contains(n) else { return reply([prompt()]) }
            return took(Self.menu[n - 1].outcome)
        case .confirmStop:
            return confirm(text) { debrief, yes in
                guard yes else {
                    debrief.draft.outcome = nil
                    return debrief.go(.outcome(.whatHappened(clarified: true)))
                }
                return debrief.finish(.outcome)
            }
        case .saidTheAsk:
            return confirm(text) { debrief, yes in
                debrief.finish(.outcome, before: [debrief.say(yes ? .askPraise : .askMissing)] + debrief.unansweredCoaching())
            }
        }
    }

    func prompt(_ step: OutcomeStep) -> String {
        switch step {
        case .whatHappened(let clarified): return say(clarified ? .whatClarify : .whatHappened)
        case .whatMenu: return say(.whatMenu, ["list": Self.numbered(Self.menu.map { say($0.key) })])
        case .confirmStop: return say(.confirmStop)
        case .saidTheAsk: return say(.saidTheAsk)
        }
    }

    private mutating func whatHappened(_ text: String, clarified: Bool) -> Reply {
        guard !text.isEmpty else { return reply([prompt()]) }
        draft.note = draft.note.isEmpty ? text : draft.note + " / " + text
        guard let outcome = Understanding.outcome(text) else {
            return go(.outcome(clarified ? .whatMenu : .whatHappened(clarified: true)))
        }
        if let channel = Understanding.channel(text), outcome != .voicemail && outcome != .noAnswer { draft.channel = channel }
        if outcome == .meetingHeld { draft.channel = .meeting }
        return took(outcome, sentence: text)
    }

    /// Moves on once the outcome is known; "yeah he said call thursday" sets the time too.
    private mutating func took(_ outcome: Outcome, sentence: String = "") -> Reply {
        draft.outcome = outcome
        switch outcome {
        case .askedToStop: return go(.outcome(.confirmStop))
        case .voicemail, .noAnswer, .sent: return go(.outcome(.saidTheAsk))
        case .gatekeeper: return go(.outcome(.saidTheAsk), before: [say(.gatekeeperTip)])
        case .connected, .replied, .meetingHeld:
            if let when = date(in: sentence), when.ok { return go(.nextTime(.confirmAgreed(when.when))) }
            return finish(.outcome)
        }
    }

    /// Coaching after an unanswered try: the paired email, the acknowledging message from the
    /// third try, the two-option note when Rapid Release has run its course.
    private func unansweredCoaching() -> [String] {
        var lines: [String] = []
        let after = contactAfterTouch()
        func render(_ script: ScriptTemplate) -> String {
            script.render(first: after.firstName, name: after.name, company: after.company, what: nil)
        }
        if draft.outcome == .voicemail, let script = content.scripts[content.rules.pairedMessage.script] {
            lines.append(say(.pairedEmail, ["script": render(script)]))
        }
        var withoutPairing = after
        if withoutPairing.history.lastOutcome == .voicemail { withoutPairing.history.lastOutcome = .noAnswer }
        let nextStep = scheduler.nextStep(for: withoutPairing)
        if let nextStep, nextStep.kind == .note, let script = content.scripts[nextStep.script] {
            lines.append(say(.twoOption, ["script": render(script)]))
        } else if after.history.attemptDays + 1 >= content.rules.acknowledgeFrom,
            let script = content.scripts[content.rules.acknowledgeScript]
        {
            lines.append(say(.acknowledge, ["count": String(after.history.attemptDays + 1), "script": render(script)]))
        }
        return lines
    }

    var scheduler: Scheduler { Scheduler(content: content, settings: settings, timeZone: calendar.timeZone) }

    /// The contact as it will be once this touch is saved (for planning and coaching).
    func contactAfterTouch() -> Contact {
        var after = contact ?? Contact(id: "new", name: name, context: draft.context ?? .sales, created: now)
        if let cadence = draft.cadence { after.cadence = cadence }
        if let outcome = draft.outcome {
            after.record(Touch(id: "draft", contact: after.id, at: now, channel: draft.channel, outcome: outcome), calendar: calendar)
        }
        return after
    }
}
