// swift-tools-version: 6.2
import PackageDescription

// Linux only (Debian and Ubuntu): the store calls Glibc directly and the shell links libedit.
let package = Package(
    name: "Ringback",
    products: [
        .executable(name: "ringback", targets: ["ringback"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        .package(url: "https://github.com/onevcat/Rainbow", from: "4.2.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // Pure domain model: contacts, touches, commitments, settings, calendars, name matching.
        .target(name: "RingbackCore"),
        // Pure reader of dates and times as people say them ("thursday after lunch").
        .target(name: "RingbackWhen", dependencies: ["RingbackCore"]),
        // The default content/ and data/demo.json, built into the binary by the EmbedFiles plugin.
        .target(name: "RingbackBuiltIn", plugins: ["EmbedFiles"]),
        .executableTarget(name: "EmbedFilesTool"),
        .plugin(name: "EmbedFiles", capability: .buildTool(), dependencies: ["EmbedFilesTool"]),
        // Loads and validates the coaching content: built in, with the user's overrides.
        .target(name: "RingbackContent", dependencies: ["RingbackCore", "RingbackBuiltIn", "Yams"]),
        // Pure scheduler: cadences, next-step rules, agenda ranking, iCalendar.
        .target(name: "RingbackScheduler", dependencies: ["RingbackCore", "RingbackContent"]),
        // Pure reader of debrief answers: clauses, owners, outcome, next contact, promises, stop, decision, referral.
        .target(name: "RingbackReading", dependencies: ["RingbackCore", "RingbackWhen", "RingbackBuiltIn"]),
        // The debrief conversation: a pure state machine over content, scheduler and dates.
        .target(
            name: "RingbackCoach",
            dependencies: ["RingbackCore", "RingbackContent", "RingbackScheduler", "RingbackWhen", "RingbackReading"]),
        // What other programs read and write: mail (Maildir, mbox, .eml, drafts), iCalendar in and out,
        // CSV and vCard imports, CSV export, JSON backups, joining a team's store.
        .target(
            name: "RingbackInterchange",
            dependencies: [
                "RingbackCore", "RingbackContent", "RingbackScheduler", "RingbackStore", .product(name: "CSV", package: "CSV.swift"),
            ]),
        // The JSON store on disk: locking, atomic writes, journal, index, migrations.
        .target(name: "RingbackStore", dependencies: ["RingbackCore"]),
        // The team store: the same Store in a PostgreSQL database (postgres-nio).
        .target(
            name: "RingbackPostgres",
            dependencies: ["RingbackCore", "RingbackStore", .product(name: "PostgresNIO", package: "postgres-nio")]),
        // The command line: argument parsing, services over store + scheduler, presentation.
        .target(
            name: "RingbackCLI",
            dependencies: [
                "RingbackCore", "RingbackContent", "RingbackScheduler", "RingbackStore", "RingbackPostgres", "RingbackWhen",
                "RingbackReading", "RingbackCoach", "RingbackInterchange",
                "RingbackBuiltIn",
                "CLibedit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Rainbow", package: "Rainbow"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // libedit from Debian's libedit-dev, for the interactive shell.
        .systemLibrary(
            name: "CLibedit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .executableTarget(name: "ringback", dependencies: ["RingbackCLI"]),

        // Fixtures shared by the test targets: Paris dates, the shipped content, temporary folders.
        .target(name: "RingbackTestSupport", dependencies: ["RingbackCore", "RingbackContent"], path: "Tests/RingbackTestSupport"),
        .testTarget(
            name: "RingbackCoreTests",
            dependencies: ["RingbackCore", "RingbackTestSupport", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "RingbackInterchangeTests", dependencies: ["RingbackInterchange", "RingbackTestSupport"]),
        .testTarget(name: "RingbackContentTests", dependencies: ["RingbackContent", "RingbackTestSupport"]),
        .testTarget(
            name: "RingbackSchedulerTests",
            dependencies: [
                "RingbackScheduler", "RingbackContent", "RingbackTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(name: "RingbackStoreTests", dependencies: ["RingbackStore", "RingbackTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "RingbackCoachTests", dependencies: ["RingbackCoach", "RingbackContent", "RingbackScheduler", "RingbackTestSupport"],
            exclude: ["Debrief/Transcripts", "Practice/Corpus", "Practice/Transcripts"]),
        .testTarget(
            name: "RingbackWhenTests",
            dependencies: ["RingbackWhen", "RingbackTestSupport", .product(name: "PropertyBased", package: "swift-property-based")],
            resources: [.copy("Corpus")]
        ),
        .testTarget(
            name: "RingbackReadingTests", dependencies: ["RingbackReading", "RingbackTestSupport"], resources: [.copy("Corpus")]),
        .testTarget(name: "RingbackPostgresTests", dependencies: ["RingbackPostgres"]),
        // Unit tests of the command line's pure parts (text wrapping, tables, shell intents).
        .testTarget(name: "RingbackCLITests", dependencies: ["RingbackCLI"]),
        // The real binary, run in private XDG folders.
        .testTarget(name: "RingbackEndToEndTests", dependencies: ["ringback", "RingbackTestSupport"], exclude: ["Fixtures"]),
    ]
)

// Our own code builds without a warning: every warning is an error.
for target in package.targets where target.type != .system && target.type != .plugin {
    target.swiftSettings = (target.swiftSettings ?? []) + [.treatAllWarnings(as: .error)]
}
