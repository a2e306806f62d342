import RingbackCore
import RingbackStore

/// The reps of a team store, as its contacts name their owners.
enum Reps {
    /// The name as the team already spells it ("ana" is "Ana" when Ana owns contacts), and
    /// the reps with contacts when nobody of that name has any yet (a typo, or a new rep).
    static func spelled(_ typed: String, in store: any Store) throws -> (rep: String, others: [String]?) {
        let owners = Set(try store.directory().compactMap(\.owner))
        if let rep = match(typed, among: owners) { return (rep, nil) }
        return (typed.trimmingCharacters(in: .whitespaces), owners.sorted())
    }

    /// The rep named `typed` (in any case) as the store spells them, with their contacts'
    /// ids; an error naming the reps there are when no contact is theirs.
    static func find(_ typed: String, in store: any Store) throws -> (rep: String, contacts: [String]) {
        let directory = try store.directory()
        let owners = Set(directory.compactMap(\.owner))
        guard let rep = match(typed, among: owners) else {
            throw RequestError.noRep(typed.trimmingCharacters(in: .whitespaces), reps: owners.sorted())
        }
        return (rep, directory.filter { $0.owner == rep }.map(\.id))
    }

    private static func match(_ typed: String, among owners: Set<String>) -> String? {
        let wanted = typed.trimmingCharacters(in: .whitespaces).lowercased()
        return owners.first { $0.lowercased() == wanted }
    }
}
