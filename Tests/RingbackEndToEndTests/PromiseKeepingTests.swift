import Foundation
import Testing

/// Promises and agreed times stay until settled, through the binary.
struct PromiseKeepingEndToEndTests {
    let ringback = RingbackProcess()

    @Test func theirPromiseSurvivesALaterCallAndIsSettledByDone() throws {
        try ringback.run([
            "log", "Dana", "--outcome", "connected", "--commitment", "send the budget", "--by", "friday", "--now", "2026-11-24T10:00",
        ])
        try ringback.run(["log", "dana", "--outcome", "connected", "--note", "budget still coming", "--now", "2026-11-25T10:00"])
        #expect(
            try ringback.run(["show", "dana", "--now", "2026-11-25T10:05"]).stdout.contains("Dana owes: send the budget · by Fri 27 Nov"))
        let received = try ringback.run(["done", "dana", "budget", "--now", "2026-11-26T10:00"])
        #expect(received.stdout.contains("Received: send the budget (Dana)."))
        let shown = try #require(try ringback.run(["show", "dana", "--json", "--now", "2026-11-26T10:05"]).json() as? [String: Any])
        let contact = try #require(shown["contact"] as? [String: Any])
        let settled = try #require(contact["settled"] as? [[String: Any]])
        #expect(settled.map { $0["how"] as? String } == ["done"])
    }

    /// helper-41: "sent rob the app" settled what the user owed, but the voicemail's paired
    /// email stayed due: `done --sent email` logs the message it went in, and the plan counts it.
    @Test func whatWasSentIsATouchThePlanCounts() throws {
        try ringback.run([
            "log", "Rob", "--outcome", "voicemail", "--owe", "the app", "--email", "rob@kim.example", "--now", "2026-11-24T10:00",
        ])
        let before = try #require(try ringback.run(["next", "--json", "--now", "2026-11-24T10:05"]).json() as? [String: Any])
        #expect(before["channel"] as? String == "email", "\(before)")
        let sent = try ringback.run(["done", "rob", "app", "--sent", "email", "--now", "2026-11-24T11:00"])
        #expect(sent.stdout.contains("Done: the app (Rob).") && sent.stdout.contains("Logged email (sent)."), "\(sent.stdout)")
        let after = try #require(try ringback.run(["next", "--json", "--now", "2026-11-24T11:05"]).json() as? [String: Any])
        #expect(after["kind"] as? String == "cadence" && after["dueNow"] as? Bool == false, "\(after)")
        let refused = try ringback.run(["done", "rob", "app", "--sent", "email", "--cancel", "--now", "2026-11-24T11:10"])
        #expect(refused.status != 0 && refused.stderr.contains("--sent needs no --cancel"), "\(refused.stderr)")
    }

    @Test func anAgreedCallSurvivesAnEmailLoggedBeforeIt() throws {
        try ringback.run(["log", "Dana", "--outcome", "connected", "--next", "thursday at 13:00", "--now", "2026-11-24T10:00"])
        try ringback.run(["log", "dana", "--outcome", "sent", "--channel", "email", "--note", "the quote", "--now", "2026-11-24T16:00"])
        let next = try #require(try ringback.run(["next", "--json", "--now", "2026-11-24T16:05"]).json() as? [String: Any])
        #expect(next["kind"] as? String == "agreed")
        #expect(next["due"] as? String == "2026-11-26T13:00:00+01:00")
    }

    /// helper-39: a time agreed saved by mistake could not be taken back but by `undo`;
    /// `done NAME agreed --cancel` (or its topic's words) takes it back and nothing else.
    @Test func anAgreedTimeSavedByMistakeIsCancelledByDone() throws {
        try ringback.run([
            "log", "Dana", "--outcome", "connected", "--next", "wednesday", "--owe", "pricing for 3 sites", "--now", "2026-11-24T10:00",
        ])
        let cancelled = try ringback.run(["done", "dana", "next", "step", "--cancel", "--now", "2026-11-24T10:05"])
        #expect(cancelled.status == 0 && cancelled.stdout.contains("Cancelled: the next step (Dana)."), "\(cancelled.stdout)")
        #expect(cancelled.stdout.contains("Still open: pricing for 3 sites."))
        let next = try #require(try ringback.run(["next", "--json", "--now", "2026-11-24T10:06"]).json() as? [String: Any])
        #expect(next["kind"] as? String != "agreed")
        #expect(try ringback.run(["done", "dana", "agreed", "--cancel"]).status != 0)
    }
}

