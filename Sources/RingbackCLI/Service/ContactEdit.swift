import RingbackCore
import RingbackStore

extension Change {
    /// Finds the contact `name` refers to, lets `body` change it, and puts it back: the one
    /// way the commands that edit a single contact (stop, done, snooze, rename...) do it.
    mutating func editContact<T>(named name: String, session: Session, _ body: (inout Contact) throws -> T) throws -> (Contact, T) {
        var contact = try ContactLookup.find(name, in: document.contacts, session: session)
        let result = try body(&contact)
        let index = document.contacts.firstIndex { $0.id == contact.id }!
        document.contacts[index] = contact
        return (contact, result)
    }
}
