import Foundation

/// A DATE or DATE-TIME value as calendars write it: UTC ("20261204T150000Z"), in a named
/// zone (`TZID=America/New_York`, also Outlook's "/mozilla.org/.../Europe/Paris" forms),
/// floating (the user's own zone), or a whole day (`VALUE=DATE`, or 8 digits).
public struct CalendarTime: Equatable, Sendable {
    public var date: Date
    public var allDay: Bool
    /// The zone its wall time is in: recurrences keep that wall time across clock changes.
    public var zone: TimeZone
    /// Its TZID named a zone neither this system nor the file knows: read in the user's zone.
    public var zoneUnknown = false

    public init(date: Date, allDay: Bool, zone: TimeZone) {
        (self.date, self.allDay, self.zone) = (date, allDay, zone)
    }

    /// Reads one value; nil when it is not a date.
    public static func read(_ value: String, tzid: String?, zones: CalendarZones) -> CalendarTime? {
        let digits = value.trimmingCharacters(in: .whitespaces)
        let utc = digits.hasSuffix("Z")
        let (zone, known) = utc ? (TimeZone(identifier: "UTC")!, true) : zones.zone(tzid)
        let fallback = zones.fallback
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let chars = Array(digits.replacingOccurrences(of: "Z", with: ""))
        func number(_ from: Int, _ count: Int) -> Int? {
            guard chars.count >= from + count else { return nil }
            return Int(String(chars[from..<from + count]))
        }
        guard let year = number(0, 4), let month = number(4, 2), let day = number(6, 2), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var parts = DateComponents(year: year, month: month, day: day)
        let allDay = chars.count == 8
        if !allDay {
            guard chars.count >= 15, chars[8] == "T", let hour = number(9, 2), let minute = number(11, 2), let second = number(13, 2) else {
                return nil
            }
            (parts.hour, parts.minute, parts.second) = (hour, minute, second)
        }
        guard let date = calendar.date(from: parts) else { return nil }
        var time = CalendarTime(date: date, allDay: allDay, zone: allDay ? fallback : zone)
        time.zoneUnknown = !allDay && !known
        return time
    }

    /// The zone a TZID names: an IANA name, Outlook's Windows name, or one at the end of a longer path.
    static func zone(named name: String) -> TimeZone? {
        if let zone = TimeZone(identifier: name) { return zone }
        if let iana = windowsZones[name.trimmingCharacters(in: .whitespaces)] { return TimeZone(identifier: iana) }
        let pieces = name.split(separator: "/")
        for start in pieces.indices.dropFirst() {
            if let zone = TimeZone(identifier: pieces[start...].joined(separator: "/")) { return zone }
        }
        return nil
    }

    /// Every value of a list property (EXDATE can hold several, comma-separated).
    static func list(_ line: ContentLine, zones: CalendarZones) -> [CalendarTime] {
        line.value.split(separator: ",").compactMap { read(String($0), tzid: line.parameters["TZID"], zones: zones) }
    }

    /// Outlook and Exchange write Windows zone names; the IANA zone of each (CLDR's
    /// windowsZones, territory 001), for the zones most meetings are in.
    static let windowsZones: [String: String] = [
        "Dateline Standard Time": "Etc/GMT+12", "Hawaiian Standard Time": "Pacific/Honolulu", "Alaskan Standard Time": "America/Anchorage",
        "Pacific Standard Time": "America/Los_Angeles", "US Mountain Standard Time": "America/Phoenix",
        "Mountain Standard Time": "America/Denver", "Central Standard Time": "America/Chicago",
        "Central America Standard Time": "America/Guatemala", "Canada Central Standard Time": "America/Regina",
        "Central Standard Time (Mexico)": "America/Mexico_City", "Eastern Standard Time": "America/New_York",
        "US Eastern Standard Time": "America/Indianapolis", "Atlantic Standard Time": "America/Halifax",
        "Newfoundland Standard Time": "America/St_Johns", "E. South America Standard Time": "America/Sao_Paulo",
        "Argentina Standard Time": "America/Buenos_Aires", "SA Pacific Standard Time": "America/Bogota", "UTC": "Etc/UTC",
        "GMT Standard Time": "Europe/London", "Greenwich Standard Time": "Atlantic/Reykjavik", "W. Europe Standard Time": "Europe/Berlin",
        "Central Europe Standard Time": "Europe/Budapest", "Romance Standard Time": "Europe/Paris",
        "Central European Standard Time": "Europe/Warsaw", "W. Central Africa Standard Time": "Africa/Lagos",
        "GTB Standard Time": "Europe/Bucharest", "FLE Standard Time": "Europe/Kiev", "E. Europe Standard Time": "Europe/Chisinau",
        "Israel Standard Time": "Asia/Jerusalem", "South Africa Standard Time": "Africa/Johannesburg",
        "Egypt Standard Time": "Africa/Cairo",
        "Turkey Standard Time": "Europe/Istanbul", "Russian Standard Time": "Europe/Moscow", "Arabian Standard Time": "Asia/Dubai",
        "Arab Standard Time": "Asia/Riyadh", "Pakistan Standard Time": "Asia/Karachi", "India Standard Time": "Asia/Calcutta",
        "Bangladesh Standard Time": "Asia/Dhaka", "SE Asia Standard Time": "Asia/Bangkok", "China Standard Time": "Asia/Shanghai",
        "Singapore Standard Time": "Asia/Singapore", "Taipei Standard Time": "Asia/Taipei", "Tokyo Standard Time": "Asia/Tokyo",
        "Korea Standard Time": "Asia/Seoul", "AUS Eastern Standard Time": "Australia/Sydney",
        "E. Australia Standard Time": "Australia/Brisbane",
        "Cen. Australia Standard Time": "Australia/Adelaide", "W. Australia Standard Time": "Australia/Perth",
        "New Zealand Standard Time": "Pacific/Auckland",
    ]
}
