/// Who a job-search contact is to the seeker: a recruiter wants what helps them place a
/// candidate, a hiring manager what helps their team. Scripts may be written per role
/// ("first-call@recruiter").
public enum ContactRole: String, Codable, CaseIterable, Sendable {
    case recruiter
    case hiringManager = "hiring-manager"

    /// The role the title words before a name say ("recruiter", "talent partner", "hiring
    /// manager", "hm"); nil when they say neither.
    public init?(title words: some Sequence<String>) {
        let words = Set(words)
        if !words.isDisjoint(with: ["recruiter", "talent"]) {
            self = .recruiter
        } else if !words.isDisjoint(with: ["hiring", "hm"]) {
            self = .hiringManager
        } else {
            return nil
        }
    }
}

extension Contact {
    /// The role of a job-search contact: from a tag ("recruiter", "hiring-manager") or the
    /// title typed before the name ("Recruiter Sam Lee", "Hiring Manager Kate Lin"); nil
    /// otherwise, and for other contexts.
    public var role: ContactRole? {
        guard context == .jobSearch else { return nil }
        for tag in tags ?? [] {
            if let role = ContactRole(rawValue: tag) { return role }
        }
        let title = name.lowercased().split(separator: " ").map { $0.trimmingCharacters(in: .punctuationCharacters) }
            .prefix { ContactName.titles.contains($0) }
        return ContactRole(title: title)
    }
}
