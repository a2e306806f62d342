/// What makes a name usable for a contact: printable, on one line, and of a sane length.
public enum ContactName {
    /// The longest name accepted, in characters.
    public static let maximumLength = 120

    /// Why `name` cannot name a contact, in one line; nil when it can.
    public static func problem(with name: String) -> String? {
        if name.trimmingCharacters(in: .whitespaces).isEmpty { return "the name is empty" }
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" }) {
            return "a name cannot contain line breaks, tabs or other control characters"
        }
        if name.count > maximumLength {
            return "the name is \(name.count) characters long; a name can be at most \(maximumLength)"
        }
        return nil
    }
}
