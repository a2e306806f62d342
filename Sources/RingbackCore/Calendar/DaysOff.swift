import Foundation

/// Days nobody works whatever the weekday: yearly ones ("12-25") and single dates
/// ("2026-12-24"), as the user lists them in `ringback config days-off`.
public struct DaysOff: Equatable, Sendable {
    /// Month × 100 + day, for yearly days off.
    let yearly: Set<Int>
    /// Year × 10 000 + month × 100 + day, for single dates.
    let dates: Set<Int>

    /// 1 January and 25 December: the days off when the user has not set any.
    public static let standard = ["01-01", "12-25"]

    public static let none = DaysOff(yearly: [], dates: [])

    init(yearly: Set<Int>, dates: Set<Int>) {
        self.yearly = yearly
        self.dates = dates
    }

    /// Reads "MM-DD" and "YYYY-MM-DD" entries; nil when one is neither.
    public init?(_ entries: [String]) {
        var yearly = Set<Int>()
        var dates = Set<Int>()
        for entry in entries {
            let parts = entry.trimmingCharacters(in: .whitespaces).split(separator: "-").map { Int($0) }
            guard parts.allSatisfy({ $0 != nil }) else { return nil }
            let numbers = parts.map { $0! }
            switch numbers.count {
            case 2 where (1...12).contains(numbers[0]) && (1...31).contains(numbers[1]):
                yearly.insert(numbers[0] * 100 + numbers[1])
            case 3 where (1900...2200).contains(numbers[0]) && (1...12).contains(numbers[1]) && (1...31).contains(numbers[2]):
                dates.insert(numbers[0] * 10_000 + numbers[1] * 100 + numbers[2])
            default:
                return nil
            }
        }
        self.init(yearly: yearly, dates: dates)
    }

    /// Whether the local day numbered `day` (days since 1970-01-01) is off.
    func contains(dayNumber day: Int) -> Bool {
        if yearly.isEmpty && dates.isEmpty { return false }
        let (year, month, dayOfMonth) = Self.civil(day)
        return yearly.contains(month * 100 + dayOfMonth) || dates.contains(year * 10_000 + month * 100 + dayOfMonth)
    }

    /// Year, month and day of a day number (Howard Hinnant's civil-from-days).
    static func civil(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
