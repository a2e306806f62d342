import RingbackContent
import RingbackCore
import RingbackScheduler

/// Phase 3, after a conversation: was a next time set (coaching when not, their time, or the
/// cadence's plan), and what they promised, by when.
extension Debrief {
    enum NextTimeStep: Equatable, Sendable {
        case nextTime
        case nextWhen
        case confirmAgreed(When)
        case theirTime
        case proposeStep
        case pickDay
        case theirPromise
        case promiseWhen(String)
        case confirmPromise(TouchEntry.Promise)

        var takesFreeText: Bool {
            switch self {
            case .theirPromise, .promiseWhen: return true
            default: return false
            }
        }
    }

    /// Only a real conversation has a next time and promises to ask about.
    func nextTimeEntry() -> (Step, [String])? {
        switch draft.outcome {
        case .connected, .replied, .meetingHeld: return (.nextTime(.nextTime), [])
        default: return nil
        }
    }

    mutating func answer(_ text: String, at step: NextTimeStep) -> Reply {
        switch step {
        case .nextTime:
            if let when = date(in: text), when.ok { return go(.nextTime(.confirmAgreed(when.when))) }
            return confirm(text) { debrief, yes in
                yes ? debrief.go(.nextTime(.nextWhen)) : debrief.go(.nextTime(.theirTime), before: [debrief.say(.askCoaching)])
            }
        case .nextWhen:
            // "no", "none", "we didn't": no time after all.
            if Understanding.yesNo(text) == false || Understanding.isNone(text) {
                return go(.nextTime(.theirTime), before: [say(.askCoaching)])
            }
            return askDate(text) { .nextTime(.confirmAgreed($0)) }
        case .confirmAgreed(let when):
            if let other = date(in: text), other.ok, other.when != when { return go(.nextTime(.confirmAgreed(other.when))) }
            return confirm(text) { debrief, yes in
                guard yes else { return debrief.go(.nextTime(.nextWhen)) }
                debrief.draft.agreed = when
                debrief.draft.agreedChannel = debrief.draft.proposedChannel
                return debrief.go(.nextTime(.theirPromise))
            }
        case .theirTime:
            if let when = date(in: text), when.ok { return go(.nextTime(.confirmAgreed(when.when))) }
            return confirm(text) { debrief, yes in debrief.go(.nextTime(yes ? .nextWhen : .proposeStep)) }
        case .proposeStep:
            if let cadence = cadenceNamed(in: text) {
                draft.cadence = cadence
                return go(.nextTime(.proposeStep))
            }
            if let when = date(in: text), when.ok { return go(.nextTime(.confirmAgreed(when.when))) }
            return confirm(text.isEmpty ? "yes" : text) { debrief, yes in debrief.go(.nextTime(yes ? .theirPromise : .pickDay)) }
        case .pickDay:
            if text.isEmpty || Understanding.isNone(text) || Understanding.yesNo(text) == false { return go(.nextTime(.theirPromise)) }
            return askDate(text) { .nextTime(.confirmAgreed($0)) }
        case .theirPromise:
            if text.isEmpty || Understanding.yesNo(text) == false { return finish(.nextTime) }
            guard let found = date(in: text) else { return go(.nextTime(.promiseWhen(text))) }
            var what = text
            what.removeSubrange(found.reading.span)
            what = Self.tidy(what)
            guard found.ok else {
                self.step = .nextTime(.promiseWhen(what.isEmpty ? text : what))
                return reply([found.message, say(.promiseWhen)])
            }
            return go(.nextTime(.confirmPromise(.init(what: what.isEmpty ? text : what, by: found.when))))
        case .promiseWhen(let what):
            if Understanding.yesNo(text) == false { return finish(.nextTime) }
            return askDate(text) { .nextTime(.confirmPromise(.init(what: what, by: $0))) }
        case .confirmPromise(let promise):
            return confirm(text) { debrief, yes in
                guard yes else { return debrief.go(.nextTime(.theirPromise)) }
                debrief.draft.promise = promise
                return debrief.finish(.nextTime)
            }
        }
    }

    func prompt(_ step: NextTimeStep) -> String {
        switch step {
        case .nextTime: return say(.nextTime)
        case .nextWhen: return say(.nextWhen)
        case .confirmAgreed(let when): return say(.confirmWhen, ["when": describe(when)])
        case .theirTime: return say(.theirTime)
        case .proposeStep: return say(.proposeStep, ["step": plannedStep()])
        case .pickDay: return say(.pickDay)
        case .theirPromise: return say(.theirPromise)
        case .promiseWhen: return say(.promiseWhen)
        case .confirmPromise(let promise): return say(.confirmPromise, ["what": promise.what, "when": describe(promise.by)])
        }
    }

    /// A cadence the user names to switch to ("rapid release").
    private func cadenceNamed(in text: String) -> String? {
        content.followUpCadenceNames.first {
            Understanding.padded(text).contains(" " + $0.replacingOccurrences(of: "-", with: " ") + " ") || text.lowercased().contains($0)
        }
    }

    /// The follow-up the scheduler will plan if nothing was agreed: "call Wed 25 Nov (Wait
    /// three days, then call), under the persistent cadence".
    private func plannedStep() -> String {
        let after = contactAfterTouch()
        guard let step = scheduler.nextStep(for: after) else { return say(.noPlannedStep) }
        let explanation = StepExplanation(AgendaItem(name: after.name, company: after.company, step: step), content: content)
        return say(
            .plannedStep,
            [
                "action": explanation.action.lowercased().hasPrefix("call") ? "call" : explanation.action,
                "when": describe(When(date: step.due, timed: step.timed)), "technique": explanation.techniqueName,
                "cadence": scheduler.cadence(for: after).name,
            ])
    }
}
