import Foundation
import RingbackContent
import RingbackCore

/// Phase 4, wrapping up: closing the contact on a clear yes or no, adding the person they
/// referred the user to, a tidbit held back and the channel they prefer (step by step
/// only), the summary and the save; and what Ctrl-D does at any point.
extension Debrief {
    enum WrapUpStep: Equatable, Sendable {
        case confirmDecision
        case confirmReferral
        case tidbit
        case channel
        case confirmSave
        case savePartial

        var takesFreeText: Bool { self == .tidbit || self == .channel }
    }

    /// A request to stop goes straight to the summary; a decision or a referral is offered;
    /// a step-by-step debrief asks for a tidbit; then the summary.
    func wrapUpEntry() -> (Step, [String])? {
        if draft.outcome == .askedToStop { return (.wrapUp(.confirmSave), [say(.stopKind)] + summary()) }
        if draft.decision != nil && !draft.askedDecision { return (.wrapUp(.confirmDecision), []) }
        if draft.referral != nil && !draft.askedReferral { return (.wrapUp(.confirmReferral), []) }
        if !draft.oneBreath && !draft.corrected && draft.tidbit == nil { return (.wrapUp(.tidbit), []) }
        return (.wrapUp(.confirmSave), summary())
    }

    /// What asks for nurture instead of closing on a no.
    static let nurtureWords = [
        "nurture", "release him", "release her", "release them", "keep in touch", "stay in touch", "check in later", "keep posted",
        "light check-in",
    ]

    static func saysNurture(_ text: String) -> Bool {
        nurtureWords.contains { Understanding.padded(text).contains(" \($0) ") }
    }

    private mutating func continueWrapUp() -> Reply {
        let (next, lines) = wrapUpEntry()!
        return go(next, before: lines)
    }

    mutating func answer(_ text: String, at step: WrapUpStep) -> Reply {
        switch step {
        case .confirmDecision:
            // "nurture", "keep in touch": not closed, a light check-in every 90 days instead.
            if draft.decision == false, Self.saysNurture(text) {
                draft.askedDecision = true
                draft.nurture = true
                return continueWrapUp()
            }
            // Enter takes the reading, as the question says.
            return confirm(text.isEmpty ? "y" : text) { debrief, yes in
                debrief.draft.askedDecision = true
                debrief.draft.closeConfirmed = yes
                return debrief.continueWrapUp()
            }
        case .confirmReferral:
            return confirm(text) { debrief, yes in
                debrief.draft.askedReferral = true
                debrief.draft.referralConfirmed = yes
                return debrief.continueWrapUp()
            }
        case .tidbit:
            // "y": there is one, not what it is.
            if Understanding.yesNo(text) == true, Understanding.words(text).count <= 2 { return reply([say(.tidbitWhat)]) }
            if !text.isEmpty && Understanding.yesNo(text) != false { draft.tidbit = text }
            // Asked only when their preference was not heard, now or before.
            if draft.preferredChannel != nil || contact?.preferredChannel != nil { return go(.wrapUp(.confirmSave), before: summary()) }
            return go(.wrapUp(.channel))
        case .channel:
            if !text.isEmpty, !Understanding.dontKnow(text), Understanding.yesNo(text) != false {
                // "emial": the nearest channel name; words that name none are asked about again.
                let names = Channel.allCases.map(\.rawValue)
                guard
                    let channel = Channel(loose: text) ?? Understanding.channel(text)
                        ?? NameMatcher.nearest(text.lowercased(), among: names).flatMap(Channel.init(rawValue:))
                else { return reply([say(.unknownChannel, ["said": text])]) }
                draft.preferredChannel = channel
            }
            return go(.wrapUp(.confirmSave), before: summary())
        case .confirmSave:
            // "no, I did not leave a voicemail, just no answer", "it was a call not a meeting": a
            // correction, not an answer to saving.
            if Understanding.yesNo(text) != true, Understanding.words(text).count > 2 {
                draft.corrected = true
                return correct(text)
            }
            // Enter saves, as the prompt says.
            return confirm(text.isEmpty ? "y" : text) { debrief, yes in
                // A first "n" offers to fix it (helper-40, helper-42: it threw everything away).
                guard yes || debrief.draft.declinedSave else {
                    debrief.draft.declinedSave = true
                    return debrief.reply([debrief.say(.saveDeclined), debrief.prompt()])
                }
                return debrief.finish(save: yes)
            }
        case .savePartial:
            return finish(save: Understanding.yesNo(text) == true)
        }
    }

    func prompt(_ step: WrapUpStep) -> String {
        switch step {
        case .confirmDecision: return say(draft.decision == true ? .confirmDecisionYes : .confirmDecisionNo)
        case .confirmReferral: return say(.confirmReferral, ["referral": draft.referral ?? ""])
        case .tidbit: return say(.tidbit)
        case .channel: return say(.channel)
        case .confirmSave: return say(.confirmSave)
        case .savePartial: return say(.savePartial)
        }
    }

