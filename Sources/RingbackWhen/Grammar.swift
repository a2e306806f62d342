import Foundation
import RingbackCore

/// The date-phrase grammar over tokens. Each rule takes a token position and returns what it
/// read and the position after it, or nil. Nothing here knows the date: `Resolver` does that.
struct Grammar {
    let tokens: [Token]
    let dateOrder: DateOrder

    // MARK: - Phrases

    /// A day and/or a time in either order, or an offset in minutes or hours.
    func phrase(at i: Int) -> (Phrase, Int)? {
        if let (minutes, next) = minutesFromNow(at: i) { return (Phrase(minutesFromNow: minutes), next) }
        if let (day, afterDay) = day(at: i) {
            var phrase = Phrase(day: day.spec, time: day.impliedTime, saidToday: day.saidToday)
            var end = afterDay
            if let (time, afterTime) = refinedTime(at: skipJoiners(afterDay)) {
                phrase.time = time.spec
                phrase.saidToday = phrase.saidToday || time.saidToday
                end = afterTime
            }
            return (phrase, end)
        }
        if let (time, afterTime) = refinedTime(at: i) {
            var phrase = Phrase(time: time.spec, saidToday: time.saidToday)
            var end = afterTime
            if let (day, afterDay) = day(at: skipJoiners(afterTime)) {
                phrase.day = day.spec
                phrase.saidToday = phrase.saidToday || day.saidToday
                end = afterDay
            }
            if !time.strong && phrase.day == nil { return nil }
            return (phrase, end)
        }
        return nil
    }

    /// "in an hour", "in 90 minutes", "45 minutes from now", "in 1d 2hr 5min", "in 2 hours 30 minutes".
    func minutesFromNow(at i: Int) -> (Int, Int)? {
        var j = i
        let leading = word(j) == "in" || word(j) == "within"
        if leading { j += 1 }
        if leading, word(j) == "half", word(j + 1) == "an", word(j + 2) == "hour" { return (30, j + 3) }
        var total = 0
        var sawHoursOrMinutes = false
        var parts = 0
        while let (minutes, unitIsDays, next) = durationPart(at: j) {
            total += minutes
            sawHoursOrMinutes = sawHoursOrMinutes || !unitIsDays
            parts += 1
            j = next
            if word(j) == "and" { j += 1 }
        }
        if parts > 0, word(j - 1) == "and" { j -= 1 }
        // Days alone are a day, not a moment: "in 3 days" is read by offsetDay.
        guard parts > 0, sawHoursOrMinutes, total <= 525_600 else { return nil }
        if word(j) == "from", word(j + 1) == "now" { j += 2 } else if !leading { return nil }
        return (total, j)
    }

    /// One part of a duration, in minutes: "2 hours", "5min", "1d", "an hour"; and whether it counted days.
    func durationPart(at i: Int) -> (Int, Bool, Int)? {
        guard i < tokens.count else { return nil }
        if tokens[i].kind == .numeric {
            // "1d", "2hr", "5min", "90m": digits and a unit in one token.
            let text = tokens[i].text
            let digits = text.prefix { $0.isNumber }
            // At most six digits: "111111111111111111d" is not a duration (and would overflow).
            if digits.count <= 6, let n = Int(digits), let minutes = Self.minutesPerUnit[String(text.dropFirst(digits.count))] {
                return (n * minutes, minutes == 1_440, i + 1)
            }
        }
        guard let (count, afterCount) = quantity(at: i), let unit = word(afterCount), let minutes = Self.minutesPerUnit[unit] else {
            return nil
        }
        return (count * minutes, minutes == 1_440, afterCount + 1)
    }

    static let minutesPerUnit: [String: Int] = [
        "m": 1, "min": 1, "mins": 1, "minute": 1, "minutes": 1, "h": 60, "hr": 60, "hrs": 60, "hour": 60, "hours": 60,
        "d": 1_440, "day": 1_440, "days": 1_440,
    ]

    // MARK: - Days

    struct DayMatch {
        var spec: DaySpec
        var impliedTime: TimeSpec? = nil
        var saidToday = false
    }

    func day(at i: Int) -> (DayMatch, Int)? {
        guard i < tokens.count else { return nil }
        if let found = relativeDay(at: i) ?? offsetDay(at: i) ?? calendarDay(at: i) ?? weekdayDay(at: i) ?? namedPeriod(at: i)
            ?? timeOfYear(at: i)
        {
            return found
        }
        return nil
    }

