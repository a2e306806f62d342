import Foundation

/// What is kept of a contact who asked not to be contacted and was then forgotten (`ringback
/// forget --force`): enough to know them again (name, email, phones) so an import cannot
/// bring them back, and when and why they asked.
public struct Forgotten: Codable, Equatable, Sendable {
    public var name: String
    public var email: String?
    public var phones: [String]
    public var since: Date?
    public var reason: String?

    public init(_ contact: Contact) {
        name = contact.name
        email = contact.email
        phones = [contact.phone, contact.mobile].compactMap { $0 }
        since = contact.stopped?.date
        reason = contact.stopped?.reason
    }
}
