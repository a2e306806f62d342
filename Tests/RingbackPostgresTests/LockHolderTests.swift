import Testing

@testable import RingbackPostgres

struct LockHolderTests {
    @Test func aChangeIsNamedForWhoeverWaitsOnItAndReadBack() {
        let name = LockHolder.applicationName("Ana", "log call to Zoë Lambert")
        #expect(name == "ringback: Ana: log call to Zo%C3%AB Lambert")
        #expect(LockHolder.describe(name, seconds: 4) == "Ana's change (log call to Zoë Lambert, 4 s so far)")
        #expect(LockHolder.describe(LockHolder.applicationName(nil, "undo"), seconds: nil) == "a change (undo)")
    }

    @Test func theNameFitsWhatTheServerKeepsWithoutCuttingACharacter() {
        let name = LockHolder.applicationName("Ana", "import " + String(repeating: "é", count: 40))
        #expect(name.utf8.count <= 63)
        #expect(name.unicodeScalars.allSatisfy { $0.value >= 32 && $0.value < 127 })
        #expect(LockHolder.describe(name, seconds: nil).hasPrefix("Ana's change (import éé"))
    }

    @Test func anotherProgramIsNamedAsItNamesItself() {
        #expect(LockHolder.describe("psql", seconds: 12) == "another connection (psql, 12 s so far)")
        #expect(LockHolder.describe("", seconds: nil) == "another connection")
        #expect(LockHolder.describe("", seconds: 3) == "another connection (3 s so far)")
    }
}
