import Foundation

/// Which rule produced a next step; also its rank when choosing what matters most.
public enum StepKind: String, Codable, CaseIterable, Sendable {
    /// A time agreed with them: keep your word.
    case agreed
    /// Something the user owes them, on the day promised.
    case promised
    /// A voicemail left today still wants its paired message.
    case pairedMessage = "paired-message"
    /// They promised something by a date that has passed.
    case theirDeadline = "their-deadline"
    /// The two-option note near the end of Rapid Release.
    case note
    /// The next step of the contact's cadence.
    case cadence
    /// Nobody has reached out yet.
    case first
    /// The cadence has run out: release them.
    case release
    /// Released to nurture: an occasional check-in.
    case nurture
    /// Something the user owes them with no day set: on the list every day until done, after
    /// everything that has a day.
    case owed

    /// Lower ranks come first when several steps are due (the order of the cases).
    public var rank: Int {
        switch self {
        case .agreed: 0
        case .promised: 1
        case .pairedMessage: 2
        case .theirDeadline: 3
        case .note: 4
        case .cadence: 5
        case .first: 6
        case .release: 7
        case .nurture: 8
        case .owed: 9
        }
    }
}

/// The one thing to do next for a contact: when, how, and why.
public struct NextStep: Codable, Equatable, Sendable {
    public var contact: String
    public var due: Date
    /// False when only a day is set; `due` is then the start of that local day.
    public var timed: Bool
    public var channel: Channel?
    public var kind: StepKind
    /// Key of the technique in content/techniques.yaml that says why.
    public var technique: String
    /// Key of the message in content/scripts.yaml to use.
    public var script: String
    /// How many attempts since the last real contact this one will be (1 = the first).
    public var attempt: Int
    /// The promise behind an agreed or deadline step.
    public var what: String?
    /// A tidbit held back for this contact, to mention as a reason to talk.
    public var mention: String?
    /// The contact's own time zone, when they have one: timed steps show their clock too.
    public var theirTimeZone: String?
    /// True for a to-do the user marked high priority: first among the steps of its time.
    public var high: Bool?

    public init(
        contact: String, due: Date, timed: Bool, channel: Channel?, kind: StepKind,
        technique: String, script: String, attempt: Int, what: String? = nil
    ) {
        self.contact = contact
        self.due = due
        self.timed = timed
        self.channel = channel
        self.kind = kind
        self.technique = technique
        self.script = script
        self.attempt = attempt
        self.what = what
    }
}

/// A next step with the few contact details a report shows beside it.
public struct AgendaItem: Codable, Equatable, Sendable {
    public var name: String
    public var company: String?
    public var step: NextStep

    public init(name: String, company: String?, step: NextStep) {
        self.name = name
        self.company = company
        self.step = step
    }
}

/// What ranking a step needs and nothing more: whose it is, when, and what kind, with the
/// contact's name to break ties (empty when not read). `next` ranks every step in this form.
public struct BriefStep: Equatable, Sendable {
    public var contact: String
    public var due: Date
    public var timed: Bool
    public var kind: StepKind
    public var name: String

    public init(contact: String, due: Date, timed: Bool, kind: StepKind, name: String = "") {
        self.contact = contact
        self.due = due
        self.timed = timed
        self.kind = kind
        self.name = name
    }

    public init(_ item: AgendaItem) {
        self.init(contact: item.step.contact, due: item.step.due, timed: item.step.timed, kind: item.step.kind, name: item.name)
    }
}
