import Testing

@testable import RingbackCLI

struct ContactTableTests {
    let rows = [
        ContactTable.Row(
            name: "Priya Natarajan", company: "Northwind Health Partners International", status: "active", touches: "3",
            next: "Call · yesterday (Mon 23 Nov) · 1 day overdue"),
        ContactTable.Row(name: "Zoë Lambert", company: "Atelier Lumière", status: "waiting", touches: "12", next: "Text · Thu 26 Nov"),
    ]

    @Test func columnsLineUpAndFitTheWidth() {
        let lines = ContactTable.render(rows, width: 80)
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.count <= 80 })
        let statusColumn = lines[0].range(of: "STATUS")!.lowerBound.utf16Offset(in: lines[0])
        #expect(
            lines.dropFirst().allSatisfy { line in
                let index = line.index(line.startIndex, offsetBy: statusColumn)
                return line[index...].hasPrefix("active") || line[index...].hasPrefix("waiting")
            })
        #expect(lines[1].contains("…"))
    }

    /// Issue #27: a team's whole list says whose each contact is, and still fits.
    @Test func aTeamsListHasAnOwnerColumn() {
        var owned = rows
        owned[0].owner = "Ana"
        let lines = ContactTable.render(owned, width: 80, owners: true)
        #expect(lines[0].hasSuffix("OWNER"))
        #expect(lines[1].hasSuffix("  Ana") && lines[2].hasSuffix("  -"), "\(lines)")
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(!ContactTable.render(rows, width: nil).joined().contains("OWNER"))
    }

    @Test func aColouredCellIsMeasuredByWhatShowsAndCutWithItsColourReset() {
        let red = ContactTable.Row(
            name: "Tom Okafor", company: "Harbor Freight Co", status: "active", touches: "5",
            next: "Email · Tue 24 Nov · \u{1B}[31m2 days overdue\u{1B}[0m")
        let lines = ContactTable.render([red], width: 70)
        #expect(lines.allSatisfy { TextWrap.visibleWidth($0) <= 70 })
        #expect(lines[1].hasPrefix("Tom Okafor  Harbor Freight Co  active        5  Email · Tue 24 Nov · \u{1B}[31m"))
        #expect(lines[1].hasSuffix("…\u{1B}[0m"))
        #expect(!lines[1].contains("\u{1B}[3…"))
        let full = ContactTable.render([red], width: 200)
        #expect(full[1].hasSuffix("  Email · Tue 24 Nov · \u{1B}[31m2 days overdue\u{1B}[0m"))
    }

    @Test func withoutAWidthNothingIsCut() {
        let lines = ContactTable.render(rows, width: nil)
        #expect(lines[1].contains("Northwind Health Partners International"))
        #expect(lines[1].contains("1 day overdue"))
    }

    @Test func theNextColumnGivesWayFirstAndNoneGoesBelowItsMinimum() {
        #expect(ContactTable.fit([10, 10, 7, 7, 40], into: 70) == [10, 10, 7, 7, 28])
        #expect(ContactTable.fit([30, 30, 7, 7, 40], into: 20) == [12, 8, 7, 7, 14])
    }
}
