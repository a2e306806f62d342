import Foundation
import TOMLKit

/// What this machine's user keeps outside the store (`$XDG_CONFIG_HOME/ringback/config.toml`):
/// which store to open by default (a team database's `postgres://` URL, say), and the user's
/// name on a team, which a shared store cannot hold for everyone. TOML, written by
/// `ringback config store|me` and readable by hand.
struct LocalConfig: Codable, Equatable {
    var store: String?
    var me: String?
    /// The user's own mail addresses (`config email`): what `sync mail` counts as sent by them.
    var email: [String]?

    static func path(environment: [String: String]) -> String { Locations.configHome(environment: environment) + "/config.toml" }

    /// The file's settings; none when there is no file; a file that is not TOML is an error
    /// naming its line.
    static func read(environment: [String: String]) throws -> LocalConfig {
        let path = path(environment: environment)
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return LocalConfig() }
        do {
            return try TOMLDecoder().decode(LocalConfig.self, from: try TOMLTable(string: text))
        } catch let error as TOMLParseError {
            throw RequestError.file(path: "\(path):\(error.source.begin.line)", .invalid(error.description))
        } catch {
            throw RequestError.file(path: path, .invalid("\(error)"))
        }
    }

    /// Writes the settings back (0600: the store's address may name a server and user).
    func write(environment: [String: String]) throws {
        let path = Self.path(environment: environment)
        let table: TOMLTable = try TOMLEncoder().encode(self)
        // Private to the user, whatever the umask (it may name a database and a password file).
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        guard
            FileManager.default.createFile(
                atPath: path, contents: Data((table.convert(to: .toml) + "\n").utf8), attributes: [.posixPermissions: 0o600])
        else { throw RequestError.file(path: path, .unwritable("cannot write it")) }
    }
}
