import Testing

@testable import RingbackCLI

struct TextWrapTests {
    let why = "  Why: Pair every voicemail with a message. Busy people often skip unknown calls but read their inbox."

    @Test func linesFitTheWidthAndContinueUnderTheLabel() {
        let lines = TextWrap.wrap(why, width: 40)
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { TextWrap.visibleWidth($0) <= 40 })
        #expect(lines[0].hasPrefix("  Why: Pair"))
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(String(repeating: " ", count: 7)) && $0.dropFirst(7).first != " " })
    }

    @Test func noWordIsSplitAndNothingIsLost() {
        let lines = TextWrap.wrap(why, width: 33)
        let words = lines.flatMap { $0.split(separator: " ").map(String.init) }
        #expect(words == why.split(separator: " ").map(String.init))
    }

    @Test func aShortLineIsLeftAlone() {
        #expect(TextWrap.wrap("Next:", width: 80) == ["Next:"])
        #expect(TextWrap.wrap("", width: 80) == [""])
    }

    @Test func aLineWithoutALabelHangsTwoSpaces() {
        let lines = TextWrap.wrap("  Call Priya Natarajan (Northwind Health) · yesterday (Mon 23 Nov) · 1 day overdue", width: 50)
        #expect(lines.count == 2)
        #expect(lines[1].hasPrefix("    ") && !lines[1].hasPrefix("     "))
    }

    /// The shell's help: a wrapped description continues under its column, not under the command.
    @Test func aTwoColumnRowHangsUnderItsSecondColumn() {
        let row = "  set             Change a contact's details without logging a call: company, email, phone, cadence, tags..."
        let lines = TextWrap.wrap(row, width: 60)
        #expect(lines.count == 3 && lines.allSatisfy { TextWrap.visibleWidth($0) <= 60 }, "\(lines)")
        #expect(
            lines.dropFirst().allSatisfy { $0.hasPrefix(String(repeating: " ", count: 18)) && $0.dropFirst(18).first != " " }, "\(lines)")
        #expect(lines[0].hasPrefix("  set             Change"), "\(lines)")
    }

    @Test func colourCodesTakeNoWidth() {
        let red = "\u{1B}[31m1 day overdue\u{1B}[0m"
        #expect(TextWrap.visibleWidth(red) == 13)
        #expect(TextWrap.wrap("Call Dana · " + red, width: 25) == ["Call Dana · " + red])
    }

    @Test func aColourCutShortIsResetAndKeptWhole() {
        let red = "\u{1B}[31m2 days overdue\u{1B}[0m"
        #expect(TextWrap.truncate("Email · " + red, toVisible: 12) == "Email · \u{1B}[31m2 d…\u{1B}[0m")
        #expect(TextWrap.visibleWidth(TextWrap.truncate("Email · " + red, toVisible: 12)) == 12)
        #expect(TextWrap.truncate("Email · Tue 24 Nov", toVisible: 9) == "Email · …")
        #expect(TextWrap.truncate("short", toVisible: 9) == "short")
    }

    @Test func onlyAWordWiderThanTheLineIsCut() {
        let url = String(repeating: "x", count: 30)
        let lines = TextWrap.wrap("See \(url) now", width: 12)
        #expect(lines.allSatisfy { TextWrap.visibleWidth($0) <= 12 })
        #expect(lines.joined().filter { $0 == "x" }.count == 30)
    }
}
