import Foundation
import RingbackCore

/// What a stored schedule was planned with, for every store: a schedule is current while
/// its stamp (the indexer's fingerprint and the settings that plan steps) is unchanged.
public enum Planning {
    /// The settings that plan steps: without the name, signature, lock time limit and
    /// calendar reminder and the forgotten people, which change no step (the sign-off is added
    /// when a step is shown).
    public static func settings(_ settings: Settings) -> Settings {
        var planning = settings
        planning.me = nil
        planning.signature = nil
        planning.lockTimeout = nil
        planning.reminderMinutes = nil
        planning.forgotten = nil
        return planning
    }

    /// The indexer's fingerprint and a hash of the planning settings.
    public static func stamp(_ indexer: Indexer, _ settings: Settings) -> String {
        let encoded = (try? StoreCoding.encoder(pretty: false).encode(Self.settings(settings))) ?? Data()
        return indexer.fingerprint + "|" + String(RowText.hash(encoded), radix: 16)
    }
}
