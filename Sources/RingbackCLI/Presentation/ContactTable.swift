import TextTable

/// `contacts` as aligned columns (name, company, status, touches, next step) that fit the
/// terminal: the widest columns give way first, cut with "…"; unlimited when piped.
struct ContactTable {
    struct Row {
        var name: String
        var company: String
        var status: String
        var touches: String
        var next: String
    }

    static let titles = ["NAME", "COMPANY", "STATUS", "TOUCHES", "NEXT"]
    /// How narrow each column may get before the table stops shrinking it.
    private static let minimums = [12, 8, 6, 7, 14]
    /// Which columns give way first when the table is too wide.
    private static let shrinkOrder = [4, 1, 0]

    /// The table's lines, fitting `width` columns when given.
    static func render(_ rows: [Row], width: Int?) -> [String] {
        let cells = rows.map { [$0.name, $0.company, $0.status, $0.touches, $0.next] }
        var widths = titles.indices.map { column in max(titles[column].count, cells.map { $0[column].count }.max() ?? 0) }
        if let width { widths = fit(widths, into: width) }
        // One space of the gap is TextTable's, one is ours, so no cell ever touches the next.
        let padded = widths.enumerated().map { $0.offset == widths.count - 1 ? $0.element : $0.element + 1 }
        let table = TextTable<[String]> { cells in
            cells.indices.map { column in
                Column(
                    title: titles[column], value: cells[column], width: padded[column],
                    align: column == 3 ? .right : .left)
            }
        }
        let text = table.string(for: cells.isEmpty ? [] : cells, style: Style.plain) ?? ""
        return text.split(separator: "\n").map { String($0).trimmingTrailingSpaces() }
    }

    /// Narrows the flexible columns until the row fits `total` (two spaces between columns).
    static func fit(_ natural: [Int], into total: Int) -> [Int] {
        var widths = natural
        var excess = widths.reduce(0, +) + 2 * (widths.count - 1) - total
        for column in shrinkOrder where excess > 0 {
            let give = min(excess, max(0, widths[column] - minimums[column]))
            widths[column] -= give
            excess -= give
        }
        return widths
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
