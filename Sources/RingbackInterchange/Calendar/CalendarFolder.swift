import Foundation

/// Reads calendars where programs keep them: one `.ics` file (an export, a feed), or a
/// folder of them (a vdir of khal and vdirsyncer: one event per file, a calendar per
/// subfolder). Files are only read.
public struct CalendarFolder: Sendable {
    public var paths: [String]

    public init(paths: [String]) {
        self.paths = paths
    }

    /// Every event of every file; `unreadable` counts events without a UID or a start.
    public func events(fallback: TimeZone) throws -> (events: [CalendarEvent], files: Int, unreadable: Int) {
        var events: [CalendarEvent] = []
        var files = 0
        var unreadable = 0
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw InterchangeError.unreadable(path: path, reason: "no such file or folder")
            }
            for file in isFolder.boolValue ? try Self.icsFiles(in: path, depth: 0) : [path] {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw InterchangeError.unreadable(path: file, reason: "cannot be opened")
                }
                guard let text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1),
                    text.contains("BEGIN:VCALENDAR") || text.contains("BEGIN:VEVENT")
                else {
                    if !isFolder.boolValue {
                        throw InterchangeError.unreadable(path: file, reason: "not an iCalendar file (no BEGIN:VCALENDAR)")
                    }
                    continue
                }
                files += 1
                let read = CalendarEvent.events(in: text, place: file, fallback: fallback)
                events += read.events
                unreadable += read.unreadable
            }
        }
        return (events, files, unreadable)
    }

    private static func icsFiles(in path: String, depth: Int) throws -> [String] {
        var out: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: path).sorted() where !name.hasPrefix(".") {
            let child = path + "/" + name
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: child, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                if depth < 3 { out += try icsFiles(in: child, depth: depth + 1) }
            } else if name.lowercased().hasSuffix(".ics") {
                out.append(child)
            }
        }
        return out
    }
}
