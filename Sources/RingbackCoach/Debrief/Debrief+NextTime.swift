import Foundation
import RingbackContent
import RingbackCore
import RingbackReading
import RingbackScheduler
import RingbackWhen

/// Phase 3, what comes next: a day for each promise heard without one; after a conversation,
/// was a next time set (coaching when not, their time, or the cadence's plan) and what was
/// promised, by whom. Only what is still missing is asked.
extension Debrief {
    enum NextTimeStep: Equatable, Sendable {
        case nextTime
        case nextWhen
        case confirmAgreed(When)
        /// "Kim is back Mon 14 Dec: try again Mon 14 Dec?": the user's next try, proposed from
        /// what was heard (not a time agreed with them).
        case proposeNext(When)
        case theirTime
        case proposeStep
        case pickDay
        case theirPromise
        /// A day for promise number N (theirs or the user's).
        case promiseDue(Int)
        /// "send the budget · by Fri 27 Nov, right?" for promise number N.
        case confirmPromise(Int)
        /// "Dana owed you the budget (by Fri 27 Nov). Did it come?"
        case delivered(Commitment)
        /// After a first meeting or "we're still looking": did you say a no is fine?
        case guidelines
        /// "passing for now": when to try again, or nurture.
        case notNow

        var takesFreeText: Bool {
            switch self {
            case .theirPromise, .promiseDue: return true
            default: return false
            }
        }
    }

    /// The next question of this phase that is still open; nil when there is none.
    func pendingNextTimeStep() -> Step? {
        if let index = draft.promises.firstIndex(where: { !$0.noDay && $0.due == nil }) { return .nextTime(.promiseDue(index)) }
        if let index = draft.promises.firstIndex(where: { !$0.confirmed }) { return .nextTime(.confirmPromise(index)) }
        // A decision settles it: no next time to push for.
        guard [.connected, .replied, .meetingHeld].contains(draft.outcome) else { return nil }
        // What they owed before this call: did it come? (Kept open until it does.) Asked once its
        // day has come, or when it has none; not about a promise told again in this answer.
        let today = calendar.startOfDay(now)
        if let owed = contact?.commitments.first(where: { owed in
            owed.owner == .them && (!owed.hasDay || owed.due < calendar.day(1, after: today))
                && !draft.askedDelivered.contains(owed.what) && !draft.promises.contains { $0.what == owed.what }
        }) {
            return .nextTime(.delivered(owed))
        }
        // A decision settles it: no next time to push for.
        guard draft.decision == nil else { return nil }
        // "I owe him a call back by thurs": the user's next contact is that call, already said.
        let callOwed = draft.promises.contains { promise in
            promise.owner == .me && promise.due != nil && Self.callWords.contains { promise.what.lowercased().contains($0) }
        }
        // "passing for now": no time to push for today; when to try again is the question.
        if draft.softNo, draft.agreed == nil, draft.retry == nil, !draft.nurture, !draft.askedNext, proposedNext == nil {
            return .nextTime(.notNow)
        }
        if draft.agreed == nil && draft.retry == nil && !draft.askedNext && !callOwed {
            return .nextTime(proposedNext.map { .proposeNext($0) } ?? .nextTime)
        }
        // Asked only when none of theirs was heard, and not after a whole story told in one breath.
        let heardPromise = draft.promises.contains { $0.owner == .them } || (draft.oneBreath && !draft.promises.isEmpty)
        if !draft.askedPromise && !heardPromise { return .nextTime(.theirPromise) }
        if !draft.askedGuidelines && guidelinesMatter { return .nextTime(.guidelines) }
        return nil
    }

    func nextTimeEntry() -> (Step, [String])? {
        pendingNextTimeStep().map { ($0, []) }
    }

    /// On to the next open question, or out of the phase.
    mutating func continueNextTime(before: [String] = []) -> Reply {
        if let next = pendingNextTimeStep() { return go(next, before: before) }
        return finish(.nextTime, before: before)
    }

