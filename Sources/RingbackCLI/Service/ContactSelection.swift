import ArgumentParser
import RingbackCore
import RingbackStore

/// The contacts a batch command works on: one name, several separated by commas
/// ("dana, sam lee, kim"), or every contact with a tag (`--tagged cold`); changed in one
/// store change, so one `undo` takes the whole batch back.
struct ContactSelection: ParsableArguments {
    @Option(help: ArgumentHelp("Every contact with this tag, instead of names.", valueName: "tag"))
    var tagged: String?

    /// The names typed, split at commas.
    static func names(_ typed: String) -> [String] {
        typed.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The ids of the contacts tagged `tagged` (read before the change: the directory is the
    /// store's index); nil without `--tagged`. A tag nobody has is an error, not an empty batch.
    func taggedIDs(in store: any Store) throws -> [String]? {
        guard let tag = tagged?.trimmingCharacters(in: .whitespaces).lowercased(), !tag.isEmpty else { return nil }
        let ids = try store.directory().filter { $0.tags.contains(tag) }.map(\.id)
        guard !ids.isEmpty else { throw RequestError.nobodyTagged(tag) }
        return ids
    }
}

extension Change {
    /// Lets `body` change each contact chosen, by the ids of a tag or by the names typed (each
    /// found as a single name would be; any name not found stops the whole batch).
    mutating func editContacts<T>(
        named names: [String], ids: [String]?, session: Session, _ body: (inout Contact) throws -> T
    ) throws -> [(Contact, T)] {
        var done: [(Contact, T)] = []
        if let ids {
            for id in ids {
                guard var contact = try book.contact(id: id) else { continue }
                let result = try body(&contact)
                book.put(contact)
                done.append((contact, result))
            }
            return done
        }
        for name in names {
            let edited = try editContact(named: name, session: session, body)
            // A name typed twice ("dana, Dana Ruiz") is reported once; every edit here is idempotent.
            if !done.contains(where: { $0.0.id == edited.0.id }) { done.append(edited) }
        }
        return done
    }
}
