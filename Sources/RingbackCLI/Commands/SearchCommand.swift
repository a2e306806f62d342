import ArgumentParser
import Foundation
import RingbackCore
import RingbackStore

/// `ringback search TEXT`: every contact whose name, company, tags, notes, tidbits or
/// promises mention the words.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search", abstract: "Find contacts by name, company, tag, note, tidbit or promise: ringback search budget.")

    @OptionGroup var global: GlobalOptions

    @Argument(parsing: .remaining, help: "The words to find (case and accents ignored).")
    var words: [String]

    struct Hit: Encodable {
        var contact: String
        var name: String
        var field: String
        var text: String
    }

    func run() throws {
        let session = try Session(global)
        let wanted = NameMatcher.normalize(words.joined(separator: " "))
        guard !wanted.isEmpty else { throw RequestError.empty(example: "ringback search budget") }
        var hits: [Hit] = []
        let files = try session.store.allContacts().sorted {
            NameMatcher.normalize($0.contact.name) < NameMatcher.normalize($1.contact.name)
        }
        for (contact, touches) in files.map({ ($0.contact, $0.touches) }) {
            var fields: [(String, String)] = [("name", contact.name)]
            if let company = contact.company { fields.append(("company", company)) }
            fields += (contact.tags ?? []).map { ("tag", $0) }
            fields += contact.tidbits.map { ("tidbit", $0) }
            fields += contact.commitments.map { ("promise", $0.what) }
            fields += touches.compactMap { touch in touch.note.map { ("note", $0) } }
            for (field, text) in fields where NameMatcher.normalize(text).contains(wanted) {
                hits.append(Hit(contact: contact.id, name: contact.label, field: field, text: text))
            }
        }
        if session.json { return try Output.json(hits) }
        if hits.isEmpty { return Console.print("Nothing matches '\(words.joined(separator: " "))'.") }
        Console.paged {
            for hit in hits { Console.print("\(hit.name) · \(hit.field): \(hit.text)") }
        }
    }
}
