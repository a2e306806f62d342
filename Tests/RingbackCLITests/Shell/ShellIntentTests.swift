import Testing

@testable import RingbackCLI

struct ShellIntentTests {
    let contacts = ["Dana Ruiz", "José Álvarez"]

    @Test func plainQuestionsBecomeCommands() {
        #expect(ShellIntent.parse("calls only", contacts: contacts) == .command(["agenda", "--channel", "call"]))
        #expect(
            ShellIntent.parse("today's sales calls", contacts: contacts)
                == .command(["agenda", "--context", "sales", "--channel", "call", "--days", "0"]))
        #expect(ShellIntent.parse("just emails this week", contacts: contacts) == .command(["agenda", "--channel", "email"]))
        #expect(ShellIntent.narrowedAgenda("sales call went well") == nil)
        #expect(ShellIntent.narrowedAgenda("sales") == nil)
        // A line that tells a call starts a debrief with it as the first answer.
        let told = "just called maria lopez at northwind, she picked up"
        #expect(ShellIntent.parse(told, contacts: contacts) == .debriefTold(told))
        #expect(ShellIntent.parse("left a vm for Dana", contacts: contacts) == .debriefTold("left a vm for Dana"))
        #expect(ShellIntent.parse("what should I do next?", contacts: contacts) == .command(["next"]))
        #expect(ShellIntent.parse("who do I call today?", contacts: contacts) == .command(["agenda", "--days", "0", "--channel", "call"]))
        #expect(ShellIntent.parse("when do I call jose?", contacts: contacts) == .command(["show", "José Álvarez"]))
        #expect(ShellIntent.parse("what's coming up this week?", contacts: contacts) == .command(["agenda"]))
    }

    @Test func shellWordsAndCommands() {
        #expect(ShellIntent.parse("clear", contacts: contacts) == .clear)
        // helper-39: "help log" is log's own help; help with an unknown word is the shell's list.
        #expect(ShellIntent.parse("help log", contacts: contacts) == .command(["log", "--help"]))
        #expect(ShellIntent.parse("help", contacts: contacts) == .help)
        #expect(ShellIntent.parse("help blah", contacts: contacts) == .help)
        #expect(ShellIntent.parse("cls", contacts: contacts) == .clear)
        #expect(ShellIntent.parse("debrief dana ruiz", contacts: contacts) == .debrief(name: "dana ruiz"))
        #expect(ShellIntent.parse("debrief", contacts: contacts) == .debrief(name: nil))
        #expect(ShellIntent.parse("practice 3", contacts: contacts) == .practice(["3"]))
        #expect(ShellIntent.parse("practice get back", contacts: contacts) == .practice(["get back"]))
        #expect(ShellIntent.parse("practice --drill two-options", contacts: contacts) == .practice(["--drill", "two-options"]))
        #expect(
            ShellIntent.parse("log 'Zoë Lambert' --outcome vm", contacts: contacts) == .command(["log", "Zoë Lambert", "--outcome", "vm"]))
        #expect(ShellIntent.parse("quit", contacts: contacts) == .quit)
        #expect(ShellIntent.parse("   ", contacts: contacts) == nil)
    }

    @Test func everydayQuestionsAndNotes() {
        let people = ["Dana Ruiz", "Priya Natarajan", "Tom Okafor"]
        #expect(ShellIntent.parse("anything overdue?", contacts: people) == .command(["agenda", "--days", "0"]))
        #expect(ShellIntent.parse("who should i call", contacts: people) == .command(["agenda", "--days", "0", "--channel", "call"]))
        #expect(ShellIntent.parse("who do i call today?", contacts: people) == .command(["agenda", "--days", "0", "--channel", "call"]))
        #expect(ShellIntent.parse("today", contacts: people) == .command(["agenda", "--days", "0"]))
        #expect(ShellIntent.parse("who do I owe something?", contacts: people) == .command(["agenda", "--owed"]))
        #expect(ShellIntent.parse("who owes me something?", contacts: people) == .command(["contacts", "--status", "waiting"]))
        #expect(ShellIntent.parse("what am i waiting on", contacts: people) == .command(["contacts", "--status", "waiting"]))
        #expect(ShellIntent.parse("call priya", contacts: people) == .command(["show", "Priya Natarajan"]))
        // The message it went in is logged too (helper-41: the voicemail's paired email stayed due).
        #expect(ShellIntent.parse("sent dana the quote", contacts: people) == .command(["done", "Dana Ruiz", "quote", "--sent", "email"]))
        #expect(
            ShellIntent.parse("emailed the pricing to tom", contacts: people)
                == .command(["done", "Tom Okafor", "pricing", "--sent", "email"]))
        #expect(
            ShellIntent.parse("texted dana the address", contacts: people) == .command(["done", "Dana Ruiz", "address", "--sent", "text"]))
        #expect(ShellIntent.parse("did the proposal for dana", contacts: people) == .command(["done", "Dana Ruiz", "proposal"]))
        #expect(
            ShellIntent.parse("this is pointless, nobody calls back", contacts: people)
                == .vent("this is pointless, nobody calls back", suggestion: nil))
        #expect(ShellIntent.parse("agnda --days 3", contacts: people) == .unknown("agnda", suggestion: "agenda"))
        // Said, not typed as a command: the reframe is looked for first ("why bother" is not "when").
        #expect(ShellIntent.parse("why bother", contacts: people) == .vent("why bother", suggestion: "when"))
        #expect(ShellIntent.parse("push dana to next week", contacts: people) == .command(["snooze", "Dana Ruiz", "next", "week"]))
        #expect(ShellIntent.parse("snooze tom till monday", contacts: people) == .command(["snooze", "Tom Okafor", "monday"]))
        // A founder's walk-through (helper-34): nurture and reminders said in words.
        #expect(ShellIntent.parse("tom passed, put him on nurture", contacts: people) == .command(["release", "Tom Okafor"]))
        #expect(ShellIntent.parse("move dana to nurture", contacts: people) == .command(["release", "Dana Ruiz"]))
        #expect(
            ShellIntent.parse("remind me to send dana the cap table by tues", contacts: people)
                == .command(["todo", "Dana Ruiz", "send", "the", "cap", "table", "by", "tues"]))
        #expect(ShellIntent.parse("i owe tom the deck", contacts: people) == .command(["todo", "Tom Okafor", "the", "deck"]))
        // A recruiter's walk-through (helper-36).
        #expect(ShellIntent.parse("show me dana", contacts: people) == .command(["show", "Dana Ruiz"]))
        #expect(ShellIntent.parse("dana sent the JD", contacts: people) == .command(["done", "Dana Ruiz", "JD"]))
        #expect(
            ShellIntent.parse("i feel like such a pest chasing tom", contacts: people)
                == .vent("i feel like such a pest chasing tom", suggestion: nil))
    }

    @Test func unknownWordsGetADidYouMean() {
        #expect(ShellIntent.parse("agnda", contacts: contacts) == .unknown("agnda", suggestion: "agenda"))
        #expect(ShellIntent.parse("debreif", contacts: contacts) == .unknown("debreif", suggestion: "debrief"))
        #expect(ShellIntent.parse("xylophone", contacts: contacts) == .unknown("xylophone", suggestion: nil))
    }

    @Test func quotesGroupWordsAndApostrophesStayInside() {
        #expect(ShellWords.split("log \"Dana Ruiz\" --note \"she'll call\"") == ["log", "Dana Ruiz", "--note", "she'll call"])
        #expect(ShellWords.split("log dana --note he'll call") == ["log", "dana", "--note", "he'll", "call"])
    }
}

struct ShellHelpTests {
    /// One source of truth: every subcommand the parser knows is a shell command and is in the help.
    @Test func theCommandListAndHelpComeFromTheParser() {
        let names = RingbackCommand.configuration.subcommands.compactMap { $0.configuration.commandName }
        #expect(ShellIntent.commands == names)
        for name in names + ["debrief", "help", "quit"] {
            #expect(Shell.help.contains("\n  \(name)"), "help lacks \(name)")
            #expect(ShellIntent.parse(name, contacts: []) != nil)
        }
        #expect(ShellIntent.parse("stats", contacts: []) == .command(["stats"]))
    }
}