    mutating func answer(_ text: String, at step: NextTimeStep) -> Reply {
        switch step {
        case .nextTime:
            draft.askedNext = true
            // A pasted rejection, "not now, try me after the holidays": a day with a no is the
            // user's own next try, not a time agreed with them.
            if Understanding.words(text).count >= Self.sentenceWords {
                let reading = reader.read(text)
                if let next = reading.next, reading.softNo != nil || reading.decision?.value == .no || Self.ownPlan(next.words) {
                    // "no, ill call him thurs": the "no" answers this question, not what happened on the call.
                    var plan = reading
                    (plan.outcome, plan.channel) = (nil, nil)
                    absorb(plan)
                    if let retry = draft.retry { return continueNextTime(before: [say(.proposalTaken, ["when": describe(retry)])]) }
                }
            }
            // "no not really, ill send a thank you note tonight": no time set; the day goes with
            // the promise told after the no, not with a call.
            if Understanding.yesNo(text) == false, Understanding.words(text).count >= 4, !keepPromises(reader.read(text)).isEmpty {
                return go(.nextTime(.theirTime), before: [askCoaching])
            }
            // "not really, only once we have a lead. prob mid jan": nothing was set; the day is the user's guess.
            if Understanding.yesNo(text) == false, !Self.theySetIt(text), let when = date(in: text), when.ok {
                return ownTry(when.when)
            }
            if let when = date(in: text), when.ok { return partlyRead(when) ?? go(.nextTime(.confirmAgreed(when.when))) }
            // "idk", or enter, as the question says: no time was set that the user knows of.
            return confirm(text.isEmpty ? "n" : text, unsure: false) { debrief, yes in
                yes ? debrief.go(.nextTime(.nextWhen)) : debrief.go(.nextTime(.theirTime), before: [debrief.askCoaching])
            }
        case .proposeNext(let when):
            draft.askedNext = true
            // Nothing, or "whenever": the proposal stands; another day replaces it; either is said back.
            let other = date(in: text).flatMap { $0.ok ? $0.when : nil }
            // A day before they are back is not a day to try ("the 13th" said of a January return).
            if let other, let back = draft.notBefore, calendar.startOfDay(other.date) < calendar.startOfDay(back.date) {
                return reply([say(.beforeTheyAreBack, ["when": describe(other), "from": describe(back)]), prompt()])
            }
            if text.isEmpty || WhenParser.vagueWord(in: text) != nil || other != nil {
                draft.retry = other ?? when
                return continueNextTime(before: [say(.proposalTaken, ["when": describe(other ?? when)])])
            }
            // Not a yes or a no, and no day in it ("feb 30"): say so rather than ask for y/n.
            if Understanding.yesNo(text) == nil { return reply([say(.noDate), prompt()]) }
            return confirm(text) { debrief, yes in
                guard yes else { return debrief.go(.nextTime(.theirTime), before: [debrief.askCoaching]) }
                debrief.draft.retry = when
                return debrief.continueNextTime()
            }
        case .nextWhen:
            // "no", "none", "we didn't", "idk": no time after all; a promise said with it is kept.
            if Understanding.nothingGiven(text) {
                if Understanding.words(text).count >= Self.sentenceWords { keepPromises(reader.read(text)) }
                return go(.nextTime(.theirTime), before: [askCoaching])
            }
            return askDate(text) { .nextTime(.confirmAgreed($0)) }
        case .confirmAgreed(let when):
            // A sentence with more in it ("needs his boss to sign off. i owe him the quote by wed"): kept, not only its date.
            if text.split(separator: " ").count >= Self.sentenceWords { return keepSaid(text, confirming: when) }
            if let other = date(in: text), other.ok, other.when != when {
                // "yup, afternoon tho": a time alone sets the time on the day being confirmed;
                // "no wait, i meant friday": a day alone keeps its time.
                return go(.nextTime(.confirmAgreed(timeOnly(other.reading, on: when) ?? dayOnly(other.when, keeping: when))))
            }
            // Enter keeps the time said back, as the prompt says.
            return confirm(text.isEmpty ? "y" : text) { debrief, yes in
                guard yes else { return debrief.go(.nextTime(.nextWhen)) }
                debrief.draft.agreed = when
                debrief.draft.agreedChannel = debrief.draft.proposedChannel
                return debrief.continueNextTime()
            }
        case .theirTime:
            if let when = date(in: text), when.ok { return partlyRead(when) ?? go(.nextTime(.confirmAgreed(when.when))) }
            // Nothing said, or "idk": no time of theirs.
            return confirm(text.isEmpty ? "no" : text, unsure: false) { debrief, yes in
                debrief.go(.nextTime(yes ? .nextWhen : .proposeStep))
            }
        case .proposeStep where Self.saysNurture(text), .pickDay where Self.saysNurture(text):
            // "none, release him to nurture": a light check-in every 90 days, not the cadence.
            return takeNurture()
        case .proposeStep:
            if let cadence = cadenceNamed(in: text) {
                draft.cadence = cadence
                return go(.nextTime(.proposeStep))
            }
            // Another day typed here is the user's own next try: nothing was agreed with them.
            if let when = date(in: text), when.ok { return ownTry(when.when) }
            return confirm(text.isEmpty ? "yes" : text) { debrief, yes in yes ? debrief.continueNextTime() : debrief.go(.nextTime(.pickDay))
            }
        case .pickDay:
            if Understanding.nothingGiven(text) { return continueNextTime() }
            guard let when = date(in: text), when.ok, when.reading.unused.isEmpty else {
                return askDate(text) { .nextTime(.confirmAgreed($0)) }
            }
            return ownTry(when.when)
        case .theirPromise:
            return theirPromise(text)
        case .notNow:
            draft.askedNext = true
            // "nurture", "keep in touch": a light check-in every 90 days; enter: the cadence.
            if Self.saysNurture(text) { return takeNurture() }
            if let when = date(in: text), when.ok { return ownTry(when.when) }
            if text.isEmpty || Understanding.nothingGiven(text) { return continueNextTime() }
            return reply([say(.noDate), prompt()])
        case .guidelines:
            return confirm(text) { debrief, yes in
                debrief.draft.askedGuidelines = true
                return debrief.continueNextTime(before: [debrief.say(yes ? .guidelinesPraise : .guidelinesLine)])
            }
        case .delivered(let owed):
            return confirm(text, unsure: false) { debrief, yes in
                debrief.draft.askedDelivered.append(owed.what)
                if yes { debrief.draft.delivered.append(owed.what) }
                return debrief.continueNextTime()
            }
        case .promiseDue(let index):
            // No day, "none", "whenever", "idk": kept open as "no day yet".
            if Understanding.nothingGiven(text), date(in: text) == nil {
                draft.promises[index].noDay = true
                draft.promises[index].confirmed = true
                let mine = draft.promises[index].owner == .me
                return continueNextTime(before: [say(mine ? .undatedKept : .undatedTheirs, ["what": draft.promises[index].what])])
            }
            return askDate(text) { when in
                .nextTime(.confirmPromise(index))
            } apply: { debrief, when in
                debrief.draft.promises[index].due = when
            }
        case .confirmPromise(let index):
            // "no wait, the pricing sheet is mine": the same promise, the other side's.
            if let owner = ownerSaid(text), owner != draft.promises[index].owner {
                draft.promises[index].owner = owner
                return go(.nextTime(.confirmPromise(index)))
            }
            return confirm(text.isEmpty ? "y" : text) { debrief, yes in
                guard yes else {
                    debrief.draft.promises.remove(at: index)
                    debrief.draft.askedPromise = false
                    return debrief.go(.nextTime(.theirPromise))
                }
                debrief.draft.promises[index].confirmed = true
                return debrief.continueNextTime()
            }
        }
    }

