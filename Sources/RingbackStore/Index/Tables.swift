import Foundation
import RingbackCore

/// The derived tables of one consistent view of the store: the directory (one row per
/// contact), the activity (one row per touch) and the schedule (the next steps). A stale
/// table is rebuilt from the contact files when the view holds the exclusive lock, and
/// reported as `Stale` otherwise, so the reader can come back with it.
struct Tables {
    struct Stale: Error {}

    let store: FileStore
    let manifest: Manifest
    /// True under the exclusive lock: stale tables may be rebuilt.
    var rebuild = true
    /// True when there is no store file yet: every table is empty.
    var empty = false
    /// Plans the schedule when a rebuild happens anyway (a writer passes its own).
    var indexer: Indexer?

    init(store: FileStore, manifest: Manifest, rebuild: Bool = true, empty: Bool = false, indexer: Indexer? = nil) {
        self.store = store
        self.manifest = manifest
        self.rebuild = rebuild
        self.empty = empty
        self.indexer = indexer
    }

    static func directoryIndex(_ layout: StoreLayout) -> RowIndex {
        RowIndex(kind: "directory", folder: layout.indexFolder, bytesPerRow: 80)
    }
    static func activityIndex(_ layout: StoreLayout) -> RowIndex { RowIndex(kind: "activity", folder: layout.indexFolder, bytesPerRow: 40) }
    /// The activity table's format: its rows hold the start of each touch's id (tables built
    /// before had none, so they are rebuilt once).
    static let activityStamp = "ids"

    static func figuresIndex(_ layout: StoreLayout) -> RowIndex { RowIndex(kind: "figures", folder: layout.indexFolder, bytesPerRow: 40) }
    static func scheduleIndex(_ layout: StoreLayout) -> RowIndex {
        RowIndex(kind: "schedule", folder: layout.indexFolder, bytesPerRow: 100)
    }

    static func planning(_ settings: Settings) -> Settings { Planning.settings(settings) }
    static func scheduleStamp(_ indexer: Indexer, _ settings: Settings) -> String { Planning.stamp(indexer, settings) }

    func directory() throws -> [ContactSummary] {
        if empty { return [] }
        if let rows = Self.parse(Self.directoryIndex(store.layout), manifest.generation, "", DirectoryRows.parse) { return rows }
        return try rebuilt(indexer: indexer).directory
    }

    /// The entries whose name has words starting with the words of `name`, in order, found
    /// in the directory's bytes without reading the other rows (see `ContactDirectory`).
    func candidates(for name: String) throws -> [ContactBook.Entry] {
        if empty { return [] }
        let words = NameMatcher.normalize(name).split(separator: " ").map { Array(RowText.escape(String($0)).utf8) }
        guard !words.isEmpty else { return [] }
        let found = Self.parse(Self.directoryIndex(store.layout), manifest.generation, "") { line -> ContactBook.Entry?? in
            guard let key = RowText.field(line, 3) else { return .some(nil) }
            return DirectoryRows.startsWords(words, in: key) ? DirectoryRows.entry(line).map { .some($0) } : .some(nil)
        }
        if let found { return found.compactMap { $0 } }
        return try rebuilt(indexer: indexer).directory.map(\.entry).filter {
            DirectoryRows.startsWords(words, in: Array(RowText.escape($0.key).utf8))
        }
    }

    /// The directory as a `ContactBook` needs it (names and ids only).
    func entries() throws -> [ContactBook.Entry] {
        if empty { return [] }
        if let rows = Self.parse(Self.directoryIndex(store.layout), manifest.generation, "", DirectoryRows.entry) { return rows }
        return try rebuilt(indexer: indexer).directory.map(\.entry)
    }

    func activity() throws -> [Touch] {
        if empty { return [] }
        if let rows = Self.parse(Self.activityIndex(store.layout), manifest.generation, Self.activityStamp, ActivityRows.parse) {
            return rows.sorted { $0.at < $1.at }
        }
        return try rebuilt(indexer: indexer).activity.sorted { $0.at < $1.at }
    }

    /// Everyone's real-call figures, added up from one row per contact.
    func figures() throws -> ActivityFigures {
        if empty { return ActivityFigures() }
        var total = FigureRows.Total()
        let current = Self.parse(Self.figuresIndex(store.layout), manifest.generation, "") { FigureRows.add($0, to: &total) ? true : nil }
        return try current == nil ? rebuilt(indexer: indexer).figures : total.result
    }

