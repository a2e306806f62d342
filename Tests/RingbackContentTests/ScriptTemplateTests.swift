import Testing

@testable import RingbackContent

/// Scripts say a promise back as a person would (from helper-26's walk-through).
struct ScriptTemplateTests {
    @Test(arguments: [
        ("check budget with her boss", "you'd check budget with your boss"),
        // What they owe the user is written to the user ("intro you"); told to them, the user is "me".
        ("intro you to jim park by email", "you'd intro me to jim park by email"),
        ("send you their pricing", "you'd send me your pricing"),
        ("the decision", "you'd decide"),
        ("the pricing", "you'd come back to me on the pricing"),
    ])
    func theirPromiseToldBack(what: String, said: String) {
        #expect(ScriptTemplate.said(what) == said)
    }

    @Test(arguments: [
        ("send calendar invite", "the calendar invite"), ("send over the revised quote", "the revised quote"),
        ("send 3 date options", "3 date options"), ("pricing", "pricing"), ("call her back", "call her back"),
    ])
    func whatIsHandedOver(what: String, thing: String) {
        #expect(ScriptTemplate.thing(what) == thing)
    }
}
