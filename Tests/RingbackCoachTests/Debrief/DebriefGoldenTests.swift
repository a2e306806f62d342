import Foundation
import RingbackCore
import RingbackTestSupport
import Testing

/// Whole conversations, word for word, against reviewed transcripts in Transcripts/.
/// After a deliberate wording change, run with RINGBACK_RECORD=1 to rewrite them, then
/// read the diff.
struct DebriefGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Transcripts")

    func check(_ name: String, _ talk: Conversation) throws {
        let url = Self.folder.appendingPathComponent(name + ".txt")
        let actual = talk.text + "\n"
        if ProcessInfo.processInfo.environment["RINGBACK_RECORD"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "transcript \(name) differs")
    }

    @Test func aConnectedCallWithATimeAndAPromise() throws {
        var talk = Conversation()
        talk.say(
            "dana", "yeah we talked for 20 minutes, she said call her thursday after lunch", "yep",
            "she'll send the budget by friday", "y", "their Q1 review moved to January", "email", "y")
        try check("connected-with-time", talk)
    }

    /// A first meeting: the coach asks whether follow-up guidelines were set and, when not,
    /// offers the line to use next time.
    @Test func aFirstMeetingWithoutGuidelines() throws {
        var talk = Conversation(name: "danielle")
        talk.say("we met at their office, good meeting, call her next tuesday at 10", "y", "n", "no", "", "", "y")
        try check("first-meeting-guidelines", talk)
        #expect(talk.transcript.contains { $0.contains("if it turns out to be a no, just tell me") })
        #expect(talk.saved?.outcome == .meetingHeld)
        // Not of someone in your network doing you a favour (helper-31).
        var contacts = Conversation.contacts
        contacts[1].context = .networking
        var coffee = Conversation(name: "danielle", contacts: contacts)
        coffee.say("we met at their office, good meeting, call her next tuesday at 10", "y", "n", "no", "", "", "y")
        #expect(!coffee.text.contains("a no is a fine answer"), "\(coffee.text)")
    }

    /// "They're still looking", all in one breath: the same question, answered yes, is praised,
    /// and nothing else is asked.
    @Test func stillLookingWithGuidelinesSet() throws {
        var talk = Conversation(name: "dana")
        talk.say(
            "talked to her, they're still looking at other vendors, she'll decide by the 4th, call her monday the 7th", "y", "yes", "y")
        try check("still-looking-guidelines", talk)
        #expect(talk.transcript.contains { $0.contains("makes every later call easier to answer") })
        let saved = try #require(talk.saved)
        #expect(saved.agreed == When(date: Paris.date("2026-12-07"), timed: false))
        #expect(saved.promises.map(\.what) == ["the decision"])
    }

    @Test func aVoicemailToSomeoneDiscouraging() throws {
        var talk = Conversation(name: "helen")
        talk.say("left a message. what's the point, she never calls back", "no", "", "text", "y")
        try check("voicemail-discouraged", talk)
    }

    @Test func aNewContactWhoSaysStop() throws {
        var talk = Conversation()
        talk.say("Sam Whitfield", "yes", "", "he said stop calling me", "y", "y")
        try check("new-contact-stop", talk)
    }

    @Test func everythingInOneBreath() throws {
        var talk = Conversation()
        talk.say(
            "Dana Ruiz from Acme, talked to her, she liked it, call her thursday after lunch, I owe her the revised quote tomorrow", "y",
            "y")
        try check("one-breath-everything", talk)
        let record = try #require(talk.saved)
        #expect(record.target == .existing(id: "dana-ruiz"))
        #expect(record.agreed == When(date: Paris.date("2026-11-26T13:00"), timed: true))
        #expect(record.promises == [.init(owner: .me, what: "the revised quote", by: When(date: Paris.date("2026-11-24"), timed: false))])
    }

    @Test func halfInOneBreathThenOnlyWhatIsMissing() throws {
        var talk = Conversation()
        talk.say(
            "dana, she's checking budget with her boss, I send the revised quote tomorrow", "y", "friday", "y", "no", "no",
            "y", "y")
        try check("one-breath-half", talk)
        let record = try #require(talk.saved)
        #expect(record.promises.map(\.owner) == [.them, .me])
        #expect(record.agreed == nil)
    }

    @Test func aOneBreathReadingCorrectedInWords() throws {
        var talk = Conversation()
        talk.say("talked to tom, call him thursday, he owes me pricing by wednesday", "no, friday", "the pricing is mine", "y", "y")
        try check("one-breath-corrected", talk)
        let record = try #require(talk.saved)
        #expect(record.target == .existing(id: "tom-okafor"))
        #expect(record.agreed?.date == Paris.date("2026-11-27"))
        #expect(record.promises.map(\.owner) == [.me])
    }

    /// Issue #24's Kim: said back in the second person, "before then" read as the day she is
    /// back, a time proposed from that day, and no question about what was already heard.
    @Test func outTillTheFourteenthProposesATimeFromThen() throws {
        var contacts = Conversation.contacts
        contacts.append(Contact(id: "kim-park", name: "Kim Park", company: "Globex", created: Paris.date("2026-11-01T09:00")))
        var talk = Conversation(now: "2026-12-01T10:00", contacts: contacts)
        talk.say("Kim Park - talked, she's out til the 14th, she'll loop in her CTO, I owe her the deck before then", "y", "none", "", "y")
        try check("out-till-the-fourteenth", talk)
        #expect(!talk.text.contains("Did Kim promise you anything"))
        let record = try #require(talk.saved)
        // The day proposed is the user's next try, not a time agreed with Kim.
        #expect(record.agreed == nil)
        #expect(record.notBefore == When(date: Paris.date("2026-12-14"), timed: false))
        // Her promise had no day: kept open without one, not dropped.
        #expect(
            record.promises == [
                .init(owner: .them, what: "loop in her CTO", by: nil),
                .init(owner: .me, what: "the deck", by: When(date: Paris.date("2026-12-14"), timed: false)),
            ])
    }

    /// Their deadline leads to a check-in the working day after it; "whenever" takes it.
    @Test func theirDeadlineProposesTheDayAfterAndWheneverTakesIt() throws {
        var talk = Conversation(name: "dana")
        talk.say("we talked, she'll decide by friday", "y", "whenever", "y")
        try check("deadline-then-whenever", talk)
        #expect(talk.transcript.contains("Next try: Mon 30 Nov."))
        #expect(talk.saved?.agreed == nil)
        #expect(talk.saved?.nextTry == When(date: Paris.date("2026-11-30"), timed: false))
    }

    /// A lost deal is a no, never a yes: it offers to close as lost.
    @Test func signedWithACompetitorIsANo() throws {
        var talk = Conversation()
        talk.say("Dana Ruiz - talked, they signed with a competitor last week", "y", "y", "y")
        try check("decision-no", talk)
        #expect(talk.saved?.decision == false)
    }
}