    /// The contacts with a touch whose id starts with `prefix`, found in the activity
    /// table's bytes.
    func contacts(withTouch prefix: String) throws -> [String] {
        if empty { return [] }
        let start = String(prefix.lowercased().prefix(ActivityRows.idLength))
        let wanted = Array(RowText.escape(start).utf8)
        guard !wanted.isEmpty else { return [] }
        let found = Self.parse(Self.activityIndex(store.layout), manifest.generation, Self.activityStamp) { line -> String?? in
            guard let id = RowText.field(line, 5) else { return .some(nil) }
            return id.starts(with: wanted) ? .some(RowText.text(RowIndex.firstField(line))) : .some(nil)
        }
        let owners =
            try found.map { $0.compactMap { $0 } }
            ?? rebuilt(indexer: indexer).activity.filter {
                $0.id.lowercased().hasPrefix(start)
            }.map(\.contact)
        var seen = Set<String>()
        return owners.filter { seen.insert($0).inserted }
    }

    func schedule(_ indexer: Indexer) throws -> [AgendaItem] {
        if empty { return [] }
        var keys = ScheduleRows.KeyCache()
        let stamp = Self.scheduleStamp(indexer, manifest.settings)
        if let rows = Self.parse(Self.scheduleIndex(store.layout), manifest.generation, stamp, { ScheduleRows.parse($0, &keys) }) {
            return rows
        }
        return try rebuilt(indexer: indexer).schedule
    }

    /// Every step with its timing only (contact, due, kind, channel, attempt; no names or
    /// texts): enough to rank them, at a fraction of the cost.
    func briefSchedule(_ indexer: Indexer) throws -> [BriefStep] {
        if empty { return [] }
        let stamp = Self.scheduleStamp(indexer, manifest.settings)
        if let rows = Self.parse(Self.scheduleIndex(store.layout), manifest.generation, stamp, ScheduleRows.brief) { return rows }
        return try rebuilt(indexer: indexer).schedule.map(BriefStep.init)
    }

    /// Every step in brief, and the full steps of the contacts `pick` chooses from them, in
    /// one read of the table; nil when it is stale (the caller rebuilds it).
    func narrowedSchedule(_ indexer: Indexer, pick: (Settings, [BriefStep]) -> Set<String>) -> (brief: [BriefStep], items: [AgendaItem])? {
        guard !empty else { return ([], []) }
        let stamp = Self.scheduleStamp(indexer, manifest.settings)
        let found = Self.scheduleIndex(store.layout).withRows(generation: manifest.generation, stamp: stamp) {
            rows -> (brief: [BriefStep], items: [AgendaItem])? in
            var brief: [BriefStep] = []
            brief.reserveCapacity(rows.count)
            // A hash of each row's id beside it, so finding the chosen contacts' rows compares
            // integers, not every id's text.
            var hashes: [UInt64] = []
            hashes.reserveCapacity(rows.count)
            for row in rows {
                guard let step = ScheduleRows.brief(row) else { return nil }
                brief.append(step)
                hashes.append(RowText.hash(RowIndex.firstField(row)))
            }
            let chosen = pick(manifest.settings, brief)
            // A few (`next`) compared in a list; many (a page of the agenda) looked up in a set.
            let list = chosen.map { RowText.hash(RowText.escape($0).utf8) }
            let set = Set(list)
            let isChosen: (UInt64) -> Bool = list.count <= 8 ? { list.contains($0) } : { set.contains($0) }
            var keys = ScheduleRows.KeyCache()
            var items: [AgendaItem] = []
            for (index, row) in rows.enumerated() where isChosen(hashes[index]) && chosen.contains(brief[index].contact) {
                guard let item = ScheduleRows.parse(row, &keys) else { return nil }
                items.append(item)
            }
            return (brief, items)
        }
        return found ?? nil
    }

