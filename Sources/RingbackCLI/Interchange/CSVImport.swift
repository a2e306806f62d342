import CSV
import Foundation
import RingbackContent
import RingbackCore

/// Reads contacts from a CRM export. Column names are matched loosely ("Full Name",
/// "E-mail Address", "Account Name", ...); every row is checked before anything is
/// imported, and each problem is reported as `file:line: what is wrong`.
enum CSVImport {
    struct Row: Equatable {
        var line: Int
        var name: String
        var company: String?
        var email: String?
        var phone: String?
        var context: ContactContext?
        var cadence: String?
        var prefers: Channel?
        var note: String?
    }

    enum Field: CaseIterable {
        case name, firstName, lastName, company, email, phone, context, cadence, prefers, note

        /// Header spellings, compared after lower-casing and dropping everything but letters.
        var headers: Set<String> {
            switch self {
            case .name: return ["name", "fullname", "contactname", "contact", "displayname"]
            case .firstName: return ["firstname", "givenname", "first"]
            case .lastName: return ["lastname", "surname", "familyname", "last"]
            case .company: return ["company", "companyname", "account", "accountname", "organization", "organisation", "employer"]
            case .email: return ["email", "emailaddress", "mail", "workemail", "primaryemail"]
            case .phone: return ["phone", "phonenumber", "mobile", "mobilephone", "workphone", "telephone", "cell"]
            case .context: return ["context", "type", "category"]
            case .cadence: return ["cadence"]
            case .prefers: return ["preferredchannel", "channel", "prefers", "preferredcontactmethod"]
            case .note: return ["note", "notes", "description", "comments"]
            }
        }
    }

    static func parse(_ text: String, file: String, cadences: Set<String>) throws -> [Row] {
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true, trimFields: true)
        } catch {
            throw RequestError.file(path: file, .notCSV("\(error)"))
        }
        let headers = (reader.headerRow ?? []).map { $0.lowercased().filter(\.isLetter) }
        var columns: [Field: Int] = [:]
        for field in Field.allCases {
            if let index = headers.firstIndex(where: field.headers.contains) { columns[field] = index }
        }
        guard columns[.name] != nil || columns[.firstName] != nil else {
            throw RequestError.file(path: file, .noNameColumn)
        }
        var rows: [Row] = []
        var problems: [String] = []
        var line = 2
        while let fields = reader.next() {
            defer { line += 1 + fields.reduce(0) { $0 + $1.filter { $0 == "\n" }.count } }
            if fields.allSatisfy(\.isEmpty) { continue }
            func value(_ field: Field) -> String? {
                guard let index = columns[field], index < fields.count, !fields[index].isEmpty else { return nil }
                return fields[index]
            }
            let name = value(.name) ?? [value(.firstName), value(.lastName)].compactMap { $0 }.joined(separator: " ")
            var row = Row(line: line, name: name, company: value(.company), email: value(.email), phone: value(.phone), note: value(.note))
            if name.isEmpty {
                problems.append("\(file):\(line): no name")
            } else if let problem = ContactName.problem(with: name) {
                problems.append("\(file):\(line): \(problem)")
            }
            if let email = row.email, !(email.contains("@") && email.contains(".")) {
                problems.append("\(file):\(line): '\(email)' is not an email address")
            }
            if let text = value(.context) {
                if let context = ContactContext(loose: text) {
                    row.context = context
                } else {
                    problems.append("\(file):\(line): context '\(text)' \(ContactContext.expected)")
                }
            }
            if let text = value(.cadence) {
                if cadences.contains(text) {
                    row.cadence = text
                } else {
                    problems.append("\(file):\(line): no cadence named '\(text)' (have: \(cadences.sorted().joined(separator: ", ")))")
                }
            }
            if let text = value(.prefers) {
                if let channel = Channel(loose: text) {
                    row.prefers = channel
                } else {
                    problems.append("\(file):\(line): '\(text)' is not a channel")
                }
            }
            rows.append(row)
        }
        if let error = reader.error {
            problems.append("\(file):\(line): \(error)")
        }
        guard problems.isEmpty else {
            throw RequestError.rows(problems)
        }
        return rows
    }
}
