import RingbackReading
import Testing

/// Someone they point the user to, after who that person is to them (the fourth development
/// set's roles: a teammate, an estimator, a CPA), typed in lower case.
struct ReferralTests {
    @Test(arguments: [
        ("called the candidate, she referred me to her old teammate luis ortega, says hes looking", "Luis Ortega"),
        ("gc said talk to their estimator mike sorensen to get on the bid list", "Mike Sorensen"),
        ("client wants me to loop in her cpa, robert lange, on the tax side", "Robert Lange"),
    ])
    func aPersonAfterTheirRoleIsAReferral(text: String, name: String) {
        #expect(AnswerCorpus.reader.read(text).referral?.value == name, "\(text)")
    }

    /// A role with no name after it is nobody to add.
    @Test func aRoleAloneIsNoReferral() {
        #expect(AnswerCorpus.reader.read("gc said talk to their estimator about the bid list").referral == nil)
    }
}
