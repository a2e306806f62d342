import Foundation

/// One touch to record, as the user gave it: who, what happened, what was agreed, and what
/// they told us about the contact. `log` and the debrief both build one; `apply` is the one
/// place the recording rules live.
public struct TouchEntry: Equatable, Sendable {
    /// Who the touch was with.
    public enum Target: Equatable, Sendable {
        /// Match the name forgivingly; create the contact when nothing matches.
        case named(String)
        /// A new contact, even if the name matches someone.
        case new(String)
        /// A contact already picked.
        case existing(id: String)
    }

    /// A promise: theirs ("the budget by friday") or the user's own ("the revised quote tomorrow");
    /// `by` is nil for one made without a day, kept open as "no day yet".
    public struct Promise: Equatable, Sendable {
        public var owner: Party
        public var what: String
        public var by: When?

        public init(owner: Party = .them, what: String, by: When?) {
            self.owner = owner
            self.what = what
            self.by = by
        }
    }

    public var target: Target
    public var outcome: Outcome
    public var channel: Channel
    public var note: String?
    public var details: ContactDetails
    /// The next contact both sides agreed on, what it is about and how ("call her thursday").
    public var agreed: When?
    public var agreedTopic: String?
    public var agreedChannel: Channel?
    /// Their promises and the user's own, each with its day when one was set.
    public var promises: [Promise] = []
    /// No follow-up before this: they are away.
    public var notBefore: When?
    /// When the user will try them again, in their own words ("try again tomorrow morning").
    public var nextTry: When?
    /// Someone they pointed to: added as a new contact referred by this one.
    public var referral: String?
    /// Where that person works, when it was said; else the contact's company, unless the
    /// contact introduces them (an intro crosses companies).
    public var referralCompany: String?
    /// The contact will introduce the user: the first call to that person waits three days.
    public var referralIntro = false
    /// The next contact agreed with that person ("call his colleague dale tomorrow at 2").
    public var referralAgreed: When?
    /// Their answer: true closes the contact as won, false as lost.
    public var decision: Bool?
    /// A no for now the user keeps in touch with ("keep me posted"): moved to nurture.
    public var release = false
    /// What to do when the contact asked not to be contacted.
    public enum StopRule: Equatable, Sendable {
        /// Refuse: nothing is recorded (`log` without `--override-stop`).
        case refuse
        /// Record the touch in their history, schedule nothing, and warn (the debrief).
        case recordOnly
        /// They said otherwise: lift the stop and record the touch as usual (`--override-stop`).
        case lift
    }

    public var stopRule: StopRule = .recordOnly

    /// Open promises this touch delivered ("the budget came"), by their words: settled as done.
    public var delivered: [String] = []

    public init(target: Target, outcome: Outcome, channel: Channel, note: String? = nil, details: ContactDetails = ContactDetails()) {
        self.target = target
        self.outcome = outcome
        self.channel = channel
        self.note = note
        self.details = details
    }
}
