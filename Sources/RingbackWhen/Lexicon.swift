import RingbackCore

/// The words the date reader knows.
enum Lexicon {
    static let weekdays: [String: Weekday] = [
        "monday": .mon, "mon": .mon, "mondays": .mon,
        "tuesday": .tue, "tue": .tue, "tues": .tue, "tuesdays": .tue,
        "wednesday": .wed, "wed": .wed, "weds": .wed, "wednesdays": .wed,
        "thursday": .thu, "thu": .thu, "thur": .thu, "thurs": .thu, "thursdays": .thu,
        "friday": .fri, "fri": .fri, "fridays": .fri,
        "saturday": .sat, "sat": .sat, "saturdays": .sat,
        "sunday": .sun, "sun": .sun, "sundays": .sun,
        // Typed in a hurry: letters swapped, doubled or left out ("thrusday", "wensday").
        "monady": .mon, "mondy": .mon, "mnday": .mon, "tusday": .tue, "tuesay": .tue, "teusday": .tue, "tuseday": .tue,
        "wensday": .wed, "wendsday": .wed, "wednsday": .wed, "wendesday": .wed, "wednesay": .wed, "wedensday": .wed,
        "thrusday": .thu, "thurday": .thu, "thursay": .thu, "thurzday": .thu, "thusday": .thu, "thurdsay": .thu,
        "thrursday": .thu, "firday": .fri, "fryday": .fri, "frday": .fri, "fridy": .fri, "satuday": .sat, "saturady": .sat,
        "satruday": .sat, "sunady": .sun, "sundy": .sun,
    ]

    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
        // As typed in a hurry.
        "janurary": 1, "januray": 1, "febuary": 2, "feburary": 2, "febrary": 2, "febraury": 2, "apirl": 4, "agust": 8,
        "augest": 8, "septmber": 9, "setpember": 9, "ocotber": 10, "octobre": 10, "novmber": 11, "novemeber": 11,
        "decmber": 12, "decemeber": 12,
    ]

    /// A season's first month.
    static let seasons: [String: Int] = ["spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12]

    /// Words before a month, season or holiday that make it a time to come back ("in april").
    static let yearLeads: Set<String> = [
        "in", "till", "til", "until", "by", "around", "into", "through", "during", "once", "come", "this", "next",
        "after", "post", "over", "before", "try", "ping",
    ]

    /// Months that are also first names: after "try" or "ping" ("try may", "ping april") they are people.
    static let namedMonths: Set<String> = ["may", "april", "june", "august"]

    static let numbers: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45, "sixty": 60, "ninety": 90,
        "couple": 2, "few": 3, "several": 3,
    ]

    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
        "thirtieth": 30,
    ]

    /// Things counted by an ordinal that is not a day: "the 2nd mtg", "the 3rd round", "the
    /// 4th try".
    static let counted: Set<String> = [
        "meeting", "meetings", "mtg", "mtgs", "call", "calls", "round", "rounds", "interview", "interviews", "email", "emails", "time",
        "times", "try", "tries", "attempt", "attempts", "one", "touch", "follow", "followup", "follow-up", "vm", "voicemail",
        "message", "msg", "text", "visit", "demo", "pitch", "partner", "person", "guy", "investor", "fund", "draft", "version",
        "week", "day", "month", "quarter", "year", "floor", "place", "step", "stage", "reminder", "nudge", "ping", "intro", "offer",
        "coffee", "date", "showing", "tour", "quote", "proposal",
    ]

    static let tomorrow: Set<String> = ["tomorrow", "tmrw", "tmr", "tmw", "tomorow", "tommorow", "tommorrow", "2moro", "tomoz"]

    /// Words that only pad a date phrase: "on", "the", "at", ...
    static let fillers: Set<String> = ["on", "the", "at", "around", "about", "by", "in", "of", "for", "this", "before"]

    /// Words that turn the date after them into one already past ("last friday").
    static let backwards: Set<String> = ["last", "past", "previous"]

    /// Words that only make sense as part of a date or time.
    static let dateWords: Set<String> = [
        "today", "tonight", "tonite", "yesterday", "week", "weeks", "fortnight", "month", "months", "year", "years", "weekend", "morning",
        "afternoon", "evening", "noon", "midday", "midnight", "am", "pm", "oclock", "o'clock", "eod", "eow", "eom", "cob", "quarter",
        "hour", "hours", "minute", "minutes", "mins", "hrs",
    ]

    /// A token that belongs to a date phrase: a number, a weekday, a month, "tomorrow", "week", ...
    static func isDateWord(_ token: Token) -> Bool {
        if token.kind == .numeric { return token.numeric != nil || Grammar.quarter(token.text) != nil }
        guard token.kind == .word else { return false }
        let w = token.text
        return weekdays[w] != nil || (months[w] != nil && w != "may" && w != "mar") || tomorrow.contains(w) || dateWords.contains(w)
            || ordinals[w] != nil && w != "first" && w != "second"
    }

    /// Words that mean "some time, not saying when".
    static let vague: [String] = [
        "sometime", "some time", "someday", "some day", "at some point", "later", "soon", "whenever", "eventually",
        "down the road", "one of these days", "in a while", "in the future", "no idea", "not sure when",
    ]
}
