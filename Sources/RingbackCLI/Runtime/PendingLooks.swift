import Foundation

/// The replies `sync mail` listed under "needs a look" that the user has not dealt with yet,
/// kept on this machine (`$XDG_STATE_HOME/ringback/looks.json`, by store), so `sync looks`
/// lists them and the shell asks them one by one until each is applied or dropped.
struct PendingLooks: Codable {
    var byStore: [String: [MailSync.Look]] = [:]

    static func path(environment: [String: String]) -> String {
        (Locations.historyFile(environment: environment) as NSString).deletingLastPathComponent + "/looks.json"
    }

    static func read(environment: [String: String]) throws -> PendingLooks {
        let path = path(environment: environment)
        guard let data = FileManager.default.contents(atPath: path) else { return PendingLooks() }
        do {
            return try JSONDecoder.iso.decode(PendingLooks.self, from: data)
        } catch {
            throw RequestError.file(path: path, .invalid("\(error)"))
        }
    }

    func write(environment: [String: String]) throws {
        let path = Self.path(environment: environment)
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        let data = try JSONEncoder.iso.encode(self)
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw RequestError.file(path: path, .unwritable(error.localizedDescription))
        }
    }

    /// Adds the looks not already kept (by the touch they were recorded as), in time order.
    mutating func add(_ looks: [MailSync.Look], store: String) {
        var kept = byStore[store] ?? []
        let known = Set(kept.map(\.touch))
        kept += looks.filter { !known.contains($0.touch) }
        byStore[store] = kept.sorted { $0.at < $1.at }
    }

    /// Removes one look (by its touch), or every look of a store.
    mutating func remove(_ touch: String?, store: String) {
        byStore[store] = touch.map { touch in (byStore[store] ?? []).filter { $0.touch != touch } } ?? []
        if byStore[store]?.isEmpty == true { byStore[store] = nil }
    }
}

extension JSONEncoder {
    /// Dates as ISO 8601, keys sorted: files a person may read.
    static var iso: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return encoder
    }
}

extension JSONDecoder {
    static var iso: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