    /// Nurture instead of the cadence, said back.
    private mutating func takeNurture() -> Reply {
        draft.nurture = true
        return continueNextTime(before: [say(.nurtureTaken)])
    }

    /// A day the user picked for their own next try (not one agreed with them), said back.
    private mutating func ownTry(_ when: When) -> Reply {
        draft.retry = when
        return continueNextTime(before: [say(.proposalTaken, ["when": describe(when)])])
    }

    /// "she'll send the budget by friday", "no, I owe her the revised quote tomorrow", "no".
    /// Their open promises an answer says came ("she already sent the times, that's done"):
    /// received, not asked about again, and not taken for a new promise.
    @discardableResult
    mutating func takeDelivered(_ text: String) -> [String] {
        let open = contact?.commitments.filter { $0.owner == .them && !draft.delivered.contains($0.what) } ?? []
        let came = open.filter { Delivery.says(text, about: $0.what, only: open.count == 1) }.map(\.what)
        // "sent mark the 2 profiles": what the user owed is done.
        let done = (contact?.commitments ?? []).filter { owed in
            owed.owner == .me && !draft.delivered.contains(owed.what) && Delivery.userSent(text, about: owed.what)
        }.map(\.what)
        draft.delivered += came + done
        draft.askedDelivered += came
        return came
    }

