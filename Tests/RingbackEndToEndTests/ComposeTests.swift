import Foundation
import Testing

/// Issue #26: `compose` writes the next step's message for the user's own mail program: an
/// .eml draft Python's `email` package reads back, a mailto: or sms: link, or a refusal for a call.
struct ComposeTests {
    let ringback = RingbackProcess()
    static let now = "2026-11-23T10:00"

    func setUp() throws {
        try ringback.run(["log", "Zoë Lambert", "--outcome", "voicemail", "--now", "2026-11-20T10:00"])
        try ringback.run(["set", "zoë", "--email", "zoe@cafe-noel.fr", "--prefers", "email", "--now", "2026-11-20T10:00"])
        try ringback.run(["config", "signature", "Sam Reed, Brightline"])
        try ringback.run(["config", "email", "sam@brightline.io"])
    }

    @Test func anEmailStepBecomesADraftAMailProgramOpens() throws {
        try setUp()
        let draft = ringback.folder + "/zoe.eml"
        let wrote = try ringback.run(["compose", "zoë", "--output", draft, "--now", Self.now])
        #expect(wrote.status == 0 && wrote.stdout.contains("Wrote \(draft)"), "\(wrote.stderr)")
        let read = try RingbackProcess.python(
            """
            import email, email.policy, sys
            message = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=email.policy.default)
            print(message['To']); print(message['Subject']); print(message['X-Unsent'])
            print(message.get_body(('plain',)).get_content())
            """, [draft])
        #expect(read.status == 0, "\(read.stderr)")
        let lines = read.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.prefix(3) == ["Zoë Lambert <zoe@cafe-noel.fr>", "Quick follow-up: where things stand", "1"], "\(read.stdout)")
        #expect(read.stdout.contains("Hi Zoë,") && read.stdout.contains("Sam Reed, Brightline"), "\(read.stdout)")
        // Without a desktop (as here), the link and the text are printed; --json checks against the schema.
        let json = try ringback.run(["compose", "--json", "--now", Self.now])
        let document = ringback.folder + "/compose.json"
        try Data(json.stdout.utf8).write(to: URL(fileURLWithPath: document))
        let valid = try RingbackProcess.python(
            "import runpy, sys; sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name='__main__')",
            [RingbackProcess.packageRoot + "/scripts/validate_json.py", "output.schema.json#compose", document])
        #expect(valid.status == 0, "\(valid.stdout)\(valid.stderr)")
        let composed = try #require(try json.json() as? [String: Any])
        #expect((composed["url"] as? String)?.hasPrefix("mailto:zoe@cafe-noel.fr?subject=Quick%20follow-up") == true, "\(composed)")
    }

    @Test func aTextStepIsAnSmsLinkAndACallHasNothingToWrite() throws {
        try setUp()
        try ringback.run(["set", "zoë", "--phone", "+33 6 12 34 56 78", "--prefers", "text", "--now", "2026-11-20T10:00"])
        let text = try ringback.run(["compose", "zoë", "--now", Self.now])
        #expect(text.stdout.contains("sms:+33612345678?body=Hi%20Zo%C3%AB%2C"), "\(text.stdout)")
        try ringback.run(["log", "Tom Okafor", "--outcome", "voicemail", "--now", "2026-11-20T10:00"])
        let call = try ringback.run(["compose", "tom", "--now", Self.now])
        #expect(call.status != 0 && call.stderr.contains("Tom Okafor's next step is a call"), "\(call.stderr)")
        try ringback.run(["set", "tom", "--prefers", "email", "--now", "2026-11-20T10:00"])
        let noAddress = try ringback.run(["compose", "tom", "--now", Self.now])
        #expect(noAddress.status != 0 && noAddress.stderr.contains("an email address for Tom Okafor"), "\(noAddress.stderr)")
    }

    /// helper-29: the next step said "Email José" with no address on file; now it says what to add.
    @Test func anEmailStepWithoutAnAddressSaysWhatToAdd() throws {
        try ringback.run(["log", "José Alvarez", "--outcome", "voicemail", "--now", "2026-11-23T09:00"])
        let next = try #require(try ringback.run(["next", "--json", "--now", Self.now]).json() as? [String: Any])
        #expect(next["missing"] as? String == "no email address on file: ringback set \"José Alvarez\" --email ADDRESS", "\(next)")
        #expect(try ringback.run(["show", "josé", "--now", Self.now]).stdout.contains("Note: no email address on file"))
        try ringback.run(["set", "josé", "--email", "jose@gridline.example", "--now", Self.now])
        let after = try #require(try ringback.run(["next", "--json", "--now", Self.now]).json() as? [String: Any])
        #expect(after["missing"] == nil, "\(after)")
    }

    /// helper-42: someone with only an email address on file got "Call": the step writes to
    /// them until a number is added.
    @Test func anAddressAloneMakesTheStepAnEmail() throws {
        try ringback.run(["add", "Priya Raman, priya@raman.example", "--now", "2026-11-23T09:00"])
        let next = try #require(try ringback.run(["next", "--json", "--now", Self.now]).json() as? [String: Any])
        #expect(next["channel"] as? String == "email" && next["missing"] == nil, "\(next)")
        try ringback.run(["set", "priya", "--phone", "312-555-0142", "--now", Self.now])
        let called = try #require(try ringback.run(["next", "--json", "--now", Self.now]).json() as? [String: Any])
        #expect(called["channel"] as? String == "call", "\(called)")
    }

    /// helper-41: "Call Priya" was planned with no number on file, and nothing said so.
    @Test func aCallStepWithoutANumberSaysWhatToAdd() throws {
        try ringback.run(["add", "Priya Shah, Initech", "--now", "2026-11-23T09:00"])
        let next = try #require(try ringback.run(["next", "--json", "--now", Self.now]).json() as? [String: Any])
        #expect(next["channel"] as? String == "call", "\(next)")
        #expect(next["missing"] as? String == "no phone number on file: ringback set \"Priya Shah\" --phone NUMBER", "\(next)")
        try ringback.run(["set", "priya", "--phone", "312-555-0142", "--now", Self.now])
        let after = try #require(try ringback.run(["next", "--json", "--now", Self.now]).json() as? [String: Any])
        #expect(after["missing"] == nil, "\(after)")
    }
}
