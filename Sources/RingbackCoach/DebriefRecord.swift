import RingbackCore

/// What a finished (or partly confirmed) debrief saves: one touch and what came with it.
public struct DebriefRecord: Equatable, Sendable {
    /// A promise of theirs: what, and by when.
    public struct Promise: Equatable, Sendable {
        public var what: String
        public var by: When

        public init(what: String, by: When) {
            self.what = what
            self.by = by
        }
    }

    /// The existing contact, or nil for a new one named `name`.
    public var contactID: String?
    public var name: String
    public var context: ContactContext?
    public var outcome: Outcome
    public var channel: Channel
    public var note: String
    /// The next contact both sides agreed on, and how ("call her thursday").
    public var agreed: When?
    public var agreedChannel: Channel?
    public var promise: Promise?
    public var tidbit: String?
    public var preferredChannel: Channel?
    /// A cadence the user switched to during the debrief.
    public var cadence: String?
}
