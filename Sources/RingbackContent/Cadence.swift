import RingbackCore

/// One step of a cadence: how long to wait after the last touch, and what to do then.
public struct CadenceStep: Equatable, Sendable {
    public var afterDays: Int
    public var channel: Channel?
    public var kind: StepKind
    public var technique: String
    public var script: String
    /// Channels this step turns through, one per time it is taken; the contact's preferred
    /// channel goes first. Empty when the step has one channel.
    public var rotation: [Channel] = []
    /// Which time of a repeated step this is (0 for the first).
    public var turn = 0
}

/// A named follow-up rhythm from content/cadences.yaml, such as `persistent` or `rapid-release`.
public struct Cadence: Equatable, Sendable {
    public var name: String
    public var summary: String
    public var steps: [CadenceStep]

    /// The step to take after `attempts` unanswered attempts since the anchor; the last
    /// step holds once reached.
    public func step(afterAttempts attempts: Int) -> CadenceStep {
        steps[min(max(attempts, 0), steps.count - 1)]
    }
}

/// What a fixed rule (first touch, agreed time, ...) does: channel, technique and script.
public struct RuleStep: Equatable, Sendable {
    public var channel: Channel?
    public var technique: String
    public var script: String
}

/// The step rules outside any cadence, from content/rules.yaml.
public struct StepRules: Equatable, Sendable {
    /// The cadence for contacts and users that name none; validated to exist.
    public var defaultCadence: String
    /// The cadence for a context's contacts ("job-search": "job-search"), before the default.
    public var contextCadences: [ContactContext: String]
    /// The same-day thank-you after an interview (job search).
    public var thankYou: RuleStep
    public var first: RuleStep
    public var agreed: RuleStep
    /// An agreed time that is a meeting (in person or video): being there, not calling; nil
    /// in a rules file that names none (the agreed rule is used).
    public var agreedMeeting: RuleStep?
    /// An agreed time to write (email, text, LinkedIn, mail); nil in a rules file that names
    /// none (the agreed rule is used).
    public var agreedMessage: RuleStep?
    public var theirDeadline: RuleStep
    /// The user's own to-dos.
    public var promised: RuleStep
    public var pairedMessage: RuleStep
    /// A call where no message could be left (a full voicemail box): the note to send instead;
    /// nil in a rules file that names none.
    public var noMessage: RuleStep?
    /// A contact's own rhythm (`--every`); nil in a rules file that names none: the
    /// cadence step's own technique and script are used.
    public var ownRhythm: RuleStep?
    /// A step held back to the day set by `notBefore`; nil in a rules file that names none:
    /// the cadence step's own technique and script are kept.
    public var daySet: RuleStep?
    /// From this many unanswered attempts on, the acknowledging script replaces the usual one.
    public var acknowledgeFrom: Int
    public var acknowledgeScript: String
}

/// A technique the coach names as the reason for a step.
public struct Technique: Equatable, Sendable {
    public var key: String
    public var name: String
    public var source: String
    public var why: String
}
