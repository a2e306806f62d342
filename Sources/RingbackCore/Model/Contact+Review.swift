import Foundation

/// What a look back at the week reads from one contact, defined once for `review` and for
/// the team database that keeps the same facts in columns: when they can start going cold,
/// which promises would slip after their day, and which were kept.
extension Contact {
    /// The moment the quiet counts from (their last reply, else when they were added), for an
    /// active contact who has been tried at least once; nil for one who cannot go cold.
    public var quietSince: Date? {
        guard status == .active, history.touches > 0 else { return nil }
        return history.lastRealContact ?? created
    }

    /// Open promises with a day that slip when it passes: theirs, and the user's to-dos
    /// (an agreed time to talk is a step, not a promise to chase); none once they asked to stop.
    public var promisesThatSlip: [Commitment] {
        status == .doNotContact ? [] : commitments.filter { $0.hasDay && ($0.owner == .them || $0.isTodo) }
    }

    /// Promises settled by being kept: marked done, or the agreed contact happened.
    public var promisesKept: [SettledPromise] {
        (settled ?? []).filter { $0.how == .done || $0.how == .kept }
    }
}
