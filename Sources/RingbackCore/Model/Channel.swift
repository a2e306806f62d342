/// A way of reaching a contact.
public enum Channel: String, Codable, CaseIterable, Sendable {
    case call, email, text, linkedin, mail, video, meeting

    /// A channel whose touch is a message in writing (email, text, LinkedIn, a letter).
    public var isWritten: Bool { [.email, .text, .linkedin, .mail].contains(self) }

    /// Reads a channel as people type it ("phone", "e-mail", "sms", ...); nil when unknown.
    public init?(loose text: String) {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let exact = Channel(rawValue: word) {
            self = exact
            return
        }
        switch word {
        case "phone", "phone call", "ring", "calls": self = .call
        case "e-mail", "mail message", "emails": self = .email
        case "sms", "txt", "message", "whatsapp": self = .text
        case "linked in", "linked-in", "inmail", "li": self = .linkedin
        case "letter", "post", "card": self = .mail
        case "video call", "zoom", "teams", "meet": self = .video
        case "in person", "lunch", "coffee": self = .meeting
        default: return nil
        }
    }
}
