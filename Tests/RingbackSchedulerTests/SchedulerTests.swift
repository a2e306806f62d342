import Foundation
import RingbackContent
import RingbackCore
import RingbackScheduler
import RingbackTestSupport
import Testing

struct SchedulerTests {
    let scheduler = SchedulerFixtures.scheduler
    func date(_ text: String) -> Date { Paris.date(text) }
    func contact(cadence: String? = nil, _ touches: [(String, Outcome, Channel)]) -> Contact {
        SchedulerFixtures.contact(cadence: cadence, touches)
    }

    @Test func aNewContactGetsAFirstCallOnTheNextWorkingDay() throws {
        var sam = contact([])
        sam.created = date("2026-11-21T15:00")  // a Saturday
        let step = try #require(scheduler.nextStep(for: sam))
        #expect(step.kind == .first)
        #expect(step.due == date("2026-11-23"))
        #expect(step.channel == .call)
    }

    @Test func aSnoozeAfterAVoicemailHoldsBackTodaysPairedMessageToo() throws {
        var dana = contact([("2026-11-23T10:00", .voicemail, .call)])
        #expect(try #require(scheduler.nextStep(for: dana)).kind == .pairedMessage)
        dana.snooze(until: date("2026-11-30"), reason: "on vacation", at: date("2026-11-23T10:05"))
        let step = try #require(scheduler.nextStep(for: dana))
        #expect(step.kind != .pairedMessage && step.due == date("2026-11-30"))
        #expect(scheduler.agendaItems(for: [dana]).allSatisfy { $0.step.due >= date("2026-11-30") })
        // A touch after the snooze pairs again.
        dana.record(
            Touch(id: "t2", contact: "dana", at: date("2026-12-01T10:00"), channel: .call, outcome: .voicemail),
            calendar: scheduler.calendar)
        #expect(try #require(scheduler.nextStep(for: dana)).kind == .pairedMessage)
    }

    @Test func theirOwnRhythmTakesOverFromTheCadenceAndNeverRunsOut() throws {
        // Monthly: 30 days after each touch, on a working day, however many went unanswered.
        var dana = contact([("2026-11-20T10:00", .connected, .call)])
        dana.every = 30
        dana.preferredChannel = .email
        let step = try #require(scheduler.nextStep(for: dana))
        #expect(step.due == date("2026-12-21"))  // 20 Dec is a Sunday
        #expect(step.kind == .cadence && step.technique == "own-rhythm" && step.channel == .email)
        for day in 0..<12 {
            let at = Paris.date("2026-11-23T10:00").addingTimeInterval(Double(day) * 7 * 86_400)
            dana.record(Touch(id: "t\(day)", contact: "dana", at: at, channel: .call, outcome: .noAnswer), calendar: scheduler.calendar)
        }
        let later = try #require(scheduler.nextStep(for: dana))
        #expect(later.kind == .cadence && later.technique == "own-rhythm")
        // A time agreed still comes first.
        dana.commitments.append(Commitment(owner: .me, what: "lunch", due: date("2027-02-15T12:00"), timed: true, made: date("2026-11-20")))
        #expect(try #require(scheduler.nextStep(for: dana)).kind == .agreed)
    }

    @Test func persistentWaitsThreeDaysThenWeekly() throws {
        // Connected Monday with nothing agreed: Thursday, then weekly from each try.
        var dana = contact([("2026-11-16T10:00", .connected, .call)])
        var step = try #require(scheduler.nextStep(for: dana))
        #expect((step.kind, step.due, step.technique) == (.cadence, date("2026-11-19"), "wait-three-days"))
        dana = contact([("2026-11-16T10:00", .connected, .call), ("2026-11-19T10:00", .noAnswer, .call)])
        step = try #require(scheduler.nextStep(for: dana))
        #expect((step.due, step.technique) == (date("2026-11-26"), "call-weekly"))
    }

