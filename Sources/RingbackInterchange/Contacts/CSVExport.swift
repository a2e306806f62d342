import CSV
import Foundation

/// Writes a table as CSV text.
public enum CSVExport {
    public static func render(header: [String], rows: [[String]]) throws -> String {
        let writer = try CSVWriter(stream: .toMemory())
        try writer.write(row: header)
        for row in rows { try writer.write(row: row.map(guarded)) }
        writer.stream.close()
        guard let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { return "" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Characters that make a spreadsheet read a cell as a formula ("=HYPERLINK(...)",
    /// "+cmd|calc").
    public static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// A cell a spreadsheet would run, written with a leading apostrophe (as OWASP advises),
    /// so it shows as text; `unguarded` takes it off when Ringback reads its own export back.
    public static func guarded(_ cell: String) -> String {
        guard let first = cell.first, formulaStarts.contains(first) else { return cell }
        return "'" + cell
    }

    public static func unguarded(_ cell: String) -> String {
        guard cell.hasPrefix("'"), let second = cell.dropFirst().first, formulaStarts.contains(second) else { return cell }
        return String(cell.dropFirst())
    }
}
