import Foundation
import RingbackContent
import RingbackCore
import RingbackReading
import RingbackScheduler
import RingbackWhen

/// The after-call debrief: a pure state machine. Each input line (with `now`) gives the
/// coach's reply and, at the end, the touch to save. It reads no clock, terminal or disk:
/// the shell feeds it lines and applies its effects.
///
/// The questions come in phases, in the order `phases` gives; each phase lives in its own
/// file (`Debrief+Who.swift`, ...) with its steps, their answers and their prompts. Every
/// sentence is a key of `content/debrief.yaml`. A new question is one case in its phase's
/// step enum, one handler and one prompt there, and one line in the YAML.
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
        public var save: TouchEntry?
        public var finished: Bool
    }

    /// The phases of a debrief, in order. A phase may be skipped (`entry` returns nil): no
    /// next-time questions after an unanswered call.
    enum Phase: CaseIterable {
        case who, outcome, nextTime, wrapUp
    }

    static let phases: [Phase] = [.who, .outcome, .nextTime, .wrapUp]

    /// Where the conversation is: a step of one phase.
    enum Step: Equatable, Sendable {
        case who(WhoStep)
        case outcome(OutcomeStep)
        case nextTime(NextTimeStep)
        case wrapUp(WrapUpStep)
        case done

        /// Steps whose answer is any text (a name, a note), not a choice or a date.
        var takesFreeText: Bool {
            switch self {
            case .who(let step): return step.takesFreeText
            case .nextTime(let step): return step.takesFreeText
            case .wrapUp(let step): return step.takesFreeText
            case .outcome, .done: return false
            }
        }
    }

    /// Everyone the user could name (the store's directory).
    let people: [ContactBook.Entry]
    /// A full record by id, read only for the person picked.
    let read: @Sendable (String) -> Contact?
    let content: Content
    let settings: Settings
    let calendar: BusinessCalendar
    var step: Step = .who(.open)
    var contact: Contact?
    var name = ""
    var draft = Draft()
    /// How the first account of what happened was read (the reading `understand` shows).
    public internal(set) var heard: AnswerReading?
    private var lastReframe: String?
    /// True right after a Ctrl-C: a second one leaves the debrief.
    private var interrupted = false
    /// The time of the latest input; every date is read and shown relative to it.
    var now = Date(timeIntervalSince1970: 0)

    public init(
        people: [ContactBook.Entry], read: @escaping @Sendable (String) -> Contact?, content: Content, settings: Settings,
        timeZone: TimeZone
    ) {
        self.people = people
        self.read = read
        self.content = content
        self.settings = settings
        self.calendar = BusinessCalendar(timeZone: timeZone, workingDays: settings.workingDays, daysOff: settings.daysOffCalendar)
    }

    /// A debrief over records already in memory.
    public init(contacts: [Contact], content: Content, settings: Settings, timeZone: TimeZone) {
        let byID = Dictionary(contacts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.init(
            people: contacts.map(ContactBook.Entry.init), read: { byID[$0] }, content: content, settings: settings, timeZone: timeZone)
    }

    /// The opening prompt; with a name, the "who?" question is answered already.
    public mutating func start(name: String?, now: Date) -> Reply {
        self.now = now
        guard let name, !name.trimmingCharacters(in: .whitespaces).isEmpty else { return reply([say(.open)]) }
        step = .who(.who)
        return handle(.line(name), now: now)
    }

    /// Starts with the first answer already told ("just called maria lopez at northwind, ...",
    /// typed at the shell's prompt): read as the answer to "Who was it, and what happened?".
    public mutating func start(told: String, now: Date) -> Reply {
        self.now = now
        return handle(.line(told), now: now)
    }

    /// Whether a line opens by telling a call ("just called Dana", "left a vm for Sam"): the
    /// shell starts a debrief with it.
    public static func tellsACall(_ text: String) -> Bool {
        nameAfterLeadIn(head(of: text).0) != nil
    }

    public mutating func handle(_ input: Input, now: Date) -> Reply {
        self.now = now
        let twice = interrupted
        interrupted = input == .interrupt
        switch input {
        case .interrupt:
            guard step != .done else { return reply([]) }
            if twice { return endOfInput() }
            return reply([say(.answerDropped), prompt()])
        case .endOfInput:
            return endOfInput()
        case .line(let raw):
            let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            notePlace(in: text)
            if ["cancel", "stop debrief", "quit", "exit"].contains(text.lowercased()) { return endOfInput() }
            var lines: [String] = []
            // Only the user's own discouragement, as the reader hears it: "she's not interested
            // right now" is their no, and "she asked me to stop" a clear one: no pep talk.
            var heard = reader.read(text)
            let venting = heard.discouraged != nil
            let context = contact?.context ?? draft.context
            // "gary said not interested... i feel like a telemarketer": their no is no guess to reframe.
            // "she's not interested i think" is the user's guess: the no and the venting are the same words.
            let theySaidNo = [heard.decision?.value == .no ? heard.decision?.words : nil, heard.softNo?.words, heard.stop?.words]
                .contains { $0 != nil && $0 != heard.discouraged?.words }
            let reader = self.reader
            if venting,
                let reframe = Understanding.reframe(
                    for: text, in: content.debrief, last: lastReframe, context: context,
                    theirs: { phrase in
                        var said = reader.readByRules(phrase)
                        said.discouraged = nil
                        return theySaidNo && !said.isEmpty
                    })
            {
                lastReframe = reframe.id
                lines.append(reframe.text)
                // Venting alone is not the answer to any question: ask it again. With
                // more said ("lvm again, 3rd time this wk. nobody ever calls me back"), read the rest.
                heard.discouraged = nil
                // Judged by the rules alone: the trained model's guess at an outcome ("I feel like
                // a stalker" as a voicemail) is not something said, and never someone's promise.
                var said = reader.readByRules(text)
                said.discouraged = nil
                // "no, honestly I feel like a stalker" still answers a yes/no question.
                if said.isEmpty, step.takesFreeText || Understanding.yesNo(text) == nil { return reply(lines + [prompt()]) }
            }
            var next = answer(text)
            next.lines = lines + next.lines
            return next
        }
    }

    private mutating func answer(_ text: String) -> Reply {
        switch step {
        case .who(let step): return answer(text, at: step)
        case .outcome(let step): return answer(text, at: step)
        case .nextTime(let step): return answer(text, at: step)
        case .wrapUp(let step): return answer(text, at: step)
        case .done: return Reply(lines: [], save: nil, finished: true)
        }
    }

    /// The question for the current step.
    func prompt() -> String {
        switch step {
        case .who(let step): return prompt(step)
        case .outcome(let step): return prompt(step)
        case .nextTime(let step): return prompt(step)
        case .wrapUp(let step): return prompt(step)
        case .done: return ""
        }
    }

    // MARK: - Moving on

    /// Leaves `phase` for the first later phase that applies, saying `before` first.
    mutating func finish(_ phase: Phase, before: [String] = []) -> Reply {
        let later = Self.phases.drop { $0 != phase }.dropFirst()
        for next in later {
            if let (entry, lines) = entry(of: next) { return go(entry, before: before + lines) }
        }
        return finish(save: true)
    }

    /// Where a phase starts given what is known, and what to say first; nil skips it.
    private func entry(of phase: Phase) -> (Step, [String])? {
        switch phase {
        case .who: return (.who(.who), [])
        case .outcome: return (.outcome(.whatHappened(clarified: false)), [])
        case .nextTime: return nextTimeEntry()
        case .wrapUp: return wrapUpEntry()
        }
    }

    mutating func go(_ next: Step, before: [String] = []) -> Reply {
        step = next
        return reply(before + [prompt()])
    }

    func reply(_ lines: [String]) -> Reply { Reply(lines: lines, save: nil, finished: false) }

    /// A yes/no answer: `then` gets it; anything else asks again.
    /// `partly`: what "kinda", "sort of" mean here, where half is an answer ("Did you say what
    /// you need?"); elsewhere they are asked again.
    /// `unsure` is what "idk" or "not sure" counts as where a yes or a no is asked (nil: asked again).
    mutating func confirm(_ text: String, partly: Bool? = nil, unsure: Bool? = nil, then: (inout Debrief, Bool) -> Reply) -> Reply {
        let half = Understanding.padded(text)
        let partial = [" kinda ", " kind of ", " sort of ", " sorta ", " partly ", " somewhat ", " ish "].contains { half.contains($0) }
        let dontKnow = Understanding.dontKnow(text) && Understanding.words(text).count <= 4 ? unsure : nil
        guard let yes = Understanding.yesNo(text) ?? (partial ? partly : nil) ?? dontKnow else { return reply([say(.yesNo), prompt()]) }
        return then(&self, yes)
    }

    /// The answer reader, at the time of the latest input, knowing the contact's names.
    var reader: AnswerReader {
        Self.reader(
            now: now, calendar: calendar, settings: settings, content: content, contactName: contact?.name ?? name,
            theirZone: theirZone)
    }

    /// The one reader of free answers: the debrief's and `understand`'s, knowing the contact's
    /// name and time zone ("call him at 9 his time").
    public static func reader(
        now: Date, calendar: BusinessCalendar, settings: Settings, content: Content, contactName: String?, theirZone: String?
    ) -> AnswerReader {
        AnswerReader(
            now: now, calendar: calendar, settings: settings, discouragement: content.debrief.triggers,
            names: [contactName ?? ""].filter { !$0.isEmpty }, theirZone: theirZone)
    }

    /// Their zone: the contact's, else a place told in this debrief with a time on their clock
    /// ("he's in NYC, ring him tues 9am his time").
    var theirZone: String? { contact?.timeZone ?? draft.timeZone }

    /// Takes the place they are said to be in as their clock, when a time on their clock is
    /// told and their zone is not known.
    mutating func notePlace(in text: String) {
        guard theirZone == nil, let zone = ZoneWords.placeZone(in: text),
            WhenParser(now: now, calendar: calendar, settings: settings).read(text)?.theirZoneUnknown == true
        else { return }
        draft.timeZone = zone
    }

    // MARK: - Words

    var first: String {
        contact?.firstName ?? ContactName.first(of: name)
    }

    func say(_ key: DebriefContent.Key, _ values: [String: String] = [:]) -> String {
        content.debrief.say(key, ["name": contact?.name ?? name, "first": first].merging(values) { _, new in new })
    }
}
