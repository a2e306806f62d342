import Foundation

/// A contact's own rhythm ("every 30 days", "every month"): how many days after the last
/// touch the next one is due, beside the named cadences and never running out.
public enum Rhythm {
    /// The longest rhythm accepted, in days (two years).
    public static let longest = 730

    /// The days in a rhythm as people type it: "30d", "2w", "3 months", "every month",
    /// "monthly", "weekly", "quarterly", "every 2 weeks"; nil when it is not one.
    public static func days(_ text: String) -> Int? {
        guard !text.trimmingCharacters(in: .whitespaces).hasPrefix("-") else { return nil }
        var words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        if words.first == "every" { words.removeFirst() }
        switch words.joined(separator: " ") {
        case "day", "daily": return 1
        case "week", "weekly": return 7
        case "fortnight", "fortnightly", "other week": return 14
        case "month", "monthly": return 30
        case "quarter", "quarterly": return 91
        case "year", "yearly", "annually": return 365
        default: break
        }
        // "30d", "30 days", "2w", "3 months": a number and a unit, written together or apart.
        let joined = words.joined()
        let digits = joined.prefix { $0.isNumber }
        guard let count = Int(digits), count > 0 else { return nil }
        let unit = String(joined.dropFirst(digits.count))
        let size: Int
        switch unit {
        case "", "d", "day", "days": size = 1
        case "w", "wk", "wks", "week", "weeks": size = 7
        case "m", "mo", "mos", "month", "months": size = 30
        case "q", "quarter", "quarters": size = 91
        case "y", "yr", "yrs", "year", "years": size = 365
        default: return nil
        }
        let days = count.multipliedReportingOverflow(by: size)
        guard !days.overflow, days.partialValue <= longest else { return nil }
        return days.partialValue
    }

    /// "every 30 days", "every week", "every 2 weeks".
    public static func describe(_ days: Int) -> String {
        switch days {
        case 1: return "every day"
        case 7: return "every week"
        case 30: return "every month"
        case 91: return "every quarter"
        case 365: return "every year"
        case let weeks where weeks % 7 == 0: return "every \(weeks / 7) weeks"
        default: return "every \(days) days"
        }
    }
}
