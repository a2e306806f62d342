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

    /// A promise of theirs: what, and by when.
    public struct Promise: Equatable, Sendable {
        public var what: String
        public var by: When

        public init(what: String, by: When) {
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
    public var promise: Promise?

    public init(target: Target, outcome: Outcome, channel: Channel, note: String? = nil, details: ContactDetails = ContactDetails()) {
        self.target = target
        self.outcome = outcome
        self.channel = channel
        self.note = note
        self.details = details
    }
}