    private mutating func theirPromise(_ text: String) -> Reply {
        draft.askedPromise = true
        let reading = reader.read(text)
        let came = takeDelivered(text)
        if !came.isEmpty && reading.promises.isEmpty {
            return continueNextTime(before: came.map { say(.deliveredHeard, ["what": $0]) })
        }
        if !reading.promises.isEmpty {
            for promise in reading.promises {
                draft.promises.append(DraftPromise(owner: promise.owner, what: promise.what, due: promise.due))
            }
            return continueNextTime()
        }
        if Understanding.nothingGiven(text) { return continueNextTime() }
        // A bare "yes" ("yeah she did"): what it was is still to come.
        if Understanding.yesNo(text) == true, Understanding.words(text).allSatisfy(Self.bareYes.contains) {
            return reply([say(.whatTheyPromised)])
        }
        // "the budget by friday": their promise, said without who; "her decision, no date": without a day.
        guard let found = date(in: text) else {
            var what = text
            for phrase in Self.noDayWords { what = what.replacingOccurrences(of: phrase, with: "", options: .caseInsensitive) }
            what = Self.tidy(what)
            let undated = what != Self.tidy(text) && !what.isEmpty
            draft.promises.append(DraftPromise(owner: .them, what: undated ? what : text, due: nil, confirmed: undated, noDay: undated))
            return continueNextTime()
        }
        var what = text
        what.removeSubrange(found.reading.span)
        what = Self.tidy(what)
        draft.promises.append(DraftPromise(owner: .them, what: what.isEmpty ? text : what, due: found.ok ? found.when : nil))
        return continueNextTime(before: found.ok ? [] : [found.message])
    }

    /// A promise of the user's that is itself the next contact.
    static let callWords = ["call", "ring", "phone"]

    /// Words that say a promise has no day: taken out of it, and its day not asked.
    static let noDayWords = ["no date yet", "no date", "no day yet", "no day", "no deadline", "no timeline", "no timeframe"]

    /// The words of a yes that says nothing more.
    private static let bareYes: Set<String> = [
        "y", "yes", "yeah", "yep", "yup", "sure", "ok", "did", "she", "he", "they", "we", "promised", "something", "yea", "ya",
    ]

    func prompt(_ step: NextTimeStep) -> String {
        switch step {
        case .nextTime: return say(.nextTime)
        case .nextWhen: return say(.nextWhen)
        case .confirmAgreed(let when):
            // An odd time is questioned, not refused; a contact in another zone hears their clock too.
            var concerns = TimeConcern.about(when, hours: settings.hours, calendar: calendar, theirZone: theirZone)
            if when.timed, !concerns.contains(where: \.isTheirClock),
                let clock = TimeConcern.theirClock(when.date, calendar: calendar, zone: theirZone)
            {
                concerns.append(clock)
            }
            let said = concerns.map { concern in
                switch concern {
                case .outsideHours(let hours): say(.outsideHours, ["hours": hours.description])
                case .dayOff: say(.dayOff)
                case .theirClock(_, let zone, _): say(.theirClock, ["when": concern.theirTime ?? "", "first": first, "zone": zone])
                }
            }
            return say(.confirmWhen, ["when": ([describe(when)] + said).joined(separator: ", ")])
        case .proposeNext(let when):
            if let notBefore = draft.notBefore { return say(.proposeFrom, ["from": describe(notBefore), "when": describe(when)]) }
            let owed = theirLastDeadline.map { ["what": $0.what, "due": $0.due.map(describe) ?? ""] } ?? [:]
            return say(.proposeAfterDeadline, owed.merging(["when": describe(when)]) { _, new in new })
        case .theirTime: return say(.theirTime)
        case .proposeStep: return say(.proposeStep, ["step": plannedStep()])
        case .pickDay: return say(.pickDay)
        case .theirPromise: return say(.theirPromise)
        case .guidelines: return say(.guidelines)
        case .notNow: return say(.notNowWhen, ["first": first])
        case .delivered(let owed):
            // "Kim was to loop in her CTO" (it said "Kim owed you loop in her CTO"); "Dana owed you the budget".
            let act = ScriptTemplate.startsWithVerb(owed.what)
            guard owed.hasDay else { return say(act ? .theyDidNoDay : .theyDeliveredNoDay, ["what": owed.what]) }
            return say(act ? .theyDid : .theyDelivered, ["what": owed.what, "when": describe(When(date: owed.due, timed: owed.timed))])
        case .promiseDue(let index):
            let promise = draft.promises[index]
            return say(promise.owner == .me ? .todoDue : .theirDue, ["what": promise.what])
        case .confirmPromise(let index):
            let promise = draft.promises[index]
            let when = promise.due.map(describe) ?? ""
            return say(promise.owner == .me ? .confirmMyPromise : .confirmPromise, ["what": promise.what, "when": when])
        }
    }