    /// The full steps of some contacts only.
    func schedule(_ indexer: Indexer, of contacts: Set<String>) throws -> [AgendaItem] {
        if empty || contacts.isEmpty { return [] }
        let ids = Set(contacts.map { Array(RowText.escape($0).utf8) })
        let hashes = Set(ids.map { RowText.hash($0) })
        var keys = ScheduleRows.KeyCache()
        let stamp = Self.scheduleStamp(indexer, manifest.settings)
        let found = Self.parse(Self.scheduleIndex(store.layout), manifest.generation, stamp) { line -> AgendaItem?? in
            let id = RowIndex.firstField(line)
            guard hashes.contains(RowText.hash(id)), ids.contains(Array(id)) else { return .some(nil) }
            return ScheduleRows.parse(line, &keys).map { .some($0) }
        }
        if let found { return found.compactMap { $0 } }
        return try rebuilt(indexer: indexer).schedule.filter { contacts.contains($0.step.contact) }
    }

    /// Every row of a current table, or nil when it is stale or a row does not read.
    private static func parse<Row>(
        _ index: RowIndex, _ generation: Int, _ stamp: String, _ parse: (RowText.Field) -> Row?
    ) -> [Row]? {
        var rows: [Row] = []
        var damaged = false
        let current = index.read(
            generation: generation, stamp: stamp, sized: { rows.reserveCapacity($0 / index.bytesPerRow) },
            { line in
                if let row = parse(line) { rows.append(row) } else { damaged = true }
            })
        return current && !damaged ? rows : nil
    }

    func rebuilt(indexer: Indexer?) throws -> (
        directory: [ContactSummary], activity: [Touch], schedule: [AgendaItem], figures: ActivityFigures
    ) {
        guard rebuild else { throw Stale() }
        let files = try store.contactFiles().compactMap { try store.readContactFile($0) }
        let layout = store.layout
        try PosixFile.makeFolder(layout.indexFolder)
        let directory = files.map { ContactSummary($0.contact) }
        try Self.directoryIndex(layout).rewrite(directory.map(DirectoryRows.row), generation: manifest.generation, stamp: "")
        let activity = files.flatMap(\.touches)
        try Self.activityIndex(layout).rewrite(activity.map(ActivityRows.row), generation: manifest.generation, stamp: Self.activityStamp)
        try Self.figuresIndex(layout).rewrite(files.map(FigureRows.row), generation: manifest.generation, stamp: "")
        var figures = ActivityFigures()
        for file in files { figures.add(ActivityFigures(contactTouches: file.touches)) }
        var schedule: [AgendaItem] = []
        if let indexer {
            schedule = indexer.build(manifest.settings, files.map(\.contact))
            try Self.scheduleIndex(layout).rewrite(
                schedule.map(ScheduleRows.row), generation: manifest.generation, stamp: Self.scheduleStamp(indexer, manifest.settings))
        }
        return (directory, activity, schedule, figures)
    }

    /// Adds a committed change to every table (or drops a table that cannot take it, to be
    /// rebuilt when next read).
    static func record(_ record: ChangeRecord, previous: Manifest, store: FileStore, indexer: Indexer?) throws {
        let layout = store.layout
        try PosixFile.makeFolder(layout.indexFolder)
        let generation = record.manifest.generation
        let files = record.contactIDs.map { ($0, record.after[$0] ?? nil) }
        let directoryTaken = try directoryIndex(layout).append(
            files.map { ($0.0, $0.1.map { [DirectoryRows.row(ContactSummary($0.contact))] } ?? []) }, generation: generation, stamp: "")
        let activityTaken = try activityIndex(layout).append(
            files.map { ($0.0, $0.1.map { $0.touches.map(ActivityRows.row) } ?? []) }, generation: generation, stamp: activityStamp)
        let figuresTaken = try figuresIndex(layout).append(
            files.map { ($0.0, $0.1.map { [FigureRows.row($0)] } ?? []) }, generation: generation, stamp: "")
        // A table that missed a change (the store's first, or one after a crash) is rebuilt
        // from the contact files, which already hold this change.
        guard directoryTaken && activityTaken && figuresTaken else {
            _ = try Tables(store: store, manifest: record.manifest, indexer: indexer).rebuilt(indexer: indexer)
            return
        }
        let schedule = scheduleIndex(layout)
        let settings = record.manifest.settings
        guard let indexer, record.settingsBefore.map(planning) ?? planning(settings) == planning(settings),
            try schedule.append(
                files.map { ($0.0, $0.1.map { indexer.build(settings, [$0.contact]).map(ScheduleRows.row) } ?? []) },
                generation: generation, stamp: scheduleStamp(indexer, settings))
        else {
            return schedule.remove()
        }
    }
}