    /// Ctrl-D: offers to save what was confirmed once the outcome is known.
    mutating func endOfInput() -> Reply {
        switch step {
        case .done: return Reply(lines: [], save: nil, finished: true)
        case .wrapUp(.savePartial): return finish(save: false)
        // Leaving at "Save it?" (Ctrl-C twice, Ctrl-D) still offers to save what was shown (helper-40 lost a debrief).
        case .wrapUp(.confirmSave): return go(.wrapUp(.savePartial))
        case .outcome(.confirmReading), .outcome(.fixReading):
            // The reading was not yet taken as right: only what happened and the note are
            // offered, never a time, a return or a decision it may have misread (helper-39).
            guard draft.outcome != nil else { return finish(save: false) }
            (draft.agreed, draft.notBefore, draft.retry, draft.decision, draft.referral) = (nil, nil, nil, nil, nil)
            return go(.wrapUp(.savePartial), before: summary())
        default:
            guard draft.outcome != nil else { return finish(save: false) }
            // What would be saved is shown before the question, as at the end of a whole debrief.
            return go(.wrapUp(.savePartial), before: summary())
        }
    }

    mutating func finish(save: Bool) -> Reply {
        step = .done
        guard save, let entry = entry() else { return Reply(lines: [say(.notSaved)], save: nil, finished: true) }
        return Reply(lines: [say(.saved)], save: entry, finished: true)
    }

    /// When the next try after this one will be planned (the step after the day's paired
    /// message), once this debrief is saved.
    private func plannedTry() -> Date? {
        scheduler.nextStep(for: contactAfterTouch(), asOf: calendar.day(1, after: now))?.due
    }

    /// "Here's what I'll save:" and one line per thing gathered.
    func summary() -> [String] {
        guard let entry = entry() else { return [] }
        let who = whoLabel()
        var lines = [
            say(.summaryTitle),
            say(.summaryWho, ["who": who, "channel": entry.channel.rawValue, "outcome": said(entry.outcome)]),
            say(.summaryNote, ["note": draft.note]),
        ]
        if let agreed = draft.agreed {
            // On their clock too, when they live by another one: "Wed 25 Nov, 00:00 (09:00 on Dana's clock)".
            let theirs = agreed.timed ? TimeConcern.theirClock(agreed.date, calendar: calendar, zone: theirZone)?.theirTime : nil
            let when = describe(agreed) + (theirs.map { " (\($0) on \(first)'s clock)" } ?? "")
            lines.append(say(.summaryAgreed, ["when": when]))
        }
        if let notBefore = draft.notBefore { lines.append(say(.summaryNotBefore, ["when": describe(notBefore)])) }
        for dropped in contact?.agreedBefore(entry.notBefore, calendar: calendar) ?? [] {
            let agreed = describe(When(date: dropped.due, timed: dropped.timed))
            lines.append(say(.summaryAgreedDropped, ["what": agreed, "when": entry.notBefore.map(describe) ?? ""]))
        }
        if let retry = draft.retry, let planned = plannedTry() {
            // The day the plan will show: a later one when they are away until then.
            let later = calendar.startOfDay(planned) > calendar.startOfDay(retry.date)
            lines.append(
                later
                    ? say(.summaryRetryLater, ["when": describe(When(date: planned, timed: false)), "what": describe(retry)])
                    : say(.summaryRetry, ["when": describe(retry)]))
        }
        // Nothing set: the day the cadence gives is said, so the plan shown is the plan saved.
        if draft.retry == nil, draft.agreed == nil, entry.decision == nil, !entry.release, draft.outcome != .askedToStop,
            let planned = plannedTry()
        {
            lines.append(say(.summaryPlanned, ["when": describe(When(date: planned, timed: false))]))
        }
        for what in draft.delivered {
            let mine = contact?.commitments.contains { $0.what == what && $0.owner == .me } == true
            lines.append(say(mine ? .summaryDone : .summaryDelivered, ["what": what]))
        }
        for promise in entry.promises {
            guard let by = promise.by else {
                lines.append(say(promise.owner == .me ? .summaryTodoNoDay : .summaryPromiseNoDay, ["what": promise.what]))
                continue
            }
            lines.append(say(promise.owner == .me ? .summaryTodo : .summaryPromise, ["what": promise.what, "when": describe(by)]))
        }
        if let tidbit = draft.tidbit { lines.append(say(.summaryTidbit, ["note": tidbit])) }
        if let channel = draft.preferredChannel { lines.append(say(.summaryPrefers, ["channel": channel.rawValue])) }
        if let cadence = draft.cadence { lines.append(say(.summaryCadence, ["cadence": cadence])) }
        if draft.outcome == .askedToStop { lines.append(say(.summaryStop)) }
        if let won = entry.decision { lines.append(say(won ? .summaryWon : .summaryLost)) }
        if entry.release { lines.append(say(.summaryNurture)) }
        if let referral = entry.referral {
            lines.append(
                entry.referralAgreed.map { say(.summaryReferralNext, ["referral": referral, "when": describe($0)]) }
                    ?? say(.summaryReferral, ["referral": referral]))
        }
        return lines
    }
}