    /// A next try built from what was heard, to propose rather than ask: the first working
    /// day they are back ("out till the 14th"), else the working day after their latest
    /// deadline ("they'll decide by friday").
    var proposedNext: When? {
        let day: Date
        if let notBefore = draft.notBefore {
            day = calendar.workingDay(onOrAfter: calendar.startOfDay(notBefore.date))
        } else if let due = theirLastDeadline?.due {
            day = calendar.workingDay(onOrAfter: calendar.day(1, after: calendar.startOfDay(due.date)))
        } else {
            return nil
        }
        return When(date: day, timed: false)
    }

    /// How to ask for a time next call, from what was heard: their promise and the day after
    /// it ("Since you'd decide by Friday, could I call you Monday to hear where it landed?").
    var askCoaching: String {
        guard let theirs = theirLastDeadline, let due = theirs.due else { return say(.askCoaching) }
        let after = calendar.workingDay(onOrAfter: calendar.day(1, after: calendar.startOfDay(due.date)))
        return say(
            .askCoachingAfter,
            [
                "said": ScriptTemplate.said(theirs.what), "due": DateText.spokenDay(due.date, calendar, now: now),
                "when": DateText.spokenDay(after, calendar, now: now),
            ])
    }

    /// Their promise with the latest day, heard in this debrief.
    var theirLastDeadline: DraftPromise? {
        draft.promises.filter { $0.owner == .them && $0.due != nil }.max { $0.due!.date < $1.due!.date }
    }

    /// Guidelines are set up front: after a first meeting, or when they are still looking.
    var guidelinesMatter: Bool {
        // A favour asked of someone in your network is not a deal to ask a no about.
        guard (contact?.context ?? draft.context) != .networking else { return false }
        let firstMeeting = draft.outcome == .meetingHeld && (contact?.history.lastRealContact == nil)
        let said = Understanding.padded(draft.note)
        let stillLooking = [
            " still looking ", " keep looking ", " keeping our options open ", " other options ", " shopping around ", " other vendors ",
        ]
        .contains { said.contains($0) }
        return firstMeeting || stillLooking
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

extension Debrief {
    /// Words from which an answer at a yes/no is a sentence to read, not a yes, a no or a day.
    static let sentenceWords = 6

    /// "afternoon", "at 3", "10am" said while `day` is being confirmed: that day at that time.
    func timeOnly(_ reading: DateReading, on day: When) -> When? {
        let parser = WhenParser(now: calendar.startOfDay(day.date), calendar: calendar, settings: settings, theirZone: theirZone)
        guard let again = parser.read(reading.matched), again.when.timed,
            calendar.startOfDay(again.when.date) == calendar.startOfDay(day.date)
        else { return nil }
        return again.when
    }

    /// Another day said alone, at the time being confirmed ("Thu 10 Dec, 14:00, right?" "no, friday" → Fri 11 Dec, 14:00).
    func dayOnly(_ other: When, keeping time: When) -> When {
        guard !other.timed, time.timed else { return other }
        let clock = time.date.timeIntervalSince(calendar.startOfDay(time.date))
        return When(date: calendar.startOfDay(other.date).addingTimeInterval(clock), timed: true)
    }

    /// A sentence typed at "Thu 10 Dec, right?": its promises join the draft and it joins the
    /// note; a next contact it names is confirmed instead, else the same day is asked again.
    mutating func keepSaid(_ text: String, confirming when: When) -> Reply {
        let reading = reader.read(text)
        draft.note += " / " + text
        let kept = keepPromises(reading).map { promise in
            let due = promise.due.map { say(.partBy, ["when": describe($0)]) } ?? say(.partNoDay)
            return say(promise.owner == .me ? .partYouOwe : .partTheyOwe, ["what": promise.what, "when": due])
        }
        let noted = say(.keptFromSentence, ["what": kept.isEmpty ? say(.keptInNote) : kept.joined(separator: "; ")])
        if let next = reading.next?.value, next != when { return go(.nextTime(.confirmAgreed(next)), before: [noted]) }
        return reply([noted, prompt()])
    }

    /// The promises of a sentence said in passing that the draft does not hold yet; those with
    /// a day count as confirmed. Returns them.
    @discardableResult
    mutating func keepPromises(_ reading: AnswerReading) -> [AnswerReading.Promise] {
        let new = reading.promises.filter { promise in !draft.promises.contains { $0.what == promise.what } }
        for promise in new {
            draft.promises.append(DraftPromise(owner: promise.owner, what: promise.what, due: promise.due, confirmed: promise.due != nil))
        }
        return new
    }
}
