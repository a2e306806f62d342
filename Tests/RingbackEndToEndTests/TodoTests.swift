import Foundation
import Testing

/// Issue #29: a to-do made without inventing a call (`todo`), with a day read from its words
/// or `--by` and a priority; an open promise changed in place (`promise`): its day, its words,
/// its priority, or its day taken away. Through the binary, on either store.
struct TodoTests {
    let ringback = RingbackProcess()
    let now = ["--now", "2026-11-23T10:00"]

    /// "who owes me something?" (helper-31: names without what): the waiting list says what
    /// each owes and by when, in the text and in --json.
    @Test func theWaitingListSaysWhatEachOwes() throws {
        try ringback.run(["log", "Dana Ruiz", "--company", "Acme", "--outcome", "connected"] + now)
        try ringback.run(["todo", "dana", "the signed budget", "--by", "friday", "--theirs"] + now)
        try ringback.run(["log", "Tom Becker", "--outcome", "voicemail"] + now)
        let text = try ringback.run(["contacts", "--status", "waiting"] + now).stdout
        #expect(text.contains("Dana Ruiz owes you: the signed budget · by Fri 27 Nov") && !text.contains("Tom Becker"), "\(text)")
        let json = try #require(try ringback.run(["contacts", "--status", "waiting", "--json"] + now).json() as? [[String: Any]])
        #expect(json.first?["theyOwe"] as? [String] == ["the signed budget · by Fri 27 Nov"], "\(json)")
    }

    @Test func aToDoWithoutACallIsListedAndDoneWithItsPriorityFirst() throws {
        try ringback.run(["log", "Dana Ruiz", "--company", "Acme", "--outcome", "connected"] + now)
        let dated = try ringback.run(["todo", "dana", "send", "pricing", "by", "friday"] + now)
        #expect(dated.stdout == "You owe Dana Ruiz (Acme): send pricing · by Fri 27 Nov.\n")
        try ringback.run(["todo", "dana", "the case study"] + now)
        #expect(
            try ringback.run(["todo", "dana", "send", "brochure", "friday"] + now).stdout.hasSuffix(": send brochure · by Fri 27 Nov.\n"))
        #expect(
            try ringback.run(["todo", "dana", "send the friday report"] + now).stdout.hasSuffix("send the friday report · no day yet.\n"))
        let high = try #require(
            try ringback.run(["todo", "dana", "intro to our CTO", "--priority", "high", "--json"] + now).json() as? [String: Any])
        #expect(high["priority"] as? String == "high" && high["due"] == nil)
        let shown = try ringback.run(["show", "dana"] + now).stdout
        #expect(shown.contains("Timeline (1):"))
        #expect(shown.contains("You owe: intro to our CTO · no day yet · high priority"))
        let agenda = try ringback.run(["agenda"] + now).stdout
        let first = try #require(agenda.range(of: "intro to our CTO (high priority)"))
        let second = try #require(agenda.range(of: "the case study"))
        #expect(first.lowerBound < second.lowerBound, "\(agenda)")
        #expect(agenda.contains("You owe Dana Ruiz (Acme): send pricing · Fri 27 Nov"))
        #expect(try ringback.run(["done", "dana", "cto"] + now).stdout.hasPrefix("Done: intro to our CTO"))
        #expect(try ringback.run(["undo"] + now).stdout.hasPrefix("Undid: done: intro to our CTO"))
    }

    /// From a new user's walk-through: a full name typed without quotes is the name, not the
    /// start of the to-do, in todo, promise and done alike.
    @Test func aFullNameWithoutQuotesIsTheName() throws {
        try ringback.run(["log", "Marco Rossi", "--company", "Globex", "--outcome", "connected"] + now)
        #expect(
            try ringback.run(["todo", "Marco", "Rossi", "send", "the", "brochure", "friday"] + now).stdout
                == "You owe Marco Rossi (Globex): send the brochure · by Fri 27 Nov.\n")
        #expect(try ringback.run(["promise", "marco", "rossi", "brochure", "--by", "monday"] + now).status == 0)
        #expect(
            try ringback.run(["done", "marco", "rossi", "brochure"] + now).stdout == "Done: send the brochure (Marco Rossi (Globex)).\n")
        // A word after a first name that is not the rest of the name stays in the to-do.
        #expect(try ringback.run(["todo", "marco", "ring", "back"] + now).stdout.contains(": ring back · no day yet."))
    }

    @Test func aToDoRefusesWhatItCannotReadAndChangesNothing() throws {
        try ringback.run(["log", "Dana Ruiz", "--outcome", "connected"] + now)
        let empty = try ringback.run(["todo", "dana"] + now)
        #expect(empty.status == 1 && empty.stderr.contains("give some words"))
        let vague = try ringback.run(["todo", "dana", "x", "--by", "someday maybe"] + now)
        #expect(vague.status == 1 && vague.stderr.contains("--by: 'someday' is not a day"))
        #expect(try ringback.run(["todo", "nobody", "x"] + now).status == 1)
        #expect(!(try ringback.run(["show", "dana"] + now).stdout.contains("You owe")))
    }

    @Test func aPromiseIsMovedRewordedAndLosesItsDayInPlace() throws {
        try ringback.run(
            ["log", "Dana Ruiz", "--company", "Acme", "--outcome", "connected", "--owe", "the revised quote", "--owe-by", "tomorrow"] + now)
        try ringback.run(["log", "dana", "--outcome", "connected", "--commitment", "the budget", "--by", "friday"] + now)
        let moved = try ringback.run(["promise", "dana", "quote", "--by", "monday"] + now)
        #expect(
            moved.stdout
                == "You owe Dana Ruiz (Acme): the revised quote · by Mon 30 Nov (was: the revised quote · by tomorrow (Tue 24 Nov)).\n")
        let theirs = try ringback.run(["promise", "dana", "budget", "--text", "the signed budget"] + now)
        #expect(theirs.stdout.hasPrefix("Dana owes you: the signed budget · by Fri 27 Nov (was: the budget"))
        let undated = try #require(try ringback.run(["promise", "dana", "quote", "--by", "none", "--json"] + now).json() as? [String: Any])
        #expect(undated["due"] == nil && undated["after"] as? String == "the revised quote")
        let shown = try ringback.run(["show", "dana"] + now).stdout
        #expect(shown.contains("You owe: the revised quote · no day yet"))
        #expect(shown.contains("Dana owes: the signed budget · by Fri 27 Nov"))
        let none = try ringback.run(["promise", "dana", "contract", "--by", "monday"] + now)
        #expect(none.status == 1 && none.stderr.contains("no open promise matches 'contract'"))
        let nothing = try ringback.run(["promise", "dana"] + now)
        #expect(nothing.status == 1 && nothing.stderr.contains("--by WHEN, --text TEXT or --priority"))
        #expect(try ringback.run(["undo"] + now).stdout.hasPrefix("Undid: change a promise of Dana Ruiz"))
        #expect(try ringback.run(["show", "dana"] + now).stdout.contains("You owe: the revised quote · by Mon 30 Nov"))
    }
}
