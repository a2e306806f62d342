import Foundation
import RingbackCore
import RingbackTestSupport
import Testing

@testable import RingbackCLI

/// When a touch happened, as `edit --at` reads it: past phrases, and nothing still ahead.
struct WhenInputTests {
    let now = Paris.date("2026-11-30T10:00")  // a Monday
    let clock = Paris.date("2026-11-24T16:45")  // the touch's own time of day

    func past(_ text: String) throws -> Date {
        try WhenInput.past(text, option: "--at", keepingTimeOf: clock, settings: Settings(), calendar: Paris.calendar, now: now)
    }

    @Test func pastPhrasesAreRead() throws {
        #expect(try past("3 days ago") == Paris.date("2026-11-27T10:00"))
        #expect(try past("an hour ago") == Paris.date("2026-11-30T09:00"))
        #expect(try past("2 weeks ago") == Paris.date("2026-11-16T10:00"))
        #expect(try past("yesterday at 3pm") == Paris.date("2026-11-29T15:00"))
        #expect(try past("last friday at 2pm") == Paris.date("2026-11-27T14:00"))
        #expect(try past("2026-11-20T09:30") == Paris.date("2026-11-20T09:30"))
    }

    @Test func aDayAloneKeepsTheTouchsTimeOfDay() throws {
        #expect(try past("yesterday") == Paris.date("2026-11-29T16:45"))
        #expect(try past("last tuesday") == Paris.date("2026-11-24T16:45"))
    }

    @Test func aMomentStillAheadIsRefused() {
        #expect(throws: RequestError.self) { try past("friday") }
        #expect(throws: RequestError.self) { try past("tomorrow at 9") }
        #expect(throws: RequestError.self) { try past("whenever") }
    }
}
