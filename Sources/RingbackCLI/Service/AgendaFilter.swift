import RingbackCore
import RingbackStore

/// The agenda narrowed the way a power hour wants it ("calls only, sales, tagged q1"): by the
/// step's channel and by the contact's tag, context and company.
struct AgendaFilter: Equatable {
    var channel: Channel?
    var tag: String?
    var context: ContactContext?
    /// Words of the company name, matched anywhere in it, in any case or accent.
    var company: String?
    /// On a team store, the rep whose contacts are shown (as the store spells the name).
    var rep: String?

    init(channel: String?, tag: String?, context: String?, company: String?, rep: String? = nil) throws {
        func given(_ text: String?) -> String? {
            text.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        self.channel = try given(channel).map { try WordInput.channel($0, option: "--channel") }
        self.tag = given(tag)?.lowercased()
        self.context = try given(context).map { text in
            guard let context = ContactContext(loose: text) else {
                throw RequestError.malformed(option: "--context", value: text, expected: ContactContext.expected)
            }
            return context
        }
        self.company = given(company)
        self.rep = rep
    }

    var isEmpty: Bool { channel == nil && !needsContacts }

    /// Whether the contacts' details are needed (tag, context, company), not only the steps.
    var needsContacts: Bool { tag != nil || context != nil || company != nil || rep != nil }

    /// Whether the step is kept; `contact` is its contact's summary (nil: unknown, not kept
    /// when a detail of it is asked for).
    func keeps(_ item: AgendaItem, contact: ContactSummary?) -> Bool {
        if let channel, item.step.channel != channel { return false }
        guard needsContacts else { return true }
        guard let contact else { return false }
        if let rep, contact.owner != rep { return false }
        if let tag, !contact.tags.contains(tag) { return false }
        if let context, contact.context != context.rawValue { return false }
        if let company {
            guard let theirs = contact.company, NameMatcher.normalize(theirs).contains(NameMatcher.normalize(company)) else { return false }
        }
        return true
    }

    /// "calls, for sales contacts tagged q1 at Acme": what the agenda was narrowed to.
    var description: String {
        let steps = channel.map(Self.plural) ?? "steps"
        guard needsContacts else { return steps }
        let who = [rep.map { "\($0)'s" }, context?.rawValue, "contacts", tag.map { "tagged \($0)" }, company.map { "at \($0)" }]
            .compactMap { $0 }
        return steps + (channel == nil ? " " : ", ") + "for " + who.joined(separator: " ")
    }

    private static func plural(_ channel: Channel) -> String {
        switch channel {
        case .call: "calls"
        case .email: "emails"
        case .text: "texts"
        case .linkedin: "LinkedIn messages"
        case .mail: "letters"
        case .video: "video calls"
        case .meeting: "meetings"
        }
    }
}
