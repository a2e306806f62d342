import RingbackCore

extension Debrief {
    /// Everything a debrief has gathered so far; a touch to save once the outcome is known.
    struct Draft: Equatable, Sendable {
        var context: ContactContext?
        var outcome: Outcome?
        var channel: Channel = .call
        var note = ""
        var agreed: When?
        var agreedChannel: Channel?
        /// The channel named in the sentence a proposed time came from.
        var proposedChannel: Channel?
        var promise: TouchEntry.Promise?
        var tidbit: String?
        var preferredChannel: Channel?
        var cadence: String?
    }

    /// The touch to save: nil until the outcome is known.
    func entry() -> TouchEntry? {
        guard let outcome = draft.outcome else { return nil }
        let details = ContactDetails(
            context: contact == nil ? draft.context : nil, preferredChannel: draft.preferredChannel,
            cadence: draft.cadence, tidbit: draft.tidbit)
        var entry = TouchEntry(
            target: contact.map { .existing(id: $0.id) } ?? .new(name), outcome: outcome, channel: draft.channel,
            note: draft.note, details: details)
        entry.agreed = draft.agreed
        entry.agreedChannel = draft.agreedChannel
        entry.promise = draft.promise
        return entry
    }
}
