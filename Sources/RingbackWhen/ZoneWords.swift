import Foundation

/// Words after a time that say whose clock it is on: "9am his time", "10 EST", "3pm
/// pacific", "2pm London time", "11 CET".
public enum ZoneWords {
    /// Whose clock the words name.
    enum Clock: Equatable {
        /// "his time", "her time", "their time": the contact's own zone.
        case theirs
        case named(String)
    }

    /// The clock named by the tokens from `start`, and where its words end; nil when none.
    static func clock(in tokens: [Token], from start: Int) -> (clock: Clock, end: Int)? {
        var index = start
        if index < tokens.count, tokens[index].text == "in" { index += 1 }
        guard index < tokens.count else { return nil }
        let first = tokens[index].text
        // "his time", "her local time".
        if ["his", "her", "their", "its"].contains(first) {
            var end = index + 1
            if end < tokens.count, tokens[end].text == "local" { end += 1 }
            guard end < tokens.count, tokens[end].text == "time" else { return nil }
            return (.theirs, end + 1)
        }
        // Two words first ("new york", "hong kong"), then one; "time" after either is theirs too.
        for length in [2, 1] where index + length <= tokens.count {
            let words = tokens[index..<index + length].map(\.text).joined(separator: " ")
            let zone = abbreviations[words] ?? places[words]
            guard let zone else { continue }
            var end = index + length
            let saysTime = end < tokens.count && tokens[end].text == "time"
            if saysTime { end += 1 }
            // A place alone is not a clock ("call him in london"): it needs "time" after it.
            guard abbreviations[words] != nil || saysTime else { continue }
            return (.named(zone), end)
        }
        return nil
    }

    /// Zone words and abbreviations, read by themselves.
    static let abbreviations: [String: String] = [
        "pacific": "America/Los_Angeles", "pt": "America/Los_Angeles", "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles",
        "eastern": "America/New_York", "et": "America/New_York", "est": "America/New_York", "edt": "America/New_York",
        "central": "America/Chicago", "ct": "America/Chicago", "cst": "America/Chicago", "cdt": "America/Chicago",
        "mountain": "America/Denver", "mt": "America/Denver", "mst": "America/Denver", "mdt": "America/Denver",
        "cet": "Europe/Paris", "cest": "Europe/Paris", "gmt": "Europe/London", "bst": "Europe/London", "utc": "UTC",
        "jst": "Asia/Tokyo", "aest": "Australia/Sydney", "aedt": "Australia/Sydney", "sgt": "Asia/Singapore",
    ]

    /// The zone of a place someone is said to be in: "he's in NYC", "based in london", "in our
    /// NYC office"; nil
    /// when no known place follows "in".
    public static func placeZone(in text: String) -> String? {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        for index in words.indices.dropLast() where words[index] == "in" {
            // "in our NYC office", "in the london office": the place after a possessive or "the".
            let start = ["our", "the", "their", "his", "her", "its"].contains(words[index + 1]) ? index + 1 : index
            for length in [2, 1] where start + length < words.count {
                if let zone = places[words[start + 1...start + length].joined(separator: " ")] { return zone }
            }
        }
        return nil
    }

    /// Places whose clock is named with "time" after them ("London time").
    static let places: [String: String] = [
        "london": "Europe/London", "uk": "Europe/London", "paris": "Europe/Paris", "berlin": "Europe/Berlin",
        "madrid": "Europe/Madrid", "amsterdam": "Europe/Amsterdam", "dublin": "Europe/Dublin", "lisbon": "Europe/Lisbon",
        "tokyo": "Asia/Tokyo", "japan": "Asia/Tokyo", "sydney": "Australia/Sydney", "melbourne": "Australia/Melbourne",
        "singapore": "Asia/Singapore", "dubai": "Asia/Dubai", "mumbai": "Asia/Kolkata", "india": "Asia/Kolkata",
        "bangalore": "Asia/Kolkata", "hong kong": "Asia/Hong_Kong", "new york": "America/New_York", "ny": "America/New_York",
        "nyc": "America/New_York", "boston": "America/New_York", "toronto": "America/Toronto", "chicago": "America/Chicago",
        "denver": "America/Denver", "la": "America/Los_Angeles", "sf": "America/Los_Angeles",
        "san francisco": "America/Los_Angeles", "seattle": "America/Los_Angeles", "vancouver": "America/Vancouver",
        "sao paulo": "America/Sao_Paulo", "mexico city": "America/Mexico_City", "austin": "America/Chicago",
        "dallas": "America/Chicago", "houston": "America/Chicago", "san antonio": "America/Chicago", "texas": "America/Chicago",
        "minneapolis": "America/Chicago", "nashville": "America/Chicago", "kansas city": "America/Chicago",
        "new orleans": "America/Chicago", "st louis": "America/Chicago", "atlanta": "America/New_York", "miami": "America/New_York",
        "florida": "America/New_York", "philly": "America/New_York", "philadelphia": "America/New_York", "dc": "America/New_York",
        "charlotte": "America/New_York", "detroit": "America/New_York", "orlando": "America/New_York", "tampa": "America/New_York",
        "phoenix": "America/Phoenix", "arizona": "America/Phoenix", "salt lake": "America/Denver", "boulder": "America/Denver",
        "portland": "America/Los_Angeles", "san diego": "America/Los_Angeles", "los angeles": "America/Los_Angeles",
        "vegas": "America/Los_Angeles", "las vegas": "America/Los_Angeles", "california": "America/Los_Angeles",
        "cali": "America/Los_Angeles", "honolulu": "Pacific/Honolulu", "hawaii": "Pacific/Honolulu",
    ]
}
