import Foundation
import RingbackCore

/// What the answer reader understood in what a user typed after a call. Every part keeps
/// the words it came from, so the coach can echo them and a misreading shows.
public struct AnswerReading: Equatable, Sendable {
    /// A value and the words of the answer it was read from.
    public struct Part<Value: Equatable & Sendable>: Equatable, Sendable {
        public var value: Value
        public var words: String
    }

    /// A promise, theirs or the user's own.
    public struct Promise: Equatable, Sendable {
        public var owner: Party
        public var what: String
        public var due: When?
        public var words: String
    }

    /// A yes or a no to what the user was after (a deal, a job, a meeting).
    public enum Decision: String, Equatable, Sendable { case yes, no }

    public var outcome: Part<Outcome>?
    public var channel: Part<Channel>?
    /// The next contact they agreed to or asked for.
    public var next: Part<When>?
    /// Not before this: "he's out till monday".
    public var notBefore: Part<When>?
    /// A non-committal answer: "he'll get back to me", "maybe sometime".
    public var vague: Part<Bool>?
    public var promises: [Promise] = []
    /// They asked not to be contacted again.
    public var stop: Part<Bool>?
    /// A no for now that is not a request to stop: "not interested right now".
    public var softNo: Part<Bool>?
    public var decision: Part<Decision>?
    /// Someone they pointed to: "talk to Jim Park in procurement instead".
    public var referral: Part<String>?
    /// The user sounds discouraged.
    public var discouraged: Part<Bool>?
    /// How they like to be reached: "she prefers texts to calls", "email works better for her".
    public var prefers: Part<Channel>?
    /// A day typed that is on no calendar ("the 31st of febuary"), as typed: said back, not dropped.
    public var noSuchDay: String?

    public init() {}

    /// True when nothing at all was read.
    public var isEmpty: Bool { self == AnswerReading() }
}
