import RingbackCore
import RingbackReading
import Testing

/// A meeting they booked with the user is the next contact, never one held or a thing the
/// user owes (helper-40: "acme wants me for a panel interview next tues 11am" was a promise
/// the user owed; "they want me in for a second interview" was "you owe: me in for ...").
struct MeetingAheadTests {
    @Test(arguments: [
        "panel interview with acme next tues 11am",
        "they want me in for a second interview thursday at 2",
        "great call, acme wants me for a panel interview next tues 11am",
    ])
    func aMeetingAheadIsTheNextContact(text: String) throws {
        let reading = AnswerCorpus.reader.read(text)
        #expect(reading.next != nil, "\(text)")
        #expect(reading.outcome?.value != .meetingHeld, "\(text)")
        #expect(reading.promises.isEmpty, "\(reading.promises)")
        #expect(AnswerReader.namesAMeeting(try #require(reading.next).words))
    }

    /// "she'll follow up early next wk w next steps": what they come back with, by that day, is
    /// theirs to send; the user asks only if it does not come (it was saved as a time agreed).
    @Test func comingBackWithSomethingIsTheirPromise() throws {
        let reading = AnswerCorpus.reader.read("recruiter said shed follow up early next wk w next steps")
        let promise = try #require(reading.promises.first)
        #expect(promise.owner == .them && promise.what == "next steps" && promise.due != nil, "\(promise)")
        #expect(reading.next == nil)
    }

    /// Following up with a person of theirs is their errand, not a thing owed to the user.
    @Test func followingUpWithSomeoneIsNoPromiseOfThatPerson() {
        let reading = AnswerCorpus.reader.read("she'll follow up with her boss by friday")
        #expect(!reading.promises.contains { $0.what.contains("boss") }, "\(reading.promises)")
    }
}