    func relativeDay(at i: Int) -> (DayMatch, Int)? {
        guard let w = word(i) else { return nil }
        if w == "today" { return (DayMatch(spec: .today, saidToday: true), i + 1) }
        if ["tonight", "tonite", "2nite"].contains(w) { return (DayMatch(spec: .today, impliedTime: .tonight, saidToday: true), i + 1) }
        if Lexicon.tomorrow.contains(w) { return (DayMatch(spec: .tomorrow), i + 1) }
        // Read so that the caller can say it is past, rather than that there is no date.
        if w == "yesterday" { return (DayMatch(spec: .offset(-1, .days)), i + 1) }
        // "(the) day after tomorrow"
        var j = i
        if w == "the" { j += 1 }
        if word(j) == "day", word(j + 1) == "after", let t = word(j + 2), Lexicon.tomorrow.contains(t) {
            return (DayMatch(spec: .offset(2, .days)), j + 3)
        }
        return nil
    }

    /// "in 3 days", "within two weeks", "a couple of days", "3 days from now", "in 3 business days",
    /// "2 days after next friday", "a week from friday".
    func offsetDay(at i: Int) -> (DayMatch, Int)? {
        var j = i
        let leading = word(j) == "in" || word(j) == "within"
        if leading { j += 1 }
        if leading || word(j) == "a", word(j + (word(j) == "a" ? 1 : 0)) == "fortnight" {
            // "in a fortnight", "a fortnight today".
            let afterUnit = j + (word(j) == "a" ? 2 : 1)
            if let base = weekBase(at: afterUnit) { return (DayMatch(spec: .after(base.0, days: 14)), base.1) }
            return (DayMatch(spec: .offset(14, .days)), afterUnit)
        }
        guard let (count, afterCount) = quantity(at: j), let (unit, afterUnit) = dayUnit(at: afterCount) else { return nil }
        // "a week today", "two weeks tomorrow", "a week on friday".
        if unit == .weeks, let (base, end) = weekBase(at: afterUnit) { return (DayMatch(spec: .after(base, days: count * 7)), end) }
        let vagueCount = ["couple", "few", "several"].contains(word(j) ?? "") || ["couple", "few", "several"].contains(word(j + 1) ?? "")
        if word(afterUnit) == "after" || (word(afterUnit) == "from" && word(afterUnit + 1) != "now") {
            guard unit != .months, unit != .years, let (base, end) = day(at: afterUnit + 1) else { return nil }
            let days = unit == .weeks ? count * 7 : count
            return (DayMatch(spec: .after(base.spec, days: days), impliedTime: base.impliedTime), end)
        }
        if word(afterUnit) == "from", word(afterUnit + 1) == "now" { return (DayMatch(spec: .offset(count, unit)), afterUnit + 2) }
        if word(afterUnit) == "later" || word(afterUnit) == "out" { return (DayMatch(spec: .offset(count, unit)), afterUnit + 1) }
        guard leading || vagueCount else { return nil }
        return (DayMatch(spec: .offset(count, unit)), afterUnit)
    }

    /// The day a "week ..." counts from: "today", "tomorrow", "on friday".
    func weekBase(at i: Int) -> (DaySpec, Int)? {
        if word(i) == "today" { return (.today, i + 1) }
        if let w = word(i), Lexicon.tomorrow.contains(w) { return (.tomorrow, i + 1) }
        if word(i) == "on", let w = word(i + 1), let day = Lexicon.weekdays[w] { return (.weekday(day, .coming), i + 2) }
        return nil
    }

    func dayUnit(at i: Int) -> (DaySpec.Unit, Int)? {
        guard let w = word(i) else { return nil }
        switch w {
        case "day", "days": return (.days, i + 1)
        case "week", "weeks", "wk", "wks": return (.weeks, i + 1)
        case "month", "months", "mo", "mos", "mth", "mths": return (.months, i + 1)
        case "year", "years", "yr", "yrs": return (.years, i + 1)
        case "business", "working", "work":
            if word(i + 1) == "day" || word(i + 1) == "days" { return (.businessDays, i + 2) }
            return nil
        case "workday", "workdays", "weekday", "weekdays": return (.businessDays, i + 1)
        default: return nil
        }
    }