/// Days off: none on 25 December by default, more from a holiday calendar.
struct DaysOffEndToEndTests {
    let ringback = RingbackProcess()

    @Test func christmasIsSkippedAndHolidaysComeFromAnICSFile() throws {
        try ringback.run(["log", "Dana", "--outcome", "no-answer", "--now", "2026-12-22T10:00"])
        let next = try #require(try ringback.run(["next", "--json", "--now", "2026-12-22T10:05"]).json() as? [String: Any])
        #expect(next["due"] as? String == "2026-12-28T00:00:00+01:00")  // three days on is the 25th
        let ics = ringback.folder + "/holidays.ics"
        try "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261228\r\nSUMMARY:Extra day\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            .write(toFile: ics, atomically: true, encoding: .utf8)
        #expect(try ringback.run(["config", "days-off", ics]).status == 0)
        // A holiday file adds to the days already off.
        #expect(try ringback.run(["config", "days-off"]).stdout == "01-01,12-25,2026-12-28\n")
        let both = try #require(try ringback.run(["next", "--json", "--now", "2026-12-22T10:05"]).json() as? [String: Any])
        #expect(both["due"] as? String == "2026-12-29T00:00:00+01:00")
        // "replace FILE" keeps only the file's days.
        #expect(try ringback.run(["config", "days-off", "replace " + ics]).status == 0)
        #expect(try ringback.run(["config", "days-off"]).stdout == "2026-12-28\n")
        let moved = try #require(try ringback.run(["next", "--json", "--now", "2026-12-22T10:05"]).json() as? [String: Any])
        #expect(moved["due"] as? String == "2026-12-25T00:00:00+01:00")
        // A closure over several days counts every one of them (DTEND is the day after the last).
        let closure = ringback.folder + "/closure.ics"
        try """
        BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261224\r\nDTEND;VALUE=DATE:20261229\r\nSUMMARY:Office closed\r\n\
        END:VEVENT\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270101\r\nDURATION:P2D\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n
        """.write(toFile: closure, atomically: true, encoding: .utf8)
        #expect(try ringback.run(["config", "days-off", "standard"]).status == 0)
        #expect(try ringback.run(["config", "days-off", closure]).status == 0)
        #expect(
            try ringback.run(["config", "days-off"]).stdout
                == "01-01,12-25,2026-12-24,2026-12-25,2026-12-26,2026-12-27,2026-12-28,2027-01-01,2027-01-02\n")
        #expect(try ringback.run(["config", "days-off", "12-25,2026-12-28"]).status == 0)
        let listed = try #require(try ringback.run(["next", "--json", "--now", "2026-12-22T10:05"]).json() as? [String: Any])
        #expect(listed["due"] as? String == "2026-12-29T00:00:00+01:00")
        #expect(try ringback.run(["config", "days-off", "christmas"]).status == 1)
    }
}

/// A day's step waits for working hours (9:00-17:30 by default, a setting); an agreed time
/// does not.
struct WorkingHoursTests {
    let ringback = RingbackProcess()

    @Test func aDaysStepWaitsForWorkingHoursAndAnAgreedTimeDoesNot() throws {
        try ringback.run(["log", "Dana", "--outcome", "no-answer", "--now", "2026-11-20T10:00"])
        #expect(try ringback.run(["next", "--due", "--now", "2026-11-24T10:00"]).status == 0)
        let evening = try ringback.run(["next", "--now", "2026-11-24T20:00"])
        #expect(evening.stdout.hasPrefix("Outside your working hours (09:00–17:30); it can wait till tomorrow (Wed 25 Nov), 09:00:"))
        // On a Saturday, the day it waits for is named (a step due "today" is not "first thing next working day").
        #expect(
            try ringback.run(["next", "--now", "2026-11-28T11:00"]).stdout.hasPrefix(
                "Outside your working hours (09:00–17:30); it can wait till Mon 30 Nov, 09:00:"))
        #expect(try ringback.run(["next", "--due", "--now", "2026-11-24T20:00"]).status == 1)
        #expect(try ringback.run(["next", "--due", "--now", "2026-11-28T11:00"]).status == 1)  // a Saturday
        #expect(try ringback.run(["config", "working-hours", "08:00-21:00"]).status == 0)
        #expect(try ringback.run(["next", "--due", "--now", "2026-11-24T20:00"]).status == 0)
        try ringback.run(["log", "Tom", "--outcome", "connected", "--next", "today at 21:30", "--now", "2026-11-24T19:00"])
        let agreed = try #require(try ringback.run(["next", "--json", "--due", "--now", "2026-11-24T21:40"]).json() as? [String: Any])
        #expect(agreed["kind"] as? String == "agreed" && agreed["dueNow"] as? Bool == true)
    }
}

