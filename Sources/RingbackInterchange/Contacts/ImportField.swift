import Foundation

/// A field of a contact an import can fill, and how a column header is matched to it:
/// the header is lower-cased and reduced to letters and digits; an entity prefix some CRMs
/// put before every column ("Person - Email", "Organization - Name", "Deal - Status") is
/// read; a qualifier after the field ("Email - Work", "Phone - Mobile", "E-mail 1 - Value")
/// still names the field, and label columns ("E-mail 1 - Label") name none.
public enum ImportField: String, CaseIterable, Sendable {
    case name
    case firstName = "first-name"
    case lastName = "last-name"
    case company, email, phone, mobile, context, cadence
    case channel, note, status
    case doNotCall = "do-not-call"
    case lastActivity = "last-activity"
    case touches, tags
    /// A job title (LinkedIn's `Position`): read only to tell a recruiter, whose context is a job search.
    case position

    /// Whole headers, reduced (see `reduce`).
    public var headers: Set<String> {
        switch self {
        case .name: ["name", "fullname", "contactname", "contact", "displayname", "personname"]
        case .firstName: ["firstname", "givenname", "first"]
        case .lastName: ["lastname", "surname", "familyname", "last"]
        case .company:
            [
                "company", "companyname", "account", "accountname", "organization", "organisation", "organizationname", "organization1name",
                "employer",
            ]
        case .email: ["email", "emailaddress", "mail", "workemail", "primaryemail", "email1value"]
        case .phone: ["phone", "phonenumber", "workphone", "telephone", "businessphone", "primaryphone", "phone1value"]
        case .mobile: ["mobile", "mobilephone", "mobilephonenumber", "cell", "cellphone", "phonemobile"]
        case .context: ["context", "type", "category"]
        case .cadence: ["cadence"]
        case .channel: ["preferredchannel", "channel", "prefers", "preferredcontactmethod"]
        case .note: ["note", "notes", "description", "comments"]
        case .status: ["status", "lifecyclestage", "leadstatus", "dealstatus", "stage"]
        case .doNotCall: ["donotcall", "donotcontact", "hasoptedoutofemail", "emailoptout", "unsubscribed"]
        case .lastActivity: ["lastactivity", "lastactivitydate", "lasttouch", "lastcontacted", "lastcontact", "dateoflastactivity"]
        case .touches: ["touches"]
        case .tags: ["tags", "labels", "label", "categories"]
        case .position: ["position", "title", "jobtitle"]
        }
    }

    /// The header reduced to lower-case letters and digits.
    public static func reduce(_ header: String) -> String {
        String(header.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) && $0.isASCII })
    }

    /// Entity prefixes: their columns describe the person; an organisation's name is the company.
    private static let personEntities: Set<String> = ["person", "contact", "lead", "people"]
    private static let organisationEntities: Set<String> = ["organization", "organisation", "account", "company"]

    /// The field a header names, or nil when it names none of ours.
    public static func matching(_ header: String) -> ImportField? {
        let parts = header.components(separatedBy: " - ").map(reduce)
        if parts.count >= 2 {
            let (entity, rest) = (parts[0].trimmingCharacters(in: .decimalDigits), parts.dropFirst().joined())
            if personEntities.contains(entity) {
                return matching(header.components(separatedBy: " - ").dropFirst().joined(separator: " - "))
            }
            if organisationEntities.contains(entity) { return rest == "name" ? .company : nil }
            if entity == "deal" {
                switch rest {
                case "status": return .status
                case "lastactivitydate": return .lastActivity
                default: return nil
                }
            }
            // "Email - Work", "Phone - Mobile", "E-mail 1 - Value": the field, qualified.
            if rest.hasSuffix("label") || rest.hasSuffix("type") { return nil }
            if ["email", "mail"].contains(entity) { return .email }
            if ["phone", "telephone"].contains(entity) { return rest == "mobile" ? .mobile : .phone }
        }
        let whole = reduce(header)
        if let field = allCases.first(where: { $0.headers.contains(whole) }) { return field }
        // "Company / Account" (Salesforce): either name says it.
        let alternatives = header.components(separatedBy: "/").map(reduce)
        guard alternatives.count >= 2 else { return nil }
        return allCases.first { field in alternatives.contains { field.headers.contains($0) } }
    }
}
