import RingbackCore
import RingbackStore

extension Change {
    /// Finds the contact `name` refers to, lets `body` change it, and puts it back: the one
    /// way the commands that edit a single contact (stop, done, snooze, rename...) do it.
    mutating func editContact<T>(named name: String, session: Session, _ body: (inout Contact) throws -> T) throws -> (Contact, T) {
        var contact = try ContactLookup.find(name, in: &book, session: session)
        let result = try body(&contact)
        book.put(contact)
        return (contact, result)
    }
}
