import Foundation
import RingbackCoach
import RingbackCore
import Testing

struct FollowUpStatsTests {
    func touch(_ contact: String, _ hour: Int, _ outcome: Outcome, _ channel: Channel = .call, setNext: Bool? = nil) -> Touch {
        var touch = Touch(
            id: "\(contact)\(hour)", contact: contact, at: Date(timeIntervalSince1970: TimeInterval(hour * 3600)), channel: channel,
            outcome: outcome)
        touch.setNext = setNext
        return touch
    }

    @Test func figuresComeFromTheTouches() {
        let touches = [
            touch("dana", 1, .connected, setNext: true), touch("dana", 2, .voicemail), touch("dana", 3, .noAnswer),
            touch("dana", 4, .replied, .email), touch("tom", 5, .noAnswer), touch("tom", 6, .connected),
            touch("zoe", 7, .meetingHeld, .meeting, setNext: true),
        ]
        let practice = [(false, 2), (true, 1)].map { met, hour in
            PracticeRecord(
                scenario: "s", at: Date(timeIntervalSince1970: TimeInterval(hour * 3600)), points: 1, outOf: 2, passed: met,
                met: ["specific-day": met])
        }
        let stats = FollowUpStats(touches: touches, practice: practice, now: Date(timeIntervalSince1970: 3 * 3600))
        #expect(stats.conversations == 3)
        #expect(stats.conversationsWithNextTime == 2)
        #expect(stats.attemptsBeforeReplies == [2, 1])
        #expect(stats.repliesByChannel == ["call": 2, "email": 1, "meeting": 1])
        #expect(stats.practice["specific-day"] == [true, false])
        #expect(FollowUpStats.chart([true, false, true]) == "█▁█")
    }

    @Test func practiceIsChartedWeekByWeek() {
        let now = Date(timeIntervalSince1970: 100 * 86_400)
        func record(daysAgo: Double, _ met: Bool) -> PracticeRecord {
            PracticeRecord(
                scenario: "s", at: now.addingTimeInterval(-daysAgo * 86_400), points: met ? 1 : 0, outOf: 1, passed: met,
                met: ["two-options": met])
        }
        let records = [
            record(daysAgo: 60, true), record(daysAgo: 20, false), record(daysAgo: 15, false), record(daysAgo: 9, true),
            record(daysAgo: 8, false), record(daysAgo: 2, true), record(daysAgo: 1, true),
        ]
        let stats = FollowUpStats(touches: [], practice: records, now: now)
        // Eight weeks, oldest first: the one from 60 days ago is older than that.
        #expect(stats.practiceByWeek["two-options"] == [nil, nil, nil, nil, nil, 0, 50, 100])
        #expect(FollowUpStats.weekly(stats.practiceByWeek["two-options"]!) == "·····▁▄█")
        #expect(stats.practice["two-options"]?.count == 7)
    }
}