/// The pipeline view: stats over a window, rounded percentages.
struct StatsWindowTests {
    let ringback = RingbackProcess()

    @Test func statsSinceADayAndRoundedPercentages() throws {
        try ringback.run(["log", "Dana", "--outcome", "connected", "--next", "friday", "--now", "2026-11-02T10:00"])
        try ringback.run(["log", "Tom", "--outcome", "connected", "--next", "friday", "--now", "2026-11-20T10:00"])
        try ringback.run(["log", "Zoe", "--outcome", "connected", "--now", "2026-11-20T11:00"])
        let all = try ringback.run(["stats", "--now", "2026-11-24T10:00"])
        #expect(all.stdout.contains("conversations that ended with a next time set: 2 of 3 (67%)"))
        let recent = try ringback.run(["stats", "--since", "2026-11-15", "--now", "2026-11-24T10:00"])
        #expect(recent.stdout.contains("conversations that ended with a next time set: 1 of 2 (50%)"))
        let ahead = try ringback.run(["stats", "--since", "friday", "--now", "2026-11-24T10:00"])
        #expect(ahead.status == 1)
        #expect(ahead.stderr.contains("still ahead"))
    }
}

/// Tags and search over the whole pipeline.
struct TagsAndSearchTests {
    let ringback = RingbackProcess()

    @Test func contactsByTagAndSearchAcrossNotesTidbitsAndPromises() throws {
        try ringback.run([
            "log", "Dana Ruiz", "--company", "Acme", "--outcome", "connected", "--tag", "Q1", "--note", "Budget meeting moved",
            "--now", "2026-11-24T10:00",
        ])
        try ringback.run([
            "log", "Tom Okafor", "--outcome", "connected", "--commitment", "the budget sheet", "--by", "friday",
            "--now", "2026-11-24T10:00",
        ])
        try ringback.run(["log", "Zoë Lambert", "--outcome", "voicemail", "--now", "2026-11-24T10:00"])
        let tagged = try #require(try ringback.run(["contacts", "--tag", "q1", "--json"]).json() as? [[String: Any]])
        #expect(tagged.map { $0["name"] as? String } == ["Dana Ruiz"])
        #expect(tagged.first?["tags"] as? [String] == ["q1"])
        let found = try ringback.run(["search", "budget"])
        #expect(found.stdout == "Dana Ruiz (Acme) · note: Budget meeting moved\nTom Okafor · promise: the budget sheet\n")
        #expect(try ringback.run(["search", "zoe"]).stdout.contains("Zoë Lambert · name: Zoë Lambert"))
        #expect(try ringback.run(["search", "nothing-like-this"]).stdout.contains("Nothing matches"))
        #expect(try ringback.run(["search"]).status == 1)
    }
}

/// A tidbit held back is offered with the next step.
struct MentionTests {
    let ringback = RingbackProcess()

    @Test func nextSuggestsTheTidbit() throws {
        try ringback.run(["log", "Dana", "--outcome", "connected", "--now", "2026-11-24T10:00"])
        let script = "debrief dana\nwe talked\nno\nno\ny\nno\ntheir Q1 review moved to January\n\ny\n"
        try ringback.run(["--now", "2026-11-24T11:00"], input: script)
        let next = try ringback.run(["next", "--now", "2026-11-24T11:05"])
        #expect(next.stdout.contains("Mention: their Q1 review moved to January"))
        let json = try #require(try ringback.run(["next", "--json", "--now", "2026-11-24T11:05"]).json() as? [String: Any])
        #expect(json["mention"] as? String == "their Q1 review moved to January")
    }
}

/// The weekly review, through the binary.
struct ReviewTests {
    let ringback = RingbackProcess()