    /// "3", "three", "a", "a couple of", "a few".
    func quantity(at i: Int) -> (Int, Int)? {
        guard i < tokens.count else { return nil }
        if case .numeric = tokens[i].kind, case .integer(let n)? = tokens[i].numeric, n > 0, n <= 1000 {
            return (n, i + 1)
        }
        guard var w = word(i) else { return nil }
        var j = i
        if w == "a" || w == "an", let next = word(i + 1), ["couple", "few"].contains(next) {
            j += 1
            w = next
        }
        guard let n = Lexicon.numbers[w] else { return nil }
        j += 1
        if (w == "couple" || w == "few" || w == "several") && word(j) == "of" { j += 1 }
        return (n, j)
    }

    /// "Dec 21", "21 December", "December 21st, 2027", "the 14th", "14th of July", "12/21", ISO.
    func calendarDay(at i: Int) -> (DayMatch, Int)? {
        // "after jan 5": the first working day after it, as "after christmas" is.
        if word(i - 1) == "after", let (found, end) = dateOnly(at: i) {
            var later = found
            later.spec = .workingDayAfter(found.spec)
            return (later, end)
        }
        return dateOnly(at: i)
    }

    private func dateOnly(at i: Int) -> (DayMatch, Int)? {
        var j = i
        // A weekday before a calendar date is only a reminder: "Thursday the 14th", "Thu, Dec 21".
        if let w = word(j), Lexicon.weekdays[w] != nil {
            j += 1
            if tokens.indices.contains(j), tokens[j].kind == .comma { j += 1 }
            guard j < tokens.count, let found = dateOnly(at: j) else { return nil }
            return found
        }
        if word(j) == "the" { j += 1 }
        guard j < tokens.count else { return nil }
        // Month name first.
        if let w = word(j), let month = Lexicon.months[w], let (day, afterDay) = dayOfMonth(at: j + 1, allowPlain: true) {
            let (year, end) = year(at: afterDay)
            return (DayMatch(spec: .calendar(month: month, day: day, year: year)), end)
        }
        // Day first: "21 December", "14th of July", "the 14th".
        if let (day, afterDay) = dayOfMonth(at: j, allowPlain: word(i) != "the") {
            var k = afterDay
            if word(k) == "of" { k += 1 }
            if let w = word(k), let month = Lexicon.months[w] {
                let (year, end) = year(at: k + 1)
                return (DayMatch(spec: .calendar(month: month, day: day, year: year)), end)
            }
            // "the 3rd of next month", "the 15th of this month".
            if word(k - 1) == "of", word(k) == "next" || word(k) == "this", word(k + 1) == "month" {
                return (DayMatch(spec: .monthDay(day: day, monthsAhead: word(k) == "next" ? 1 : 0)), k + 2)
            }
            // Without a month, only an ordinal counts: "the 14th", "on the fourteenth"; not
            // one that counts something ("the 2nd mtg", "the 3rd round").
            if isOrdinal(at: j), !Lexicon.counted.contains(word(afterDay) ?? "") {
                return (DayMatch(spec: .calendar(month: nil, day: day, year: nil)), afterDay)
            }
            return nil
        }
        guard j == i, case .numeric = tokens[j].kind, let numeric = tokens[j].numeric else { return nil }
        switch numeric {
        case let .slash(a, b, year):
            let (month, day) = dateOrder == .monthFirst ? (a, b) : (b, a)
            if (1...12).contains(month), (1...31).contains(day) {
                return (DayMatch(spec: .calendar(month: month, day: day, year: year)), j + 1)
            }
            if (1...12).contains(day), (1...31).contains(month) {  // only one reading makes sense
                return (DayMatch(spec: .calendar(month: day, day: month, year: year)), j + 1)
            }
            return nil
        case .iso(let text):
            guard let when = When.iso8601(text.uppercased(), calendar: isoCalendar) else { return nil }
            return (DayMatch(spec: .exact(when.date), impliedTime: when.timed ? .clock(clock(of: text)) : nil), j + 1)
        default:
            return nil
        }
    }

    /// ISO dates are read on a UTC Gregorian calendar and only their fields are kept.
    private var isoCalendar: BusinessCalendar { BusinessCalendar(timeZone: TimeZone(identifier: "UTC")!, workingDays: []) }

    private func clock(of iso: String) -> ClockTime {
        let time = iso.split(separator: "t").last.map(String.init) ?? ""
        let parts = time.split(separator: ":")
        return ClockTime(hour: Int(parts.first ?? "") ?? 0, minute: parts.count > 1 ? Int(parts[1].prefix(2)) ?? 0 : 0) ?? ClockTime(
            hour: 0, minute: 0)!
    }

