import Foundation
import RingbackCore

/// What the date reader understood in a piece of text.
public struct DateReading: Equatable, Sendable {
    /// The moment: a day (start of it, local) or a day and time.
    public var when: When
    /// Where the date phrase stands in the text it was found in.
    public var span: Range<String.Index>
    /// The words of the date phrase, as typed.
    public var matched: String
    /// True when what the user named is already gone: today with a past time ("today at 9"
    /// at 3 pm) or an explicit past date ("2025-03-01"). The caller should ask again rather
    /// than schedule it. Relative phrases are always read forward and never set this.
    public var isPast: Bool
    /// Date words outside the phrase that was read ("of next week" when only "friday" was
    /// understood, a second day): the reading may be missing something, so a caller that
    /// expects a date alone should say so rather than use it.
    public var unused: [String] = []
    /// The zone whose clock the time was said on ("9am pacific"), when one was named.
    public var zone: String?
    /// True when the time was said on the contact's clock ("9am his time") but their zone is
    /// not known: it was read on the user's.
    public var theirZoneUnknown = false
}
