import RingbackContent
import RingbackCore

/// A next step in words: what to do, why (the technique), and the message to use.
public struct StepExplanation: Equatable, Sendable {
    /// "Call Dana Ruiz (Acme)".
    public var action: String
    public var techniqueName: String
    public var reason: String
    public var script: String
    /// "their Q1 review moved to January": a tidbit to bring up, when one is held back.
    public var mention: String?
    /// The subject line, for a step sent in writing with a script that has one.
    public var subject: String?

    public init(_ item: AgendaItem, content: Content) {
        let step = item.step
        let who = item.company.map { "\(item.name) (\($0))" } ?? item.name
        switch step.kind {
        case .release: action = "Release \(who) to nurture"
        case .promised, .owed:
            action = "You owe \(who): \(step.what ?? "what you promised")" + (step.high == true ? " (high priority)" : "")
        default: action = "\(Self.verb(step.channel)) \(who)"
        }
        let technique = content.techniques[step.technique]
        techniqueName = technique?.name ?? step.technique
        reason = technique?.why ?? ""
        let first = ContactName.first(of: item.name)
        script = content.scripts[step.script]?.render(first: first, name: item.name, company: item.company, what: step.what) ?? ""
        mention = step.mention
        if let channel = step.channel, [.email, .linkedin, .mail].contains(channel) {
            subject = content.scripts[step.script]?.renderSubject(first: first, name: item.name, company: item.company, what: step.what)
        }
    }

    /// "Call", "Email", "Text"...: the verb for a step through this channel.
    public static func verb(_ channel: Channel?) -> String {
        switch channel {
        case .call, nil: return "Call"
        case .email: return "Email"
        case .text: return "Text"
        case .linkedin: return "Message on LinkedIn"
        case .mail: return "Write to"
        case .video: return "Video call"
        case .meeting: return "Meet"
        }
    }
}
