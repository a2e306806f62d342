/// What a token with digits in it says.
enum NumericToken: Equatable {
    case integer(Int)
    case ordinal(Int)
    /// "3pm", "9:30", "15:00", "3:30am": hour, minute, and am/pm when given.
    case clock(hour: Int, minute: Int, meridiem: Meridiem?)
    /// "9ish".
    case ish(Int)
    /// "12/21", "12/21/2026".
    case slash(Int, Int, year: Int?)
    /// "2026-11-24", "2026-11-24t10:00".
    case iso(String)

    enum Meridiem: Equatable { case am, pm }

    init?(_ raw: String) {
        let text = raw.contains(Character(".")) ? raw.filter { $0 != "." } : raw
        let digits = text.prefix { $0.isNumber }
        let rest = text.dropFirst(digits.count)
        if raw.contains(Character("-")) && raw.first?.isNumber == true && digits.count == 4 {
            self = .iso(raw)
            return
        }
        guard !digits.isEmpty, digits.count <= 4, let number = Int(digits) else { return nil }
        if rest.isEmpty {
            self = .integer(number)
            return
        }
        switch rest {
        case "st", "nd", "rd", "th":
            self = .ordinal(number)
            return
        case "am", "a":
            self = .clock(hour: number, minute: 0, meridiem: .am)
            return
        case "pm", "p":
            self = .clock(hour: number, minute: 0, meridiem: .pm)
            return
        case "ish":
            self = .ish(number)
            return
        case "h", "hrs", "hr":
            self = .clock(hour: number, minute: 0, meridiem: nil)
            return
        default: break
        }
        if rest.first == ":" {
            let after = rest.dropFirst()
            let minutes = after.prefix { $0.isNumber }
            let suffix = after.dropFirst(minutes.count)
            guard minutes.count == 2, let minute = Int(minutes) else { return nil }
            switch suffix {
            case "": self = .clock(hour: number, minute: minute, meridiem: nil)
            case "am", "a": self = .clock(hour: number, minute: minute, meridiem: .am)
            case "pm", "p": self = .clock(hour: number, minute: minute, meridiem: .pm)
            case "ish": self = .clock(hour: number, minute: minute, meridiem: nil)
            default: return nil
            }
            return
        }
        if rest.first == "/" {
            let parts = text.split(separator: "/")
            guard parts.count == 2 || parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]) else { return nil }
            var year: Int?
            if parts.count == 3 {
                guard let y = Int(parts[2]) else { return nil }
                year = y < 100 ? 2000 + y : y
            }
            self = .slash(a, b, year: year)
            return
        }
        return nil
    }
}
