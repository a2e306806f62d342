/// What came of one touch.
public enum Outcome: String, Codable, CaseIterable, Sendable {
    case connected
    case voicemail
    case noAnswer = "no-answer"
    /// Someone else answered (an assistant, a receptionist, a colleague) and did not put us through.
    case gatekeeper
    case sent
    case replied
    case meetingHeld = "meeting-held"
    case askedToStop = "asked-to-stop"

    /// True when the other person actually engaged: the cadence restarts from here.
    public var isRealContact: Bool {
        switch self {
        case .connected, .replied, .meetingHeld: return true
        case .voicemail, .noAnswer, .gatekeeper, .sent, .askedToStop: return false
        }
    }

    /// True for a try that reached no one (a voicemail, no answer, a gatekeeper, a message
    /// sent): what comes next is the user's own next try, not a time agreed with them.
    public var isUnanswered: Bool {
        switch self {
        case .voicemail, .noAnswer, .gatekeeper, .sent: return true
        case .connected, .replied, .meetingHeld, .askedToStop: return false
        }
    }

    /// Reads an outcome as people type it ("vm", "no answer", "left a message"); nil when unknown.
    public init?(loose text: String) {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: "_", with: "-")
        if let exact = Outcome(rawValue: word) {
            self = exact
            return
        }
        switch word {
        case "talked", "spoke", "reached", "connect", "answered": self = .connected
        case "vm", "voice mail", "voice-mail", "left a message", "message", "left vm", "left voicemail", "left a voicemail", "left message":
            self = .voicemail
        case "no answer", "noanswer", "none", "nobody", "missed": self = .noAnswer
        case "assistant", "receptionist", "gate keeper", "gate-keeper", "screened": self = .gatekeeper
        case "emailed", "texted", "send", "wrote": self = .sent
        case "reply", "responded", "answered back", "called back", "got back": self = .replied
        case "meeting", "met", "meeting held", "meetingheld": self = .meetingHeld
        case "stop", "asked to stop", "unsubscribe", "do not contact", "dnc": self = .askedToStop
        default: return nil
        }
    }
}
