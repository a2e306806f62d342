/// A day of the week, spelled the way settings and people write it.
public enum Weekday: String, Codable, CaseIterable, Sendable {
    case sun, mon, tue, wed, thu, fri, sat

    /// Foundation's Gregorian weekday number: 1 is Sunday.
    public var gregorianNumber: Int { Weekday.allCases.firstIndex(of: self)! + 1 }

    public init?(gregorianNumber: Int) {
        guard (1...7).contains(gregorianNumber) else { return nil }
        self = Weekday.allCases[gregorianNumber - 1]
    }

    /// Reads "Mon", "monday", "TUE" and the like; nil when unknown.
    public init?(loose text: String) {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard word.count >= 3, let day = Weekday.allCases.first(where: { word.hasPrefix($0.rawValue) }) else {
            return nil
        }
        self = day
    }

    /// "Monday": the whole name, as people say it.
    public var spoken: String {
        ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][gregorianNumber - 1]
    }

    public static let mondayToFriday: [Weekday] = [.mon, .tue, .wed, .thu, .fri]
}
