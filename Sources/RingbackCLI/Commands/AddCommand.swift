import ArgumentParser
import RingbackCore
import RingbackStore

/// `ringback add NAME [, COMPANY, PHONE, EMAIL] [--company …]`: a prospect on the list before
/// the first call, with nothing logged; the scheduler plans the first try.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a contact before the first call (nothing is logged).",
        discussion: """
            Details can follow the name, separated by commas: a phone number, an email address and a company are
            told apart ("Marcus Webb, Freightline, 312-555-0142"). Options set the rest. `ringback undo` takes it back.
            Examples:
              ringback add "Marcus Webb, Freightline, 312-555-0142"
              ringback add Marcus Webb --company Freightline --email marcus@freightline.example --tag cold
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Their name, then details separated by commas.", valueName: "name"))
    var words: [String] = []

    @OptionGroup var detailOptions: DetailOptions

    struct Added: Encodable {
        var contact: String
        var name: String
        var company: String?
        var phone: String?
        var email: String?
    }

    func run() throws {
        let typed = words.joined(separator: " ").trimmingCharacters(in: .whitespaces)
        guard !typed.isEmpty else { throw RequestError.empty(example: "ringback add \"Marcus Webb, Freightline, 312-555-0142\"") }
        let session = try Session(global)
        var details = try detailOptions.details(content: session.content)
        let (name, told) = Self.split(typed)
        details.company = details.company ?? told.company.map { $0 == $0.lowercased() ? ContactName.capitalized($0) : $0 }
        details.phone = details.phone ?? told.phone
        details.email = details.email ?? told.email
        // "Recruiter Priya Shah": a job search contact; "alum jen park": networking; else sales.
        details.tags += told.tags.filter { !details.tags.contains($0) }
        let roleTagged = details.tags.contains { ContactRole(rawValue: $0) != nil }
        details.context = details.context ?? told.context ?? (roleTagged ? .jobSearch : nil)
        if let problem = ContactName.problem(with: name) { throw RequestError.malformed(option: "NAME", value: name, expected: problem) }
        let added = try session.store.update(summary: "add \(name)", indexer: session.indexer) { change -> Contact in
            if case .found(let known) = try change.book.match(name), NameMatcher.normalize(known.name) == NameMatcher.normalize(name) {
                throw RequestError.alreadyAContact(known.label)
            }
            let person = Contact.new(named: name, details: details, taken: try change.book.takenIDs(), on: session.now)
            change.book.put(person)
            change.summary = "add \(person.name)"
            return person
        }
        if session.json {
            return try Output.json(
                Added(contact: added.id, name: added.name, company: added.company, phone: added.phone, email: added.email))
        }
        let extras = [added.phone, added.email].compactMap { $0 }
        Console.print(
            "Added \(added.label)\(extras.isEmpty ? "" : " · " + extras.joined(separator: " · ")) as a \(added.context.rawValue) contact"
                + " (`--context` sets another).")
        Console.print("`\(session.inShell ? "" : "ringback ")next` plans the first call; `debrief` after it.")
    }

    /// "Marcus Webb, Freightline, 312-555-0142, marcus@x.example": the name, then each piece
    /// told apart by its look (an address has an @, a phone is mostly digits, the rest a company).
    static func split(_ typed: String) -> (name: String, details: ContactDetails) {
        let pieces = typed.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var details = ContactDetails()
        let named = NameWithCompany.parse(pieces.first ?? typed)
        details.company = named.company
        let title = Set(named.name.lowercased().split(separator: " ").prefix { ContactName.isRole(String($0)) }.map(String.init))
        // The title goes from the name, and stays as the tag the scripts read it from (`run`
        // makes a role-tagged contact a job-search one).
        if let role = ContactRole(title: title) { details.tags.append(role.rawValue) }
        if !title.isDisjoint(with: ["alum", "alumna", "alumnus", "mentor"]) { details.context = .networking }
        for piece in pieces.dropFirst() {
            let digits = piece.filter(\.isNumber).count
            if piece.contains("@") && !piece.contains(" ") {
                details.email = piece
            } else if digits >= 7 && digits * 2 >= piece.count {
                details.phone = piece
            } else if details.company == nil {
                details.company = piece
            }
        }
        return (ContactName.capitalized(ContactName.withoutRole(named.name)), details)
    }
}