    @Test func theDefaultCadenceComesFromRulesThenSettingsThenTheContact() throws {
        var content = ShippedContent.content
        content.rules.defaultCadence = "rapid-release"
        let dana = contact([("2026-11-16T10:00", .connected, .call)])
        #expect(Scheduler(content: content, settings: Settings(), timeZone: Paris.timeZone).cadence(for: dana).name == "rapid-release")
        #expect(
            Scheduler(content: content, settings: Settings(defaultCadence: "persistent"), timeZone: Paris.timeZone)
                .cadence(for: dana).name == "persistent")
        // A name content no longer has falls through to the next.
        #expect(
            Scheduler(content: content, settings: Settings(defaultCadence: "gone"), timeZone: Paris.timeZone)
                .cadence(for: dana).name == "rapid-release")
        var tom = dana
        tom.cadence = "persistent"
        #expect(Scheduler(content: content, settings: Settings(), timeZone: Paris.timeZone).cadence(for: tom).name == "persistent")
    }

    @Test func toDosAreTheirOwnItemsAndNeverTheAgreedCall() throws {
        var dana = contact([("2026-11-16T10:00", .connected, .call)])
        let made = date("2026-11-16T10:00")
        dana.commitments = [
            Commitment(owner: .me, what: "the revised quote", due: date("2026-11-17"), timed: false, made: made, todo: true),
            Commitment(owner: .me, what: "the pilot", due: date("2026-11-19T13:00"), timed: true, made: made),
        ]
        let step = try #require(scheduler.nextStep(for: dana))
        #expect((step.kind, step.due, step.what) == (.agreed, date("2026-11-19T13:00"), "the pilot"))
        let todos = scheduler.todos(for: dana)
        #expect(todos.map(\.kind) == [.promised])
        #expect(todos.first?.what == "the revised quote")
        #expect(todos.first?.technique == "deliver-what-you-promised")
        #expect(scheduler.agendaItems(for: [dana]).count == 2)
        dana.markDoNotContact(on: date("2026-11-18"), reason: nil)
        #expect(scheduler.todos(for: dana).isEmpty)
    }

    /// A promise made without a day: the user's is owed every day until done, never late;
    /// theirs gives no deadline to chase.
    @Test func promisesWithNoDayAreOwedButNeverLate() throws {
        var dana = contact([("2026-11-16T10:00", .connected, .call)])
        let made = date("2026-11-16T10:00")
        dana.commitments = [
            Commitment(owner: .me, what: "the case study", due: made, timed: false, made: made, todo: true, undated: true),
            Commitment(owner: .them, what: "loop in her CTO", due: made, timed: false, made: made, undated: true),
        ]
        let todos = scheduler.todos(for: dana)
        #expect(todos.map(\.kind) == [.owed])
        #expect(todos.first?.due == date("2026-11-16"))
        // Their promise with no day: the cadence goes on (no check-in the day after it was made).
        #expect(try #require(scheduler.nextStep(for: dana)).kind == .cadence)
        let items = scheduler.agendaItems(for: [dana])
        let weekLater = date("2026-11-23T09:00")
        let sections = Agenda.sections(items, now: weekLater, calendar: scheduler.calendar, days: 7)
        #expect(sections.today.map(\.step.kind).contains(.owed))
        #expect(!sections.overdue.map(\.step.kind).contains(.owed))
        // It comes after everything that has a day: the cadence call leads.
        #expect(Agenda.mostImportant(items, now: weekLater, calendar: scheduler.calendar)?.step.kind == .cadence)
    }

    /// An agreed time is kept as it was agreed: a call by calling, a meeting by being there, a
    /// message by writing it (helper-29: an email step said "Is now still a good moment?").
    @Test func anAgreedTimeKeepsItsChannelsWords() throws {
        for (channel, technique, script) in [
            (Channel.call, "keep-the-appointment", "agreed-call"), (.video, "come-ready", "agreed-meeting"),
            (.email, "write-when-you-said", "agreed-message"), (.text, "write-when-you-said", "agreed-message"),
        ] {
            var dana = contact([("2026-11-16T10:00", .connected, .call)])
            dana.commitments.append(
                Commitment(
                    owner: .me, what: "the pilot", due: date("2026-11-20T10:00"), timed: true, channel: channel,
                    made: date("2026-11-16T10:00")))
            let step = try #require(scheduler.nextStep(for: dana))
            #expect(step.kind == .agreed && step.technique == technique && step.script == script, "\(channel): \(step)")
        }
    }

    @Test func notBeforePushesTheCadenceStep() throws {
        var dana = contact([("2026-11-16T10:00", .voicemail, .call), ("2026-11-16T10:05", .sent, .email)])
        let unpushed = try #require(scheduler.nextStep(for: dana))
        #expect(unpushed.due == date("2026-11-19") && unpushed.technique != "day-set")
        dana.notBefore = date("2026-11-28")  // a Saturday: the next working day
        let pushed = try #require(scheduler.nextStep(for: dana))
        #expect(pushed.due == date("2026-11-30"))
        // Its reason is the day set, not the cadence's "wait three days" (helper-29).
        #expect(pushed.technique == "day-set" && pushed.script == "day-set")
        // "will try again thurs morning": the time is kept (a walk-through saw only the day).
        dana.notBefore = date("2026-11-26T09:00")
        let step = try #require(scheduler.nextStep(for: dana))
        #expect(step.due == date("2026-11-26T09:00") && step.timed)
    }

    /// "I'll try her again tomorrow morning": the user's own day, sooner than the cadence's
    /// wait, is the step's day and time; a touch after it leaves the cadence to plan again.
    @Test func theUsersNextTryIsTheStepsDay() throws {
        var dana = contact([("2026-11-16T10:00", .voicemail, .call), ("2026-11-16T10:05", .sent, .email)])
        dana.nextTry = date("2026-11-17T09:00")
        let step = try #require(scheduler.nextStep(for: dana))
        #expect(step.due == date("2026-11-17T09:00") && step.timed && step.technique == "day-set")
        // Away until later: the return outweighs the try.
        dana.notBefore = date("2026-11-20")
        #expect(try #require(scheduler.nextStep(for: dana)).due == date("2026-11-20"))
        dana.notBefore = nil
        dana.nextTry = date("2026-11-15")
        #expect(try #require(scheduler.nextStep(for: dana)).due == date("2026-11-19"))
    }

    /// A snooze after a voicemail holds back the cadence step,
    /// not the voicemail's written twin, which is for that day only.
    @Test func notBeforeLeavesTheDaysPairedMessage() throws {
        var dana = contact([("2026-11-20T10:00", .voicemail, .call)])
        dana.notBefore = date("2026-11-27")
        let items = scheduler.agendaItems(for: [dana]).map(\.step)
        #expect(items.map(\.kind) == [.pairedMessage, .cadence])
        #expect(items.map(\.due) == [date("2026-11-20"), date("2026-11-27")])
    }

    @Test func aTidbitHeldBackGoesWithTheNextStep() throws {
        var dana = contact([("2026-11-16T10:00", .connected, .call)])
        #expect(try #require(scheduler.nextStep(for: dana)).mention == nil)
        dana.tidbits = ["their Q1 review moved to January", "she likes golf"]
        #expect(try #require(scheduler.nextStep(for: dana)).mention == "their Q1 review moved to January")
    }

    @Test func persistentTurnsBetweenChannelsThenEndsWithAFinalNoteAndLetsGo() throws {
        // Attempts after the first wait: call, email, text, call, ... then the final note, then release.
        func step(after attempts: Int, prefers: Channel? = nil) throws -> NextStep {
            var touches: [(String, Outcome, Channel)] = [("2026-11-16T10:00", .connected, .call)]
            for index in 0..<attempts { touches.append((String(format: "2026-11-%02dT10:00", 17 + index), .noAnswer, .call)) }
            var dana = contact(touches)
            dana.preferredChannel = prefers
            return try #require(scheduler.nextStep(for: dana))
        }
        #expect(try [1, 2, 3, 4].map { try step(after: $0).channel } == [.call, .email, .text, .call])
        #expect(try [1, 2, 3].map { try step(after: $0, prefers: .email).channel } == [.email, .text, .call])
        #expect(try step(after: 9).kind == .note)
        #expect(try step(after: 9).technique == "final-opportunity")
        #expect(try step(after: 10).kind == .release)
        #expect(try step(after: 12).kind == .release)
    }

    /// Job search by role: the recruiter and the hiring manager are spoken to differently;
    /// someone with no role known gets the job-search wording, and a title means nothing in sales.
    @Test func recruitersAndHiringManagersHaveTheirOwnWords() throws {
        var sam = Contact(id: "sam", name: "Sam Lee", company: "TalentCo", context: .jobSearch, created: date("2026-11-16T09:00"))
        #expect(try #require(scheduler.nextStep(for: sam)).script == "first-call@job-search")
        sam.tags = ["recruiter"]
        let first = try #require(scheduler.nextStep(for: sam))
        #expect(first.script == "first-call@recruiter")
        let text = StepExplanation(AgendaItem(name: sam.name, company: sam.company, step: first), content: ShippedContent.content).script
        #expect(text.contains("reaches the hiring team"))
        let titled = Contact(id: "r", name: "Talent Partner Ana Diaz", context: .jobSearch, created: date("2026-11-16T09:00"))
        #expect(titled.role == .recruiter && titled.firstName == "Ana")
        sam.record(
            Touch(id: "1", contact: "sam", at: date("2026-11-17T10:00"), channel: .call, outcome: .connected), calendar: Paris.calendar)
        #expect(try #require(scheduler.nextStep(for: sam, asOf: date("2026-11-18T09:00"))).script == "gracious-check-in@recruiter")
        let seller = Contact(id: "h", name: "Hiring Manager Bo Chen", context: .sales, created: date("2026-11-16T09:00"))
        #expect(seller.role == nil)
        #expect(try #require(scheduler.nextStep(for: seller)).script == "first-call")
    }

    @Test func eachContextHasItsOwnPlaybook() throws {
        var kate = Contact(
            id: "kate", name: "Hiring Manager Kate Lin", company: "TalentCo", context: .jobSearch, created: date("2026-11-16T09:00"))
        let first = try #require(scheduler.nextStep(for: kate))
        #expect(first.script == "first-call@hiring-manager")
        let text = StepExplanation(AgendaItem(name: kate.name, company: kate.company, step: first), content: ShippedContent.content).script
        #expect(text.hasPrefix("Hi Kate, I've applied for the role on your team at TalentCo"))
        #expect(!text.contains("I'd like a decision on that for TalentCo"))
        // The interview day: a thank-you; the day after, the job-search cadence asks when they decide.
        kate.record(
            Touch(id: "i", contact: "kate", at: date("2026-11-17T10:00"), channel: .meeting, outcome: .meetingHeld),
            calendar: Paris.calendar)
        let sameDay = try #require(scheduler.nextStep(for: kate, asOf: date("2026-11-17T16:00")))
        #expect((sameDay.kind, sameDay.script, sameDay.technique) == (.pairedMessage, "thank-you@hiring-manager", "thank-you-same-day"))
        let later = try #require(scheduler.nextStep(for: kate, asOf: date("2026-11-18T09:00")))
        #expect(
            (later.technique, later.script, later.due) == ("seeker-owns-follow-up", "gracious-check-in@hiring-manager", date("2026-11-24")))
        #expect(scheduler.cadence(for: kate).name == "job-search")
        // Their decision due Friday does not push today's thank-you aside.
        kate.commitments = [
            Commitment(owner: .them, what: "their decision", due: date("2026-11-20"), timed: false, made: date("2026-11-17T10:00"))
        ]
        #expect(try #require(scheduler.nextStep(for: kate, asOf: date("2026-11-17T16:00"))).script == "thank-you@hiring-manager")
        #expect(try #require(scheduler.nextStep(for: kate, asOf: date("2026-11-18T09:00"))).kind == .theirDeadline)
        let zoe = Contact(id: "zoe", name: "Zoë Lambert", context: .networking, created: date("2026-11-16T09:00"))
        #expect(scheduler.cadence(for: zoe).name == "keep-in-touch")
        #expect(try #require(scheduler.nextStep(for: zoe)).script == "first-call@networking")
    }

    @Test func dueDatesSkipTheWeekend() throws {
        // No answer on a Wednesday: three days later is Saturday, so Monday.
        let step = try #require(scheduler.nextStep(for: contact([("2026-11-18T10:00", .noAnswer, .call)])))
        #expect(step.due == date("2026-11-23"))
    }

    @Test func rapidReleaseGoesWeekTwoWeeksNoteRelease() throws {
        var touches: [(String, Outcome, Channel)] = [("2026-11-02T10:00", .noAnswer, .call)]
        var step = try #require(scheduler.nextStep(for: contact(cadence: "rapid-release", touches)))
        #expect((step.kind, step.due) == (.cadence, date("2026-11-09")))
        touches.append(("2026-11-09T10:00", .noAnswer, .call))
        step = try #require(scheduler.nextStep(for: contact(cadence: "rapid-release", touches)))
        #expect((step.kind, step.due) == (.cadence, date("2026-11-23")))
        touches.append(("2026-11-23T10:00", .noAnswer, .call))
        step = try #require(scheduler.nextStep(for: contact(cadence: "rapid-release", touches)))
        #expect((step.kind, step.due, step.script, step.channel) == (.note, date("2026-11-24"), "two-option-note", .email))
        touches.append(("2026-11-24T10:00", .sent, .email))
        step = try #require(scheduler.nextStep(for: contact(cadence: "rapid-release", touches)))
        #expect((step.kind, step.due, step.channel) == (.release, date("2026-12-01"), nil))
    }

    @Test func aConnectionRestartsTheCadence() throws {
        let touches: [(String, Outcome, Channel)] = [
            ("2026-11-02T10:00", .noAnswer, .call), ("2026-11-09T10:00", .noAnswer, .call), ("2026-11-23T10:00", .connected, .call),
        ]
        let step = try #require(scheduler.nextStep(for: contact(cadence: "rapid-release", touches)))
        #expect((step.kind, step.due, step.attempt) == (.cadence, date("2026-11-30"), 1))
    }

    @Test func aVoicemailIsPairedWithAnEmailTheSameDay() throws {
        var step = try #require(scheduler.nextStep(for: contact([("2026-11-20T10:00", .voicemail, .call)])))
        #expect((step.kind, step.due, step.channel) == (.pairedMessage, date("2026-11-20"), .email))
        step = try #require(
            scheduler.nextStep(for: contact([("2026-11-20T10:00", .voicemail, .call), ("2026-11-20T10:10", .sent, .email)])))
        #expect((step.kind, step.due) == (.cadence, date("2026-11-23")))
    }

    @Test func thePreferredChannelWins() throws {
        var zoe = contact([("2026-11-20T10:00", .voicemail, .call)])
        zoe.preferredChannel = .text
        #expect(scheduler.nextStep(for: zoe)?.channel == .text)
        zoe = contact([("2026-11-20T10:00", .connected, .call)])
        zoe.preferredChannel = .video
        #expect(scheduler.nextStep(for: zoe)?.channel == .video)
    }

    @Test func anAgreedTimeComesFirst() throws {
        var dana = contact([])
        dana.record(
            Touch(id: "t", contact: "dana", at: date("2026-11-20T10:00"), channel: .call, outcome: .connected),
            newCommitments: [
                Commitment(owner: .me, what: "pricing", due: date("2026-11-24T10:00"), timed: true, made: date("2026-11-20T10:00"))
            ],
            calendar: SchedulerFixtures.calendar)
        let step = try #require(scheduler.nextStep(for: dana))
        #expect((step.kind, step.due, step.timed, step.what) == (.agreed, date("2026-11-24T10:00"), true, "pricing"))
    }

    @Test func theirPassedDeadlineMeansTheNextWorkingDay() throws {
        var dana = contact([])
        dana.record(
            Touch(id: "t", contact: "dana", at: date("2026-11-18T10:00"), channel: .call, outcome: .connected),
            newCommitments: [
                Commitment(owner: .them, what: "budget", due: date("2026-11-20"), timed: false, made: date("2026-11-18T10:00"))
            ],
            calendar: SchedulerFixtures.calendar)
        let step = try #require(scheduler.nextStep(for: dana))
        #expect((step.kind, step.due, step.what) == (.theirDeadline, date("2026-11-23"), "budget"))
    }

    /// Issue #24: talking to them after their day has passed restarts the clock, instead of
    /// an overdue chase right after the conversation.
    @Test func aConversationAfterTheirDeadlineRestartsTheClock() throws {
        var hal = contact([])
        hal.record(
            Touch(id: "t1", contact: "dana", at: date("2026-11-24T10:00"), channel: .call, outcome: .connected),
            newCommitments: [
                Commitment(owner: .them, what: "budget", due: date("2026-11-27"), timed: false, made: date("2026-11-24T10:00"))
            ],
            calendar: SchedulerFixtures.calendar)
        hal.record(
            Touch(id: "t2", contact: "dana", at: date("2026-12-01T10:00"), channel: .call, outcome: .connected),
            calendar: SchedulerFixtures.calendar)
        let step = try #require(scheduler.nextStep(for: hal))
        #expect((step.kind, step.due, step.what) == (.theirDeadline, date("2026-12-04"), "budget"))
    }

    /// Issue #24: after an interview, a thank-you the user owes is the one item; the same-day
    /// thank-you step is not planned beside it.
    @Test func aThankYouOwedIsTheOnlyThankYouItem() throws {
        var sam = contact([])
        sam.context = .jobSearch
        sam.record(
            Touch(id: "t", contact: "dana", at: date("2026-11-24T10:00"), channel: .meeting, outcome: .meetingHeld),
            newCommitments: [
                Commitment(
                    owner: .me, what: "sending a thank-you note", due: date("2026-11-24"), timed: false, made: date("2026-11-24T10:00"),
                    todo: true)
            ],
            calendar: SchedulerFixtures.calendar)
        let items = scheduler.agendaItems(for: [sam])
        #expect(items.filter { $0.step.kind == .pairedMessage }.isEmpty)
        #expect(items.filter { $0.step.kind == .promised }.count == 1)
    }

    @Test func fromTheThirdUnansweredTryTheMessageAcknowledgesIt() throws {
        let touches: [(String, Outcome, Channel)] = [
            ("2026-11-02T10:00", .connected, .call), ("2026-11-05T10:00", .noAnswer, .call), ("2026-11-12T10:00", .noAnswer, .call),
        ]
        let step = try #require(scheduler.nextStep(for: contact(touches)))
        #expect(step.attempt == 3)
        #expect(step.script == "acknowledge-and-say-why")
    }

    @Test func stoppedWonAndLostContactsHaveNoStep() {
        for status in [ContactStatus.doNotContact, .won, .lost] {
            var dana = contact([("2026-11-20T10:00", .connected, .call)])
            dana.status = status
            #expect(scheduler.nextStep(for: dana) == nil)
        }
    }

    @Test func releasedContactsGetANurtureCheckIn() throws {
        var helen = contact([("2026-11-02T10:00", .noAnswer, .call)])
        helen.release(on: date("2026-11-20T12:00"))
        let step = try #require(scheduler.nextStep(for: helen))
        #expect((step.kind, step.due) == (.nurture, date("2027-02-18")))
    }

    @Test func anUnknownCadenceFallsBackToTheDefault() {
        let dana = contact(cadence: "deleted-from-content", [("2026-11-16T10:00", .connected, .call)])
        #expect(scheduler.cadence(for: dana).name == "persistent")
    }
}