    func dayOfMonth(at i: Int, allowPlain: Bool) -> (Int, Int)? {
        guard i < tokens.count else { return nil }
        // Ordinal words need "the" or a month beside them: "first thing" is not the 1st.
        if let w = word(i), let n = Lexicon.ordinals[w] {
            let nearMonth =
                Lexicon.months[word(i + 1) ?? ""] != nil || (word(i + 1) == "of" && Lexicon.months[word(i + 2) ?? ""] != nil)
                || Lexicon.months[word(i - 1) ?? ""] != nil
            return word(i - 1) == "the" || nearMonth ? (n, i + 1) : nil
        }
        guard case .numeric = tokens[i].kind, let numeric = tokens[i].numeric else { return nil }
        switch numeric {
        case .ordinal(let n) where (1...31).contains(n): return (n, i + 1)
        case .integer(let n) where allowPlain && (1...31).contains(n) && tokens[i].text.count <= 2: return (n, i + 1)
        default: return nil
        }
    }

    func isOrdinal(at i: Int) -> Bool {
        if let w = word(i) { return Lexicon.ordinals[w] != nil }
        if case .ordinal? = tokens[i].numeric { return true }
        return false
    }

    func year(at i: Int) -> (Int?, Int) {
        var j = i
        if j < tokens.count, tokens[j].kind == .comma { j += 1 }
        if j < tokens.count, case .numeric = tokens[j].kind, case .integer(let y)? = tokens[j].numeric,
            tokens[j].text.count == 4, (2000...2100).contains(y)
        {
            return (y, j + 1)
        }
        return (nil, i)
    }

    /// "friday", "this friday", "next friday", "friday next week", "next week tuesday", "coming friday".
    func weekdayDay(at i: Int) -> (DayMatch, Int)? {
        var j = i
        var mode = DaySpec.WeekdayMode.coming
        switch word(j) {
        case "this":
            mode = .this
            j += 1
            if word(j) == "coming" {
                mode = .coming
                j += 1
            }
        case "next":
            if word(j + 1) == "week", let w = word(j + 2), let day = Lexicon.weekdays[w] {
                return (DayMatch(spec: .weekday(day, .nextWeek)), j + 3)
            }
            mode = .nextWeek
            j += 1
        case "coming", "upcoming":
            j += 1
        case "on":
            j += 1
        default:
            break
        }
        guard let w = word(j), let day = Lexicon.weekdays[w] else { return nil }
        // "sat down with", "sun in my eyes": the verb and the noun, not the days.
        if w == "sat" || w == "sun", let after = word(j + 1),
            ["down", "with", "in", "on", "through", "there", "outside", "out"].contains(after)
        {
            return nil
        }
        j += 1
        if word(j) == "next", word(j + 1) == "week" { return (DayMatch(spec: .weekday(day, .nextWeek)), j + 2) }
        if word(j) == "this", word(j + 1) == "week" { return (DayMatch(spec: .weekday(day, .this)), j + 2) }
        if word(j) == "of", word(j + 1) == "next" || word(j + 1) == "this", word(j + 2) == "week" {
            return (DayMatch(spec: .weekday(day, word(j + 1) == "next" ? .nextWeek : .this)), j + 3)
        }
        // "friday week", "monday fortnight": a week (two) after the coming one.
        if word(j) == "week", word(j + 1) != "after" { return (DayMatch(spec: .after(.weekday(day, mode), days: 7)), j + 1) }
        if word(j) == "fortnight" { return (DayMatch(spec: .after(.weekday(day, mode), days: 14)), j + 1) }
        if word(j) == "week", word(j + 1) == "after", word(j + 2) == "next" {
            return (DayMatch(spec: .after(.weekday(day, .nextWeek), days: 7)), j + 3)
        }
        return (DayMatch(spec: .weekday(day, mode)), j)
    }

