/// Why the user is following up with someone: it changes the wording, not the discipline.
public enum ContactContext: String, Codable, CaseIterable, Sendable {
    case sales
    case jobSearch = "job-search"
    case networking

    /// How a wrong value is explained: "is not sales, job-search or networking".
    public static let expected = "is not sales, job-search or networking"

    /// Reads a context as people type it ("job", "jobs", "network"); nil when unknown.
    public init?(loose text: String) {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let exact = ContactContext(rawValue: word) {
            self = exact
            return
        }
        switch word {
        case "sale", "prospect", "customer", "client": self = .sales
        case "job", "jobs", "job search", "jobsearch", "recruiter", "hiring": self = .jobSearch
        case "network", "networker", "friend", "contact": self = .networking
        default: return nil
        }
    }
}
