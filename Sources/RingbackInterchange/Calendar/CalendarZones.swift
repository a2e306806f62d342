import Foundation

/// The zones one iCalendar text's times are in. A `TZID` names an IANA zone, one of
/// Outlook's Windows names, or a `VTIMEZONE` the file defines itself (Outlook's "Customized
/// Time Zone"), taken as the IANA zone with the same offsets and the same months of change.
/// A name none of these resolves is read in the user's own zone, and the time says so.
public struct CalendarZones: Sendable {
    /// The user's zone: for floating times, whole days and names not known.
    public var fallback: TimeZone
    var defined: [String: TimeZone]

    public init(fallback: TimeZone, defined: [String: TimeZone] = [:]) {
        (self.fallback, self.defined) = (fallback, defined)
    }

    /// The zone a time with this `TZID` is in, and whether the name was known.
    func zone(_ tzid: String?) -> (zone: TimeZone, known: Bool) {
        guard let tzid else { return (fallback, true) }
        if let zone = CalendarTime.zone(named: tzid) ?? defined[tzid] { return (zone, true) }
        return (fallback, false)
    }

    /// The zones the `VTIMEZONE` blocks among `lines` define, by their TZID.
    static func defined(in lines: [ContentLine], fallback: TimeZone) -> CalendarZones {
        var zones = CalendarZones(fallback: fallback)
        var tzid: String?
        var part: String?
        var offsets: [String: (start: String, offset: Int, month: Int?)] = [:]
        var start = ""
        var offset: Int?
        var month: Int?
        for line in lines {
            switch (line.name, line.value.uppercased()) {
            case ("BEGIN", "VTIMEZONE"): (tzid, offsets) = (nil, [:])
            case ("BEGIN", "STANDARD"), ("BEGIN", "DAYLIGHT"): (part, start, offset, month) = (line.value.uppercased(), "", nil, nil)
            case ("TZID", _) where part == nil: tzid = line.value
            case ("DTSTART", _) where part != nil: start = line.value
            case ("TZOFFSETTO", _) where part != nil: offset = Self.seconds(line.value)
            case ("RRULE", _) where part != nil: month = Self.month(line.value)
            case ("END", "STANDARD"), ("END", "DAYLIGHT"):
                // Of several blocks (older rules), the one that starts last holds.
                if let kind = part, let offset, start >= offsets[kind]?.start ?? "" {
                    offsets[kind] = (start, offset, month ?? Int(start.dropFirst(4).prefix(2)))
                }
                part = nil
            case ("END", "VTIMEZONE"):
                if let tzid, CalendarTime.zone(named: tzid) == nil, let standard = offsets["STANDARD"] {
                    let daylight = offsets["DAYLIGHT"]
                    zones.defined[tzid] = Self.matching(
                        standard: standard.offset, daylight: daylight.map { ($0.offset, $0.month, standard.month) })
                }
                tzid = nil
            default: break
            }
        }
        return zones
    }

    /// The IANA zone with these offsets in 2026 (and, with a daylight time, changing clocks in
    /// these months); a fixed offset when none has them.
    static func matching(standard: Int, daylight: (offset: Int, month: Int?, back: Int?)?) -> TimeZone {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let january = utc.date(from: DateComponents(year: 2026, month: 1, day: 15))!
        let july = utc.date(from: DateComponents(year: 2026, month: 7, day: 15))!
        let newYear = utc.date(from: DateComponents(year: 2026, month: 1, day: 1))!
        func changeMonths(_ zone: TimeZone) -> Set<Int> {
            var months: Set<Int> = []
            var after = newYear
            for _ in 0..<2 {
                guard let change = zone.nextDaylightSavingTimeTransition(after: after) else { break }
                months.insert(utc.component(.month, from: change))
                after = change
            }
            return months
        }
        let wanted = daylight.map { Set([$0.month, $0.back].compactMap { $0 }) }
        for name in TimeZone.knownTimeZoneIdentifiers.sorted() where name.contains("/") && !name.hasPrefix("Etc/") {
            guard let zone = TimeZone(identifier: name) else { continue }
            let offsets = Set([zone.secondsFromGMT(for: january), zone.secondsFromGMT(for: july)])
            guard offsets == Set([standard, daylight?.offset ?? standard]) else { continue }
            if let wanted, !wanted.isEmpty, changeMonths(zone) != wanted { continue }
            return zone
        }
        return TimeZone(secondsFromGMT: standard) ?? TimeZone(identifier: "UTC")!
    }

    /// "+0530", "-0400", "+010000" in seconds.
    static func seconds(_ text: String) -> Int? {
        let value = text.trimmingCharacters(in: .whitespaces)
        guard let sign = value.first, sign == "+" || sign == "-" else { return nil }
        let digits = Array(value.dropFirst())
        guard digits.count >= 4, digits.allSatisfy(\.isNumber), let hours = Int(String(digits[0..<2])),
            let minutes = Int(String(digits[2..<4]))
        else { return nil }
        return (sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
    }

    private static func month(_ rule: String) -> Int? {
        rule.split(separator: ";").first { $0.uppercased().hasPrefix("BYMONTH=") }.flatMap { Int($0.dropFirst(8)) }
    }
}