    /// "next week", "next month", "end of the week", "end of the month", "beginning of next
    /// month", "this weekend", "eow".
    func namedPeriod(at i: Int) -> (DayMatch, Int)? {
        guard let first = word(i) else { return nil }
        switch first {
        case "eow": return (DayMatch(spec: .endOfWeek(next: false)), i + 1)
        case "eom": return (DayMatch(spec: .monthEnd(monthsAhead: 0)), i + 1)
        case "weekend": return (DayMatch(spec: .weekend(next: false)), i + 1)
        // "week after next", without "the".
        case "week", "wk":
            guard word(i + 1) == "after", word(i + 2) == "next" else { return nil }
            return (DayMatch(spec: .after(.nextWeek, days: 7)), i + 3)
        case "next":
            switch word(i + 1) {
            case "week", "wk": return (DayMatch(spec: .nextWeek), i + 2)
            case "month": return (DayMatch(spec: .monthStart(monthsAhead: 1)), i + 2)
            // "next year": its first working day, as "the new year".
            case "year", "yr": return (DayMatch(spec: .holiday(.newYear, .on)), i + 2)
            case "weekend": return (DayMatch(spec: .weekend(next: true)), i + 2)
            case "business", "working", "work":
                guard word(i + 2) == "day" else { return nil }
                return (DayMatch(spec: .offset(1, .businessDays)), i + 3)
            case "workday", "weekday": return (DayMatch(spec: .offset(1, .businessDays)), i + 2)
            default: return nil
            }
        case "this", "the":
            if word(i + 1) == "weekend" { return (DayMatch(spec: .weekend(next: false)), i + 2) }
            if first == "the", word(i + 1) == "week", word(i + 2) == "after", word(i + 3) == "next" {
                return (DayMatch(spec: .after(.nextWeek, days: 7)), i + 4)
            }
            return nil
        // "first week of jan": the month's start.
        case "first":
            guard let w = word(i + 1), ["week", "wk"].contains(w), word(i + 2) == "of", let m = word(i + 3),
                let month = Lexicon.months[m]
            else { return nil }
            return (DayMatch(spec: .monthPart(.start, month: month, monthsAhead: 0)), i + 4)
        case "end", "beginning", "start", "early", "late", "middle", "mid":
            var j = i + 1
            if first != "early" && first != "late" && first != "mid" {
                guard word(j) == "of" else { return nil }
                j += 1
            }
            var ahead = 0
            switch word(j) {
            case "the", "this": j += 1
            case "next":
                ahead = 1
                j += 1
            default: break
            }
            let isEnd = first == "end" || first == "late"
            let part: DaySpec.MonthPart =
                isEnd ? .end : first == "middle" || first == "mid" ? .middle : first == "early" ? .early : .start
            // "mid december", "end of january", "early march".
            if ahead == 0, let w = word(j), let month = Lexicon.months[w] {
                return (DayMatch(spec: .monthPart(part, month: month, monthsAhead: 0)), j + 1)
            }
            // "end of q1", "end of the quarter".
            if let w = word(j) ?? tokens[safe: j]?.text, let quarter = Self.quarter(w) {
                guard isEnd else { return nil }
                return (DayMatch(spec: .monthPart(.end, month: quarter * 3, monthsAhead: 0)), j + 1)
            }
            switch word(j) {
            case "week", "wk":
                if isEnd { return (DayMatch(spec: .endOfWeek(next: ahead == 1)), j + 1) }
                if first == "middle" || first == "mid" {
                    // Wednesday: of next week, or of this one.
                    return (DayMatch(spec: ahead == 1 ? .after(.nextWeek, days: 2) : .weekday(.wed, .this)), j + 1)
                }
                guard ahead == 1 else { return nil }
                return (DayMatch(spec: .nextWeek), j + 1)
            case "month":
                if isEnd { return (DayMatch(spec: .monthEnd(monthsAhead: ahead)), j + 1) }
                if first == "middle" || first == "mid" {
                    return (DayMatch(spec: .monthPart(.middle, month: nil, monthsAhead: ahead)), j + 1)
                }
                guard ahead == 1 else { return nil }
                return (DayMatch(spec: .monthStart(monthsAhead: 1)), j + 1)
            case "year":
                // "end of the year", "start of next year".
                if isEnd { return (DayMatch(spec: .monthPart(.end, month: 12, monthsAhead: 0)), j + 1) }
                guard first == "start" || first == "beginning" else { return nil }
                return (DayMatch(spec: .holiday(.newYear, .on)), j + 1)
            case "day":
                return nil  // "end of day" is a time
            default:
                return nil
            }
        default:
            return nil
        }
    }

