import Foundation
import Testing

/// The reader, the one-breath debrief and the user's own promises, through the real binary.
struct UnderstandingTests {
    let ringback = RingbackProcess()
    let now = ["--now", "2026-11-24T10:00"]

    @Test func understandPrintsEveryKeyAsJSON() throws {
        let result = try ringback.run(
            ["understand", "--json"] + now + ["gatekeeper wouldn't put me through, his assistant said he is out till monday"])
        #expect(result.status == 0)
        let reading = try #require(try result.json() as? [String: Any])
        for key in ["outcome", "channel", "next", "notBefore", "vague", "promises", "stop", "decision", "referral", "discouraged"] {
            #expect(reading.keys.contains(key), "missing \(key)")
        }
        #expect(reading["outcome"] as? String == "gatekeeper")
        #expect(reading["notBefore"] as? String == "2026-11-30")
        #expect(reading["next"] is NSNull)
        let owed = try #require(
            try ringback.run(["understand", "--json"] + now + ["no, I owe her the revised quote by tomorrow"]).json() as? [String: Any])
        let promises = try #require(owed["promises"] as? [[String: Any]])
        #expect(promises.count == 1)
        #expect(promises.first?["owner"] as? String == "me")
        #expect(promises.first?["due"] as? String == "2026-11-25")
        let text = try ringback.run(["understand"] + now + ["talked to her, call thursday after lunch"])
        #expect(text.stdout.contains("next contact: Thu 26 Nov, 13:00"))
        #expect(try ringback.run(["understand"] + now + [" "]).status == 1)
    }

    @Test func aOneBreathDebriefPipedThroughTheShellSavesTheUsersPromise() throws {
        try ringback.run(["log", "Dana Ruiz", "--company", "Acme", "--outcome", "connected"] + now)
        let script =
            "debrief\nDana Ruiz from Acme, talked to her, call her thursday after lunch, I owe her the revised quote tomorrow\ny\ny\n"
        let shell = try ringback.run(now, input: script)
        #expect(
            shell.stdout.contains("Dana Ruiz (Acme) · you talked · next: Thu 26 Nov, 13:00 · you owe Dana: the revised quote by tomorrow"))
        #expect(shell.stdout.contains("Saved."))
        #expect(shell.stdout.contains("Next: Call Dana Ruiz (Acme) · Thu 26 Nov, 13:00"))
        let shown = try ringback.run(["show", "dana"] + now)
        #expect(shown.stdout.contains("You owe: the revised quote · by tomorrow (Wed 25 Nov)"))
        #expect(shown.stdout.contains("Agreed next contact: call · Thu 26 Nov, 13:00"), "\(shown.stdout)")
        let owed = try #require(try ringback.run(["agenda", "--owed", "--json"] + now).json() as? [[String: Any]])
        #expect(owed.map { $0["kind"] as? String } == ["promised"])
        #expect(owed.first?["action"] as? String == "You owe Dana Ruiz (Acme): the revised quote")
        // Another touch does not drop it; `done` does, and says so.
        try ringback.run(["log", "dana", "--outcome", "voicemail"] + now)
        #expect(try ringback.run(["show", "dana"] + now).stdout.contains("You owe: the revised quote"))
        let done = try ringback.run(["done", "dana", "quote"] + now)
        #expect(done.stdout.contains("Done: the revised quote (Dana Ruiz (Acme))."))
        #expect(!(try ringback.run(["show", "dana"] + now).stdout.contains("You owe")))
        let again = try ringback.run(["done", "dana"] + now)
        #expect(again.status == 1)
        #expect(again.stderr.contains("no open promise with Dana Ruiz (Acme)"))
    }

    @Test func logRefusesAHalfReadDateAndTakesTheUsersOwnPromise() throws {
        let half = try ringback.run(["log", "Dana", "--outcome", "connected", "--next", "friday or monday"] + now)
        #expect(half.status == 1)
        #expect(half.stderr.contains("I read 'friday' as Fri 27 Nov but not 'monday'"))
        let owe = try ringback.run(["log", "Dana", "--outcome", "connected", "--owe", "the pricing sheet", "--owe-by", "wednesday"] + now)
        #expect(owe.status == 0)
        #expect(owe.stdout.contains("You owe Dana: the pricing sheet · by tomorrow (Wed 25 Nov)."))
        // Without a day it is still owed: on the list as "no day yet", never late, until done.
        let undated = try ringback.run(["log", "Dana", "--outcome", "connected", "--owe", "the case study"] + now)
        #expect(undated.status == 0)
        #expect(undated.stdout.contains("You owe Dana: the case study · no day yet."))
        let later = ["--now", "2026-12-02T10:00"]
        let agenda = try ringback.run(["agenda", "--owed"] + later).stdout
        #expect(agenda.contains("You owe Dana"), "\(agenda)")
        #expect(agenda.contains("the case study · no day yet"), "\(agenda)")
        #expect(agenda.split(separator: "\n").filter { $0.contains("case study") && $0.contains("overdue") }.isEmpty, "\(agenda)")
        try ringback.run(["done", "dana", "case study"] + later)
        #expect(!(try ringback.run(["agenda", "--owed"] + later).stdout.contains("case study")))
    }

    @Test func aReferralAndADecisionFromADebrief() throws {
        try ringback.run(["log", "Dana Ruiz", "--company", "Acme", "--outcome", "connected"] + now)
        let script = "debrief dana\ntalked, she said talk to Jim Park in procurement instead\ny\nno\nno\ny\nno\ny\ny\n"
        let shell = try ringback.run(now, input: script)
        #expect(shell.stdout.contains("Add Jim Park as a new contact, referred by Dana? (y/n)"))
        #expect(shell.stdout.contains("Added Jim Park (Acme), referred by Dana Ruiz (Acme)."))
        #expect(try ringback.run(["show", "jim"] + now).stdout.contains("Referred by: Dana Ruiz (Acme)"))
    }

    /// Issue #24's Kim through the real binary: the echo in the second person, "before then"
    /// read as the day she is back, a time proposed from it, and nothing heard asked again.
    @Test func outTillTheFourteenthThroughTheShell() throws {
        let monday = ["--now", "2026-12-01T10:00"]
        try ringback.run(["log", "Kim Park", "--company", "Globex", "--outcome", "vm"] + monday)
        let script =
            "debrief\nKim Park - talked, she's out til the 14th, she'll loop in her CTO, I owe her the deck before then\ny\nnone\n\ny\n"
        let shell = try ringback.run(monday, input: script)
        #expect(shell.stdout.contains("Kim Park (Globex) · you talked · not before: Mon 14 Dec · Kim: loop in her CTO (no day yet)"))
        #expect(shell.stdout.contains("you owe Kim: the deck by Mon 14 Dec"))
        #expect(shell.stdout.contains("Kim is back Mon 14 Dec: try again then?"))
        #expect(shell.stdout.contains("Next try: Mon 14 Dec."))
        #expect(!shell.stdout.contains("Did Kim promise you anything"))
        #expect(shell.stdout.contains("Saved."))
        #expect(try ringback.run(["agenda", "--days", "20"] + monday).stdout.contains("Call Kim Park (Globex) · Mon 14 Dec"))
        // Her promise with no day stays open, and the next conversation asks about it.
        #expect(try ringback.run(["show", "kim"] + monday).stdout.contains("Kim owes: loop in her CTO · no day yet"))
        let next = try ringback.run(["--now", "2026-12-14T10:00"], input: "debrief\nKim Park - talked\n").stdout
        #expect(next.contains("Kim was to loop in her CTO, with no day set. Done?"), "\(next)")
    }

    /// Issue #24's interview: one thank-you item (not a step and a to-do), a check-in the
    /// working day after their deadline, and the email sent settles the thank-you.
    @Test func anInterviewHasOneThankYouAndACheckInAfterTheirDeadline() throws {
        try ringback.run(
            ["log", "Sam Ortiz", "--company", "Globex", "--context", "job-search", "--outcome", "sent", "--now", "2026-11-20T10:00"])
        let script = "debrief\nSam Ortiz - interview went well, they will decide by friday, i owe sam a thank-you note today\ny\n\ny\ny\n"
        let shell = try ringback.run(["--now", "2026-11-24T16:00"], input: script)
        #expect(shell.stdout.contains("you owe Sam: a thank-you note by today"))
        #expect(shell.stdout.contains("Check in Mon 30 Nov, the working day after?"))
        #expect(shell.stdout.contains("Saved."))
        let agenda = try ringback.run(["agenda", "--days", "7", "--now", "2026-11-24T16:30"]).stdout
        #expect(agenda.components(separatedBy: "thank").count - 1 == 1, "\(agenda)")
        #expect(agenda.contains("Sam Ortiz (Globex) · Mon 30 Nov"))
        try ringback.run(["log", "sam", "--outcome", "sent", "--channel", "email", "--now", "2026-11-24T17:00"])
        let after = try ringback.run(["agenda", "--days", "7", "--now", "2026-11-24T17:30"]).stdout
        #expect(!after.contains("thank"))
    }
}
