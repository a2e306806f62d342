/// Text that may hold what someone else typed (a note, a company from an import) made safe
/// for a terminal: control characters are shown in caret notation (ESC as `^[`, NUL as `^@`),
/// so no name or note can clear the screen, set the window title or hide a line. Ringback's
/// own colour codes (`ESC [ ... m`) and line breaks and tabs stay.
enum TerminalText {
    static func safe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\u{1B}", let end = colourCodeEnd(scalars, from: index) {
                out.append(contentsOf: scalars[index...end])
                index = end + 1
                continue
            }
            if isControl(scalar) {
                out.append("^")
                out.append(Unicode.Scalar(scalar.value == 0x7F ? 0x3F : (scalar.value & 0x1F) + 0x40) ?? "?")
            } else {
                out.append(scalar)
            }
            index += 1
        }
        return String(out)
    }

    /// C0 and C1 controls and DEL, but not line breaks or tabs.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
    }

    /// Where a colour code that starts at `start` ends ("ESC[1;31m"); nil for anything else.
    private static func colourCodeEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start + 2 < scalars.count, scalars[start + 1] == "[" else { return nil }
        var index = start + 2
        while index < scalars.count, scalars[index] == ";" || ("0"..."9").contains(scalars[index]) { index += 1 }
        return index < scalars.count && scalars[index] == "m" ? index : nil
    }
}
