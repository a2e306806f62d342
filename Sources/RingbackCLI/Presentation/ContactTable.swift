/// `contacts` as aligned columns (name, company, status, touches, next step, and on a team's
/// whole list whose each is) that fit the terminal: the widest columns give way first, cut
/// with "…"; unlimited when piped.
/// (Padded here rather than with a table library: at 10,000 rows the library's
/// Foundation padding took half of the command's time.)
struct ContactTable {
    struct Row {
        var name: String
        var company: String
        var status: String
        var touches: String
        var next: String
        /// Whose contact it is, when the table shows owners ("-" for nobody's).
        var owner: String? = nil
    }

    static let titles = ["NAME", "COMPANY", "STATUS", "TOUCHES", "NEXT", "OWNER"]
    /// How narrow each column may get before the table stops shrinking it.
    private static let minimums = [12, 8, 6, 7, 14, 5]
    /// Which columns give way first when the table is too wide.
    private static let shrinkOrder = [4, 1, 0]

    /// The table's lines, fitting `width` columns when given.
    static func render(_ rows: [Row], width: Int?, owners: Bool = false) -> [String] {
        let titles = owners ? Self.titles : Array(Self.titles.dropLast())
        let cells = rows.map { [$0.name, $0.company, $0.status, $0.touches, $0.next] + (owners ? [$0.owner ?? "-"] : []) }
        var widths = titles.indices.map { column in
            max(titles[column].count, cells.map { TextWrap.visibleWidth($0[column]) }.max() ?? 0)
        }
        if let width { widths = fit(widths, into: width) }
        return ([titles] + cells).map { row in
            row.indices.map { column in cell(row[column], width: widths[column], right: column == 3) }.joined(separator: "  ")
                .trimmingTrailingSpaces()
        }
    }

    /// A cell cut to `width` with "…" when longer (a colour in it reset), padded with spaces.
    private static func cell(_ text: String, width: Int, right: Bool) -> String {
        let length = TextWrap.visibleWidth(text)
        guard length <= width else { return TextWrap.truncate(text, toVisible: width) }
        let padding = String(repeating: " ", count: width - length)
        return right ? padding + text : text + padding
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
