import Testing

@testable import RingbackCLI

/// Issue #25: control characters in names, notes and companies reach the terminal as
/// visible text; Ringback's own colour codes, line breaks and tabs stay as they are.
struct TerminalTextTests {
    @Test func controlCharactersAreShownNotObeyed() {
        #expect(TerminalText.safe("Evil\u{1B}[2JCo") == "Evil^[[2JCo")
        #expect(TerminalText.safe("hi\u{1B}]0;pwned\u{07} there") == "hi^[]0;pwned^G there")
        #expect(TerminalText.safe("a\u{0}b\u{7F}c\r") == "a^@b^?c^M")
        #expect(TerminalText.safe("c1 \u{9B}31m") == "c1 ^[31m")
    }

    @Test func ownColourLineBreaksAndTabsStay() {
        let coloured = "\u{1B}[1;31mOverdue (2)\u{1B}[0m\n\tDana"
        #expect(TerminalText.safe(coloured) == coloured)
        #expect(TerminalText.safe("Zoë Lambert · Acme") == "Zoë Lambert · Acme")
    }
}