    /// Months, quarters, seasons and holidays said as a time to come back: "in april",
    /// "till may", "q2", "next quarter", "in the spring", "after christmas", "after the
    /// holidays", "once the new year starts", "by the end of the year". A month or a season
    /// needs a word before it ("in", "till", "after"...), since "may", "march" and "fall" are
    /// also verbs and "April" a name; "after" means the first working day after it.
    func timeOfYear(at i: Int) -> (DayMatch, Int)? {
        var j = i
        let lead = word(j).flatMap { Lexicon.yearLeads.contains($0) ? $0 : nil }
        if lead != nil { j += 1 }
        let after = lead == "after" || lead == "post"
        if word(j) == "the" { j += 1 }
        guard let w = word(j) ?? tokens[safe: j]?.text else { return nil }
        // "end of (the) year", "year end", "eoy".
        if w == "eoy" || ((w == "year" || w == "year-end") && (w == "year-end" || word(j + 1) == "end")) {
            return (DayMatch(spec: .monthPart(.end, month: 12, monthsAhead: 0)), j + (w == "year" ? 2 : 1))
        }
        if let quarter = Self.quarter(w) {
            let month = ((quarter - 1) * 3 + (after ? 3 : 0)) % 12 + 1
            // "q4 next year": the next one to come after this year's.
            if word(j + 1) == "next", ["year", "yr"].contains(word(j + 2) ?? "") {
                return (DayMatch(spec: .monthPart(.start, month: month, monthsAhead: 12)), j + 3)
            }
            return (DayMatch(spec: .monthPart(.start, month: month, monthsAhead: 0)), j + 1)
        }
        if (w == "next" || w == "new") && word(j + 1) == "quarter" || lead == "next" && w == "quarter" {
            return (DayMatch(spec: .quarterStart(quartersAhead: 1)), j + (w == "quarter" ? 1 : 2))
        }
        if let (holiday, end) = holiday(at: j) {
            if holiday == .newYear, lead == nil, word(i) != "the" { return nil }  // "new year" alone: "happy new year"
            let side: HolidaySide = after ? .after : lead == "before" ? .before : .on
            // "before the holidays" is before Christmas; after them is the new year.
            let named = side == .before && holiday == .newYear && ["holidays", "hols"].contains(w) ? .christmas : holiday
            return (DayMatch(spec: .holiday(named, side)), end)
        }
        guard lead != nil || word(i) == "the" else { return nil }
        // "by dec 3" is a day of the month, read by calendarDay.
        if let month = Lexicon.months[w], lead != nil, w.count >= 3, dayOfMonth(at: j + 1, allowPlain: true) == nil,
            !(["try", "ping"].contains(lead) && Lexicon.namedMonths.contains(w))
        {
            return (DayMatch(spec: .monthPart(.start, month: after ? month % 12 + 1 : month, monthsAhead: 0)), j + 1)
        }
        if let month = Lexicon.seasons[w] {
            return (DayMatch(spec: .monthPart(.start, month: after ? (month + 2) % 12 + 1 : month, monthsAhead: 0)), j + 1)
        }
        return nil
    }

    /// "christmas", "xmas", "thanksgiving", "easter" (and "the easter break"), "labor day",
    /// "new year", "new year's", "the holidays" (over at the new year).
    func holiday(at i: Int) -> (Holiday, Int)? {
        guard let w = word(i) else { return nil }
        var found: (Holiday, Int)?
        switch w {
        case "christmas", "xmas": found = (.christmas, i + 1)
        case "thanksgiving": found = (.thanksgiving, i + 1)
        case "easter": found = (.easter, i + 1)
        case "holidays", "hols": found = (.newYear, i + 1)
        case "labor", "labour": found = word(i + 1) == "day" ? (.laborDay, i + 2) : nil
        case "new":
            guard let next = word(i + 1), ["year", "years", "year's", "yr"].contains(next) else { return nil }
            found = (.newYear, i + 2)
        default: return nil
        }
        // "the easter break", "christmas holidays", "new year's day".
        guard let (holiday, end) = found else { return nil }
        let tail = ["break", "holiday", "holidays", "hols", "day", "vacation", "weekend"]
        return (holiday, word(end).map(tail.contains) == true ? end + 1 : end)
    }

    // MARK: - Times

    struct TimeMatch {
        var spec: TimeSpec
        /// Unmistakably a time ("3pm", "9:30", "noon", "at 9"), so it may stand alone.
        var strong: Bool
        var saidToday = false
    }

