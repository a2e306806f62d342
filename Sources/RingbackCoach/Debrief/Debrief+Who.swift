import RingbackContent
import RingbackCore

/// Phase 1, who the call was with: a forgiving match, a pick among several, or a new
/// contact with its context.
extension Debrief {
    enum WhoStep: Equatable, Sendable {
        case who
        case pick([Contact])
        case confirmNew
        case context

        var takesFreeText: Bool { self == .who || self == .context }
    }

    mutating func answer(_ text: String, at step: WhoStep) -> Reply {
        switch step {
        case .who: return who(text)
        case .pick(let candidates): return pick(text, candidates)
        case .confirmNew:
            return confirm(text) { debrief, yes in
                yes ? debrief.go(.who(.context)) : debrief.go(.who(.who))
            }
        case .context:
            let context = ContactContext(loose: text) ?? Understanding.words(text).lazy.compactMap(ContactContext.init(loose:)).first
            draft.context = context ?? .sales
            return finish(.who, before: context == nil && !text.isEmpty ? [say(.filedUnderSales)] : [])
        }
    }

    func prompt(_ step: WhoStep) -> String {
        switch step {
        case .who: return say(.who)
        case .pick(let candidates): return say(.whoPick, ["list": Self.numbered(candidates.map(\.label))])
        case .confirmNew: return say(.whoUnknown)
        case .context: return say(.context)
        }
    }

    private mutating func who(_ text: String) -> Reply {
        guard !text.isEmpty else { return reply([prompt()]) }
        if let problem = ContactName.problem(with: text) {
            return reply([say(.badName, ["problem": problem.prefix(1).uppercased() + problem.dropFirst()]), prompt()])
        }
        name = text
        switch NameMatcher.match(text, in: contacts, name: \.name) {
        case .found(let found): return picked(found)
        case .ambiguous(let candidates): return go(.who(.pick(Array(candidates.prefix(9)))))
        case .none:
            // A near miss ("Dnaa") is offered before a duplicate is made.
            if let close = NameMatcher.closest(text, in: contacts, name: \.name) { return go(.who(.pick([close]))) }
            return go(.who(.confirmNew))
        }
    }

    private mutating func pick(_ text: String, _ candidates: [Contact]) -> Reply {
        if text.lowercased() == "new" { return go(.who(.context)) }
        if let n = Int(text), (1...candidates.count).contains(n) { return picked(candidates[n - 1]) }
        if case .found(let found) = NameMatcher.match(text, in: candidates, name: \.name) { return picked(found) }
        return reply([prompt()])
    }

    private mutating func picked(_ found: Contact) -> Reply {
        contact = found
        return finish(.who, before: [say(.contactPicked, ["label": found.label])])
    }

    /// "  1) Dana Ruiz (Acme)" lines.
    static func numbered(_ items: [String]) -> String {
        items.enumerated().map { "  \($0.offset + 1)) \($0.element)" }.joined(separator: "\n")
    }
}