    @Test func theWeekInFiguresSlippedPromisesAndColdContacts() throws {
        try ringback.run(["log", "Tom", "--outcome", "voicemail", "--now", "2026-10-20T10:00"])
        try ringback.run(["log", "Tom", "--outcome", "no-answer", "--now", "2026-11-20T10:00"])
        try ringback.run([
            "log", "Dana", "--outcome", "connected", "--next", "friday", "--commitment", "the budget", "--by", "2026-11-21",
            "--now", "2026-11-19T10:00",
        ])
        let review = try #require(try ringback.run(["review", "--json", "--now", "2026-11-24T10:00"]).json() as? [String: Any])
        #expect(review["touches"] as? Int == 2)
        #expect(review["conversations"] as? Int == 1)
        #expect(review["conversationsWithNextTime"] as? Int == 1)
        let slipped = try #require(review["slipped"] as? [[String: Any]])
        #expect(slipped.map { $0["what"] as? String } == ["the budget"])
        let cold = try #require(review["cold"] as? [[String: Any]])
        #expect(cold.map { $0["name"] as? String } == ["Tom"])
        let text = try ringback.run(["review", "--now", "2026-11-24T10:00"])
        #expect(text.stdout.contains("Dana owes you: the budget · was due Sat 21 Nov"))
        #expect(try ringback.run(["review", "--days", "0"]).status == 1)
    }
}

/// Written steps carry a subject line and the user's sign-off.
struct SignOffTests {
    let ringback = RingbackProcess()

    @Test func emailsHaveASubjectAndAreSignedOnceTheUserSaysWhoTheyAre() throws {
        try ringback.run(["log", "Dana Ruiz", "--outcome", "voicemail", "--now", "2026-11-24T10:00"])
        let before = try ringback.run(["next", "--now", "2026-11-24T10:05"])
        #expect(before.stdout.contains("Subject: Following up on my voicemail"))
        #expect(!before.stdout.contains("Sign-off"))
        #expect(try ringback.run(["config", "me", "Sam Lee"]).status == 0)
        // Your name is this machine's, not the store's: no change to undo, and any store signs with it.
        let config = try String(contentsOfFile: ringback.folder + "/config/ringback/config.toml", encoding: .utf8)
        #expect(config.contains("me = 'Sam Lee'"), "\(config)")
        #expect(!(try ringback.run(["undo", "--list"]).stdout.contains("config me")))
        let signed = try #require(try ringback.run(["next", "--json", "--now", "2026-11-24T10:05"]).json() as? [String: Any])
        #expect(signed["signOff"] as? String == "— Sam Lee")
        #expect(try ringback.run(["config", "signature", "Best, Sam · Acme"]).status == 0)
        #expect(try ringback.run(["next", "--now", "2026-11-24T10:05"]).stdout.contains("Sign-off: Best, Sam · Acme"))
    }
}

/// The email that pairs with a voicemail is for that day only.
struct PairedMessageDayTests {
    let ringback = RingbackProcess()

    @Test func theVoicemailEmailIsNotSuggestedDaysLater() throws {
        try ringback.run(["log", "Dana", "--outcome", "voicemail", "--now", "2026-11-24T10:00"])
        let sameDay = try #require(try ringback.run(["next", "--json", "--now", "2026-11-24T10:05"]).json() as? [String: Any])
        #expect(sameDay["kind"] as? String == "paired-message")
        let later = try #require(try ringback.run(["next", "--json", "--now", "2026-11-26T10:00"]).json() as? [String: Any])
        #expect(later["kind"] as? String == "cadence")
        #expect(!(later["script"] as? String ?? "").contains("voicemail"))
        #expect(!(try ringback.run(["show", "dana", "--now", "2026-12-30T10:00"]).stdout.contains("just left you a voicemail")))
    }
}

/// A contact in another time zone: agreed times show on both clocks.
struct TheirTimeZoneTests {
    let ringback = RingbackProcess()

    @Test func anAgreedTimeShowsTheirClockToo() throws {
        let logged = try ringback.run([
            "log", "Dana", "--outcome", "connected", "--next", "2026-11-26T13:00", "--time-zone", "Europe/London", "--now",
            "2026-11-24T10:00",
        ])
        #expect(logged.status == 0)
        let next = try ringback.run(["next", "--now", "2026-11-24T10:05"])
        #expect(next.stdout.contains("Thu 26 Nov, 13:00 (Thu 26 Nov, 12:00 their time)"))
        let json = try #require(try ringback.run(["next", "--json", "--now", "2026-11-24T10:05"]).json() as? [String: Any])
        #expect(json["theirTime"] as? String == "Thu 26 Nov, 12:00 their time")
        #expect(try ringback.run(["log", "Dana", "--outcome", "connected", "--time-zone", "Mars/Olympus"]).status == 1)
    }
}
