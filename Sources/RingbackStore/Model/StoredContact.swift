import RingbackCore

/// One contact's file (`contacts/<id>.json`): the record and every touch with them, oldest
/// first. `show` reads this and nothing else.
public struct StoredContact: Codable, Equatable, Sendable {
    public var contact: Contact
    public var touches: [Touch]

    public init(contact: Contact, touches: [Touch] = []) {
        self.contact = contact
        self.touches = touches
    }
}
