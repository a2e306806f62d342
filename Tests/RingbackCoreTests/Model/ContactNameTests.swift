import RingbackCore
import Testing

struct ContactNameTests {
    @Test func ordinaryNamesPass() {
        for name in ["Dana Ruiz", "José Álvarez", "Zoë Lambert-O'Brien", "李小龍", String(repeating: "a", count: 120)] {
            #expect(ContactName.problem(with: name) == nil)
        }
    }

    @Test func controlCharactersEmptyAndHugeNamesAreRefusedWithAReason() {
        #expect(ContactName.problem(with: "Dana\nRuiz")?.contains("line breaks") == true)
        #expect(ContactName.problem(with: "Dana\tRuiz")?.contains("control characters") == true)
        #expect(ContactName.problem(with: "Dana\u{1B}[31m")?.contains("control characters") == true)
        #expect(ContactName.problem(with: "   ") == "the name is empty")
        #expect(
            ContactName.problem(with: String(repeating: "x", count: 100_000))
                == "the name is 100000 characters long; a name can be at most 120")
    }
}

struct FirstNameTests {
    @Test(arguments: [
        ("Hiring Manager Kate Lin", "Kate"), ("Dr. Priya Natarajan", "Priya"), ("Dana Ruiz", "Dana"), ("VP of Sales Tom Okafor", "Tom"),
        ("Zoë", "Zoë"), ("Manager", "Manager"),
    ])
    func greetingsUseTheFirstNamePastTitles(name: String, first: String) {
        #expect(ContactName.first(of: name) == first)
    }

    @Test func aNameTypedInLowerCaseIsCapitalisedAndCapitalsTypedAreKept() {
        #expect(ContactName.capitalized("maria lopez") == "Maria Lopez")
        #expect(ContactName.capitalized("jean-luc o'brien") == "Jean-Luc O'Brien")
        #expect(ContactName.capitalized("maria van der berg") == "Maria van der Berg")
        #expect(ContactName.capitalized("tom McAdams") == "Tom McAdams")
        #expect(ContactName.capitalized("iRobot") == "iRobot")
        #expect(ContactName.capitalized("Maria van der Berg") == "Maria van der Berg")
        #expect(ContactName.capitalized("zoë lambert") == "Zoë Lambert")
        #expect(ContactName.capitalized("joe's pizza") == "Joe's Pizza")
        #expect(ContactName.capitalized("bank of america") == "Bank of America")
        #expect(ContactName.capitalized("de beers") == "De Beers")
    }
}
