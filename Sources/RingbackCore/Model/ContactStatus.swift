/// Where a contact stands in the follow-up lifecycle.
///
/// "Waiting on their commitment" is not stored: it is an active contact with an open
/// commitment owed by them (see `Contact.isWaiting`).
public enum ContactStatus: String, Codable, CaseIterable, Sendable {
    /// Being followed up on a cadence.
    case active
    /// Released to nurture: a light check-in every few months.
    case released
    /// Done, with a yes.
    case won
    /// Done, with a no.
    case lost
    /// Asked us to stop: never scheduled again.
    case doNotContact = "do-not-contact"

    /// Whether the scheduler still owes this contact a next step.
    public var isScheduled: Bool { self == .active || self == .released }
}
