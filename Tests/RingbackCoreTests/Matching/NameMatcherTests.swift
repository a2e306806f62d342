import Foundation
import RingbackCore
import Testing

struct NameMatcherTests {
    let names = ["Dana Ruiz", "Dan Brown", "José Álvarez", "Zoë Lambert", "Danielle Ruiz"]

    func match(_ query: String) -> NameMatch<String> {
        NameMatcher.match(query, in: names, name: { $0 })
    }

    @Test(arguments: [
        ("dana ruiz", "Dana Ruiz"), ("DANA   RUIZ", "Dana Ruiz"), ("jose", "José Álvarez"), ("alvarez", "José Álvarez"),
        ("zoe", "Zoë Lambert"), ("Zoë L", "Zoë Lambert"), ("dan brown", "Dan Brown"), ("brown", "Dan Brown"),
        ("dana", "Dana Ruiz"), ("dani", "Danielle Ruiz"),
    ])
    func findsOneContactForgivingly(query: String, expected: String) {
        guard case .found(let name) = match(query) else {
            Issue.record("no single match for \(query): \(match(query))")
            return
        }
        #expect(name == expected)
    }

    @Test func ambiguousNamesListEveryCandidate() {
        guard case .ambiguous(let names) = match("ruiz") else {
            Issue.record("expected ambiguity")
            return
        }
        #expect(Set(names) == ["Dana Ruiz", "Danielle Ruiz"])
        guard case .ambiguous(let dans) = match("dan") else {
            Issue.record("expected ambiguity for dan")
            return
        }
        #expect(dans.count == 3)
    }

    @Test func unknownOrEmptyNamesMatchNothing() {
        guard case .none = match("Priya") else { return #expect(Bool(false)) }
        guard case .none = match("   ") else { return #expect(Bool(false)) }
    }
}

struct NameTypoTests {
    let names = ["Dana Ruiz", "Daniel Brown", "Priya Natarajan", "José Álvarez"]

    @Test func aNearMissFindsTheOneItWasMeantFor() {
        #expect(NameMatcher.closest("Dnaa", in: names, name: { $0 }) == "Dana Ruiz")
        #expect(NameMatcher.closest("prya", in: names, name: { $0 }) == "Priya Natarajan")
        #expect(NameMatcher.closest("Jose Alvares", in: names, name: { $0 }) == "José Álvarez")
        #expect(NameMatcher.closest("Dana Ruis", in: names, name: { $0 }) == "Dana Ruiz")
    }

    @Test func aNewNameIsNotMistakenForATypo() {
        #expect(NameMatcher.closest("Tom Okafor", in: names, name: { $0 }) == nil)
        #expect(NameMatcher.closest("Ana", in: names, name: { $0 }) == nil)
        #expect(NameMatcher.closest("Bo", in: names, name: { $0 }) == nil)
    }

    @Test func namesThatDifferInANumberAreDifferentPeople() {
        #expect(NameMatcher.closest("Contact 6", in: ["Contact 0"], name: { $0 }) == nil)
        #expect(NameMatcher.closest("Worker 12", in: ["Worker 1"], name: { $0 }) == nil)
        #expect(NameMatcher.closest("Contcat 6", in: ["Contact 6"], name: { $0 }) == "Contact 6")
    }

    @Test func twoEquallyCloseNamesAreNotGuessed() {
        #expect(NameMatcher.closest("Dan", in: ["Dana Ruiz", "Dane Cook"], name: { $0 }) == nil)
    }

    @Test func editDistanceCountsASwapAsOne() {
        #expect(NameMatcher.editDistance("dnaa", "dana") == 1)
        #expect(NameMatcher.editDistance("kitten", "sitting") == 3)
        #expect(NameMatcher.editDistance("", "abc") == 3)
        #expect(NameMatcher.editDistance("same", "same") == 0)
    }
}

struct NameWithCompanyTests {
    @Test(arguments: [
        ("Dana Ruiz from Acme", "Dana Ruiz", "Acme"), ("Tom at Globex", "Tom", "Globex"), ("dana (acme)", "dana", "acme"),
        ("Priya Natarajan, Brightline", "Priya Natarajan", "Brightline"), ("Zoë Lambert", "Zoë Lambert", nil),
        ("Jo @ Harbor Labs", "Jo", "Harbor Labs"),
        ("jen ortiz recruiter at talentbridge", "recruiter jen ortiz", "talentbridge"), ("Sam Lead", "Sam Lead", nil),
    ])
    func theCompanyIsSplitOff(text: String, name: String, company: String?) {
        #expect(NameWithCompany.parse(text) == NameWithCompany(name: name, company: company))
    }

    @Test func theCompanyPicksBetweenNamesakes() {
        let acme = ContactBook.Entry(id: "dana-ruiz", name: "Dana Ruiz", company: "Acme")
        let bright = ContactBook.Entry(id: "dana-ruiz-2", name: "Dana Ruiz", company: "Brightline")
        guard case .found(let found) = NameWithCompany.parse("dana (acme)").match(in: [acme, bright]) else {
            Issue.record("no match")
            return
        }
        #expect(found == acme)
        guard case .found(let only) = NameWithCompany.parse("Dana Ruiz from Acme").match(in: [acme]) else {
            Issue.record("no match")
            return
        }
        #expect(only == acme)
    }
}
