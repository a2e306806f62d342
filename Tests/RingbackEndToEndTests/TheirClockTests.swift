import Foundation
import Testing

/// Issue #29: a time agreed with someone in another zone is read on the clock named ("9am his
/// time", "10 EST"), echoed on both clocks, and questioned when it is their night or the
/// user's day off; in `log` and in the debrief alike. The process runs in Paris (TZ).
struct TheirClockTests {
    let ringback = RingbackProcess()
    let now = ["--now", "2026-11-23T10:00"]

    @Test func logReadsTheirClockAndQuestionsTheirNight() throws {
        try ringback.run(["log", "Kenji Sato", "--time-zone", "Asia/Tokyo", "--outcome", "connected"] + now)
        let his = try ringback.run(["log", "kenji", "--outcome", "connected", "--next", "tomorrow 9am his time"] + now)
        #expect(
            his.stdout.contains(
                "Understood --next 'tomorrow 9am his time': tomorrow (Tue 24 Nov), 01:00 (outside your working hours, 09:00–17:30; "
                    + "09:00 on Kenji's clock in Asia/Tokyo)."), "\(his.stdout)")
        let late = try ringback.run(["log", "kenji", "--outcome", "connected", "--next", "tomorrow 5pm"] + now)
        #expect(late.stdout.contains("tomorrow (Tue 24 Nov), 17:00 (01:00 Wed on Kenji's clock in Asia/Tokyo)."), "\(late.stdout)")
        let named = try ringback.run(["log", "Dana Ruiz", "--outcome", "connected", "--next", "tomorrow 10 EST"] + now)
        #expect(named.stdout.contains("tomorrow (Tue 24 Nov), 16:00 (10:00 in America/New_York)."), "\(named.stdout)")
        let weekend = try ringback.run(["log", "dana", "--outcome", "connected", "--next", "saturday 10am"] + now)
        #expect(weekend.stdout.contains("Sat 28 Nov, 10:00 (a day off for you)."), "\(weekend.stdout)")
        let unknown = try ringback.run(["log", "dana", "--outcome", "connected", "--next", "tomorrow 9am her time"] + now)
        #expect(unknown.stdout.contains("on your clock: Dana has no time zone"), "\(unknown.stdout)")
    }

    /// Golden: the debrief's question about a time that is the middle of their night.
    @Test func theDebriefQuestionsATimeAtTheirNight() throws {
        try ringback.run(["log", "Kenji Sato", "--time-zone", "Asia/Tokyo", "--outcome", "connected"] + now)
        let shell = try ringback.run(now, input: "debrief kenji\ntalked, call him thursday at 5pm\nn\n")
        #expect(
            shell.stdout.contains(
                """
                What happened with Kenji?
                Thu 26 Nov, 17:00, 01:00 Fri on Kenji's clock in Asia/Tokyo, right? (enter or y, n)
                """), "\(shell.stdout)")
        let his = try ringback.run(now, input: "debrief kenji\ntalked, call him thursday 10am his time\n")
        #expect(
            his.stdout.contains(
                "Thu 26 Nov, 02:00, outside your working hours (09:00–17:30), 10:00 on Kenji's clock in Asia/Tokyo, right? (enter or y, n)"),
            "\(his.stdout)")
        // Kept, the summary before saving shows both clocks too.
        let kept = try ringback.run(now, input: "debrief kenji\ntalked, call him thursday 10am his time\ny\nno\n\n\nn\n")
        #expect(kept.stdout.contains("  Next time agreed: Thu 26 Nov, 02:00 (10:00 on Kenji's clock)"), "\(kept.stdout)")
    }
}