    /// A time, with a part of day and a clock time said together read as one: "this afternoon
    /// at 3" is 15:00, "tomorrow evening at 7" 19:00, "at 9 this morning" 09:00.
    func refinedTime(at i: Int) -> (TimeMatch, Int)? {
        guard let (first, afterFirst) = time(at: i) else { return nil }
        guard let (second, afterSecond) = time(at: skipJoiners(afterFirst)) else { return (first, afterFirst) }
        let (part, clock): (TimeMatch, TimeMatch)
        switch (first.spec, second.spec) {
        case (.clock, .clock): return (first, afterFirst)
        case (.clock, _): (part, clock) = (second, first)
        case (_, .clock): (part, clock) = (first, second)
        default: return (first, afterFirst)
        }
        guard case .clock(let time) = clock.spec else { return (first, afterFirst) }
        var hour = time.hour
        switch part.spec {
        case .morning, .firstThing: if hour >= 12 && hour < 19 { hour -= 12 }
        case .afternoon, .afterLunch, .evening, .tonight, .endOfDay: if hour < 12 { hour += 12 }
        case .clock: break
        }
        guard let adjusted = ClockTime(hour: hour, minute: time.minute) else { return (first, afterFirst) }
        return (TimeMatch(spec: .clock(adjusted), strong: true, saidToday: first.saidToday || second.saidToday), afterSecond)
    }

    func time(at i: Int) -> (TimeMatch, Int)? {
        guard i < tokens.count else { return nil }
        if let found = halfPast(at: i) { return found }
        if let found = partOfDay(at: i) { return found }
        var j = i
        var lead = false
        if let w = word(j), ["at", "around", "about", "after", "by", "before", "from", "til", "till", "until"].contains(w) {
            lead = true
            j += 1
            if word(j) == "around" || word(j) == "about" { j += 1 }
        }
        if let found = partOfDay(at: j) { return found }
        guard j < tokens.count else { return nil }
        if let w = word(j) {
            switch w {
            case "noon", "midday", "lunchtime", "noonish":
                return (TimeMatch(spec: .clock(ClockTime(hour: 12, minute: 0)!), strong: true), j + 1)
            case "lunch" where lead: return (TimeMatch(spec: .clock(ClockTime(hour: 12, minute: 0)!), strong: true), j + 1)
            case "midnight": return (TimeMatch(spec: .clock(ClockTime(hour: 0, minute: 0)!), strong: true), j + 1)
            default:
                if lead, let n = Lexicon.numbers[w], !["a", "an", "couple", "few", "several"].contains(w), n <= 12 {
                    return finishClock(hour: n, minute: 0, meridiem: nil, at: j + 1, strong: true)
                }
                return nil
            }
        }
        guard let numeric = tokens[j].numeric else { return nil }
        switch numeric {
        case let .clock(hour, minute, meridiem):
            return finishClock(hour: hour, minute: minute, meridiem: meridiem, at: j + 1, strong: true)
        case .ish(let hour):
            return finishClock(hour: hour, minute: 0, meridiem: nil, at: j + 1, strong: true)
        case .integer(let hour) where tokens[j].text.count <= 2:
            let next = word(j + 1)
            // "after 2 min", "in 2 hours": a count of something, not a time.
            if let unit = next, Self.countedUnits.contains(unit) { return nil }
            // "10 EST", "9 his time": a clock named after a bare hour makes it a time.
            if next == "am" || next == "pm" || next == "oclock" || next == "o'clock" || next == "ish" || lead
                || ZoneWords.clock(in: tokens, from: j + 1) != nil
            {
                return finishClock(hour: hour, minute: 0, meridiem: nil, at: j + 1, strong: true)
            }
            return nil
        default:
            return nil
        }
    }

    /// "half past two", "quarter past 9", "quarter to three": the hour read as business hours.
    func halfPast(at i: Int) -> (TimeMatch, Int)? {
        var j = i
        if word(j) == "at" { j += 1 }
        guard let w = word(j), w == "half" || w == "quarter", let direction = word(j + 1), ["past", "after", "to"].contains(direction)
        else {
            return nil
        }
        let hourIndex = j + 2
        var hour: Int?
        if let text = word(hourIndex), let n = Lexicon.numbers[text], !["a", "an", "couple", "few", "several"].contains(text), n <= 12 {
            hour = n
        } else if hourIndex < tokens.count, case .integer(let n)? = tokens[hourIndex].numeric, (1...12).contains(n) {
            hour = n
        }
        guard var h = hour else { return nil }
        var minute = w == "half" ? 30 : 15
        if direction == "to" {
            guard w == "quarter" else { return nil }
            minute = 45
            h = h == 1 ? 12 : h - 1
        }
        return finishClock(hour: h, minute: minute, meridiem: nil, at: hourIndex + 1, strong: true)
    }

