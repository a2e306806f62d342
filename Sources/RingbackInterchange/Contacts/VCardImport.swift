import Foundation

/// Reads vCards (versions 3 and 4, as phones and address books export them) into an import
/// table: FN (or N), ORG, EMAIL, TEL (a cell number as the mobile), NOTE, CATEGORIES.
/// Folded lines are joined and escapes undone; other properties are counted as ignored.
public enum VCardImport {
    public static func table(_ text: String, file: String) throws -> ImportTable {
        var table = ImportTable(rows: [])
        var ignored: Set<String> = []
        var current: ImportTable.Row?
        var structured: [String] = []
        var used: [(column: String, field: ImportField)] = []
        func add(_ field: ImportField, _ value: String, from property: String) {
            current?.values[field, default: []].append(value)
            if !used.contains(where: { $0.column == property }) { used.append((property, field)) }
        }
        // Unfold: a line starting with a space or tab continues the previous one.
        var lines: [(Int, String)] = []
        for (index, raw) in text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated()
        {
            if let first = raw.first, first == " " || first == "\t", !lines.isEmpty {
                lines[lines.count - 1].1 += raw.dropFirst()
            } else {
                lines.append((index + 1, String(raw)))
            }
        }
        for (line, content) in lines where !content.isEmpty {
            guard let colon = content.firstIndex(of: ":") else { throw InterchangeError.rows(["\(file):\(line): not a vCard line"]) }
            let head = content[..<colon].split(separator: ";").map(String.init)
            // Group prefixes ("item1.EMAIL") are dropped.
            let property = (head.first ?? "").split(separator: ".").last.map { $0.uppercased() } ?? ""
            let parameters = head.dropFirst().joined(separator: ";").lowercased()
            let value = String(content[content.index(after: colon)...])
            switch property {
            case "BEGIN" where value.uppercased() == "VCARD":
                current = ImportTable.Row(line: line, values: [:])
                structured = []
            case "END" where value.uppercased() == "VCARD":
                guard var row = current else { throw InterchangeError.rows(["\(file):\(line): END:VCARD without BEGIN:VCARD"]) }
                if row.values[.name] == nil, structured.count >= 2 {
                    row.values[.firstName] = [unescape(structured[1])]
                    row.values[.lastName] = [unescape(structured[0])]
                }
                table.rows.append(row)
                current = nil
            case "VERSION", "PRODID", "UID", "REV":
                continue
            default:
                guard current != nil else {
                    throw InterchangeError.rows(["\(file):\(line): \(property) outside BEGIN:VCARD ... END:VCARD"])
                }
                switch property {
                case "FN": add(.name, unescape(value), from: "FN")
                case "N": structured = value.components(separatedBy: ";")
                case "ORG": add(.company, unescape(value.components(separatedBy: ";")[0]), from: "ORG")
                case "EMAIL": add(.email, unescape(value), from: "EMAIL")
                case "TEL":
                    let number = value.hasPrefix("tel:") ? String(value.dropFirst(4)) : unescape(value)
                    let cell = parameters.contains("cell")
                    add(cell ? .mobile : .phone, number, from: cell ? "TEL (cell)" : "TEL")
                case "NOTE": add(.note, unescape(value), from: "NOTE")
                case "CATEGORIES": add(.tags, unescape(value), from: "CATEGORIES")
                default: ignored.insert(property)
                }
            }
        }
        if current != nil { throw InterchangeError.rows(["\(file): the last vCard has no END:VCARD"]) }
        table.used = used
        table.ignored = ignored.sorted()
        return table
    }

    /// A TEXT value without its escapes, trimmed.
    static func unescape(_ text: String) -> String { ContentLine.unescape(text).trimmingCharacters(in: .whitespaces) }
}
