import Foundation

/// The part of an RRULE (RFC 5545 3.3.10) that meetings use: FREQ DAILY, WEEKLY, MONTHLY or
/// YEARLY, INTERVAL, COUNT or UNTIL, BYDAY (weekdays, or "2TU"/"-1FR" in a month) and
/// BYMONTHDAY. A rule with any other part is not read (nil), so nothing is guessed.
public struct RecurrenceRule: Equatable, Sendable {
    public enum Frequency: String, Sendable {
        case daily = "DAILY"
        case weekly = "WEEKLY"
        case monthly = "MONTHLY"
        case yearly = "YEARLY"
    }

    public var frequency: Frequency
    public var interval: Int
    public var count: Int?
    public var until: Date?
    /// Weekdays (1 is Sunday, as Foundation counts) with an ordinal in the month (0 for every).
    public var weekdays: [(ordinal: Int, weekday: Int)]
    public var monthDays: [Int]

    public static func == (a: RecurrenceRule, b: RecurrenceRule) -> Bool {
        a.frequency == b.frequency && a.interval == b.interval && a.count == b.count && a.until == b.until && a.monthDays == b.monthDays
            && a.weekdays.map(\.ordinal) == b.weekdays.map(\.ordinal) && a.weekdays.map(\.weekday) == b.weekdays.map(\.weekday)
    }

    static let dayNames = ["SU": 1, "MO": 2, "TU": 3, "WE": 4, "TH": 5, "FR": 6, "SA": 7]

    public init?(_ value: String, zone: TimeZone) {
        var parts: [String: String] = [:]
        for piece in value.split(separator: ";") {
            let pair = piece.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { return nil }
            parts[pair[0].uppercased()] = pair[1].uppercased()
        }
        guard let frequency = parts["FREQ"].flatMap(Frequency.init(rawValue:)) else { return nil }
        guard Set(parts.keys).isSubset(of: ["FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "WKST"]) else { return nil }
        self.frequency = frequency
        interval = max(1, parts["INTERVAL"].flatMap { Int($0) } ?? 1)
        count = parts["COUNT"].flatMap { Int($0) }
        until = parts["UNTIL"].flatMap { CalendarTime.read($0, tzid: nil, zones: CalendarZones(fallback: zone)) }.map { time in
            // A date alone includes its whole day.
            time.allDay ? time.date.addingTimeInterval(86_399) : time.date
        }
        var weekdays: [(Int, Int)] = []
        for item in (parts["BYDAY"] ?? "").split(separator: ",") {
            let name = String(item.suffix(2))
            guard let weekday = Self.dayNames[name], let ordinal = item.dropLast(2).isEmpty ? 0 : Int(item.dropLast(2)) else { return nil }
            weekdays.append((ordinal, weekday))
        }
        self.weekdays = weekdays
        var monthDays: [Int] = []
        for item in (parts["BYMONTHDAY"] ?? "").split(separator: ",") {
            guard let day = Int(item), day != 0, abs(day) <= 31 else { return nil }
            monthDays.append(day)
        }
        self.monthDays = monthDays
    }

    /// The starts of the instances from `start` up to `end` (inclusive), in order, at the
    /// wall time of `start` in its zone; COUNT counts from the first instance, not the window.
    public func starts(from start: CalendarTime, through end: Date, limit: Int = 10_000) -> [Date] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = start.zone
        calendar.firstWeekday = 2
        let wall = calendar.dateComponents([.hour, .minute, .second], from: start.date)
        let last = min(end, until ?? end)
        var out: [Date] = []
        var taken = 0
        var period = 0
        while taken < (count ?? .max), period < limit {
            guard let base = calendar.date(byAdding: unit, value: period * interval, to: start.date) else { break }
            if base > last && period > 0 && candidatesBeginAfter(base, last, calendar) { break }
            for day in days(in: base, from: start.date, calendar: calendar) {
                var parts = calendar.dateComponents([.year, .month, .day], from: day)
                (parts.hour, parts.minute, parts.second) = (wall.hour, wall.minute, wall.second)
                guard let instance = calendar.date(from: parts), instance >= start.date else { continue }
                guard instance <= last, taken < (count ?? .max) else {
                    if instance > last { return out }
                    continue
                }
                out.append(instance)
                taken += 1
            }
            period += 1
        }
        return out
    }

    private var unit: Calendar.Component {
        switch frequency {
        case .daily: return .day
        case .weekly: return .weekOfYear
        case .monthly: return .month
        case .yearly: return .year
        }
    }

    /// Whether every day of the period that begins at `base` is past `last` (a week's days start on its Monday).
    private func candidatesBeginAfter(_ base: Date, _ last: Date, _ calendar: Calendar) -> Bool {
        switch frequency {
        case .weekly: return (calendar.dateInterval(of: .weekOfYear, for: base)?.start ?? base) > last
        case .monthly: return (calendar.dateInterval(of: .month, for: base)?.start ?? base) > last
        case .daily, .yearly: return true
        }
    }

    /// The days of one period, in order.
    private func days(in base: Date, from start: Date, calendar: Calendar) -> [Date] {
        switch frequency {
        case .daily, .yearly:
            return [base]
        case .weekly:
            guard !weekdays.isEmpty, let week = calendar.dateInterval(of: .weekOfYear, for: base) else { return [base] }
            let wanted = Set(weekdays.map(\.weekday))
            return (0..<7).compactMap { calendar.date(byAdding: .day, value: $0, to: week.start) }.filter {
                wanted.contains(calendar.component(.weekday, from: $0))
            }
        case .monthly:
            guard let month = calendar.dateInterval(of: .month, for: base),
                let length = calendar.range(of: .day, in: .month, for: base)?.count
            else { return [base] }
            let all = (0..<length).compactMap { calendar.date(byAdding: .day, value: $0, to: month.start) }
            if !monthDays.isEmpty {
                let wanted = Set(monthDays.map { $0 > 0 ? $0 : length + 1 + $0 })
                return all.filter { wanted.contains(calendar.component(.day, from: $0)) }
            }
            if !weekdays.isEmpty {
                var picked: [Date] = []
                for (ordinal, weekday) in weekdays {
                    let matching = all.filter { calendar.component(.weekday, from: $0) == weekday }
                    if ordinal == 0 {
                        picked += matching
                    } else if ordinal > 0, ordinal <= matching.count {
                        picked.append(matching[ordinal - 1])
                    } else if ordinal < 0, -ordinal <= matching.count {
                        picked.append(matching[matching.count + ordinal])
                    }
                }
                return picked.sorted()
            }
            // The start's day of the month; a month without it has no instance.
            let day = calendar.component(.day, from: start)
            return all.filter { calendar.component(.day, from: $0) == day }
        }
    }
}
