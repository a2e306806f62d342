import Foundation

/// A person the user follows up with, and where things stand with them.
public struct Contact: Codable, Equatable, Sendable {
    public var id: String
    public var name: String
    public var company: String?
    public var context: ContactContext
    public var phone: String?
    /// A mobile number kept beside the main one (a CRM's "Phone - Mobile", a vCard's cell).
    public var mobile: String?
    public var email: String?
    public var preferredChannel: Channel?
    /// Cadence name from content/cadences.yaml; nil means the user's default.
    public var cadence: String?
    public var status: ContactStatus
    public var stopped: StopRecord?
    public var released: Date?
    /// Useful things held back as reasons to call again; the first is offered with the next step.
    public var tidbits: [String]
    /// Tidbits already shared (nil in stores written before they were kept).
    public var sharedTidbits: [SharedTidbit]?
    /// Open promises, on either side.
    public var commitments: [Commitment]
    public var history: HistorySummary
    public var created: Date
    /// The first call is not before this day: imports spread their first calls over days.
    public var firstCallOn: Date?
    /// Who pointed the user to this contact ("talk to Jim Park instead").
    public var referredBy: String?
    /// No follow-up before this: they are away ("out till monday").
    public var notBefore: Date?
    /// The day (with its time, when one was said) the user chose for their next try in a
    /// debrief ("I'll try her again tomorrow"): the next step falls on it, sooner or later than
    /// the cadence's wait. Each touch sets or clears it.
    public var nextTry: Date?
    /// Promises no longer open, and why (nil in stores written before it was kept).
    public var settled: [SettledPromise]?
    /// Times the user pushed them back, with why: history, not touches.
    public var snoozes: [Snooze]?
    /// The user's own labels ("q1", "conference"), lower-case.
    public var tags: [String]?
    /// Their time zone (IANA name) when it differs from the user's: times show in both.
    public var timeZone: String?
    /// On a team, the rep whose contact this is (`assign` hands it over); nil on one's own store.
    public var owner: String?
    /// Their own rhythm in days (`set --every 30d`): the next touch that long after the last,
    /// instead of the cadence's steps, and never running out.
    public var every: Int?

    public init(id: String, name: String, company: String? = nil, context: ContactContext = .sales, created: Date) {
        self.id = id
        self.name = name
        self.company = company
        self.context = context
        self.status = .active
        self.tidbits = []
        self.commitments = []
        self.history = HistorySummary()
        self.created = created
    }

    /// The first name, for greetings: titles and roles typed before it are skipped
    /// ("Hiring Manager Kate Lin" → "Kate", "Dr. Priya Natarajan" → "Priya").
    public var firstName: String { ContactName.first(of: name) }

    /// "Dana Ruiz (Acme)": the name, with the company when known.
    public var label: String { company.map { "\(name) (\($0))" } ?? name }

    /// What the user owes them, earliest first.
    public var todos: [Commitment] { commitments.filter(\.isTodo).sorted { $0.due < $1.due } }

    /// Promises either way that stay until settled: the user's to-dos, then theirs, each earliest first.
    public var openPromises: [Commitment] { todos + commitments.filter { $0.owner == .them }.sorted { $0.due < $1.due } }

    /// Active and waiting on something they promised.
    public var isWaiting: Bool {
        status == .active && commitments.contains { $0.owner == .them }
    }

    /// The label shown to users: the stored status, or "waiting" when they owe us something.
    public var statusLabel: String { isWaiting ? "waiting" : status.rawValue }
}

extension Contact {
    /// The way to reach them when a step names none of its own: the one they prefer, else
    /// email when an address is all that is on file (a call needs a number).
    public var usualChannel: Channel? {
        preferredChannel ?? (phone == nil && mobile == nil && email != nil ? .email : nil)
    }
}