    static let countedUnits: Set<String> = [
        "min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs", "day", "days", "week", "weeks", "people", "times", "seats",
    ]

    /// Applies am/pm or the business-hours reading (1 to 6 means afternoon) and eats
    /// trailing "am", "pm", "o'clock", "ish".
    func finishClock(hour: Int, minute: Int, meridiem: NumericToken.Meridiem?, at i: Int, strong: Bool) -> (TimeMatch, Int)? {
        var j = i
        var meridiem = meridiem
        if meridiem == nil, let w = word(j) {
            if w == "am" {
                meridiem = .am
                j += 1
            } else if w == "pm" {
                meridiem = .pm
                j += 1
            }
        }
        while let w = word(j), ["oclock", "o'clock", "ish", "sharp"].contains(w) { j += 1 }
        var h = hour
        switch meridiem {
        case .am?:
            guard (1...12).contains(hour) else { return nil }
            h = hour == 12 ? 0 : hour
        case .pm?:
            guard (1...12).contains(hour) else { return nil }
            h = hour == 12 ? 12 : hour + 12
        case nil:
            guard (0...23).contains(hour) else { return nil }
            if (1...6).contains(hour) { h = hour + 12 }
        }
        if word(j) == "in", word(j + 1) == "the", let part = word(j + 2), ["morning", "afternoon", "evening"].contains(part) {
            // "at 7 in the evening", "at 9 in the morning": the part of day settles am or pm.
            if part == "morning", meridiem == nil, h >= 12, hour < 12 { h -= 12 }
            if part != "morning", h < 12 { h += 12 }
            j += 3
        }
        guard let time = ClockTime(hour: h, minute: minute) else { return nil }
        return (TimeMatch(spec: .clock(time), strong: strong), j)
    }

    /// "morning", "this afternoon", "after lunch", "end of day", "first thing", "in the evening".
    func partOfDay(at i: Int) -> (TimeMatch, Int)? {
        var j = i
        var saidToday = false
        if word(j) == "this" {
            saidToday = true
            j += 1
        } else if word(j) == "in", word(j + 1) == "the" {
            j += 2
        }
        guard let w = word(j) else { return nil }
        // "thurs am", "tmrw pm": am and pm alone only right after a day ("i am", "9 am" are not parts of day).
        let afterDay = word(j - 1).map { Lexicon.weekdays[$0] != nil || ["tomorrow", "tmrw", "tmr", "tmw", "tomoz"].contains($0) } == true
        switch w {
        case "morning", "am":
            return w == "am" && !saidToday && !afterDay ? nil : (TimeMatch(spec: .morning, strong: true, saidToday: saidToday), j + 1)
        case "afternoon", "pm":
            return w == "pm" && !saidToday && !afterDay
                ? nil : (TimeMatch(spec: .afternoon, strong: true, saidToday: saidToday), j + 1)
        case "evening": return (TimeMatch(spec: .evening, strong: true, saidToday: saidToday), j + 1)
        case "eod", "cob", "eob": return (TimeMatch(spec: .endOfDay, strong: true), j + 1)
        case "after":
            if word(j + 1) == "lunch" { return (TimeMatch(spec: .afterLunch, strong: true), j + 2) }
            return nil
        case "end", "close":
            var k = j + 1
            guard word(k) == "of" else { return nil }
            k += 1
            if word(k) == "the" { k += 1 }
            if word(k) == "day" || word(k) == "business" { return (TimeMatch(spec: .endOfDay, strong: true), k + 1) }
            return nil
        case "first":
            guard word(j + 1) == "thing" else { return nil }
            var k = j + 2
            if word(k) == "in", word(k + 1) == "the", word(k + 2) == "morning" { k += 3 }
            return (TimeMatch(spec: .firstThing, strong: true), k)
        default:
            return nil
        }
    }

    // MARK: - Helpers

    /// 1 to 4 for "q1" to "q4".
    static func quarter(_ text: String) -> Int? {
        guard text.count == 2, text.first == "q", let n = Int(text.dropFirst()), (1...4).contains(n) else { return nil }
        return n
    }

    func word(_ i: Int) -> String? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .word else { return nil }
        return tokens[i].text
    }

    /// Skips what may stand between a day and a time: commas, "on", "at"-less padding.
    func skipJoiners(_ i: Int) -> Int {
        var j = i
        while j < tokens.count, tokens[j].kind == .comma || ["on", "and", "the"].contains(word(j) ?? "") { j += 1 }
        return j
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
