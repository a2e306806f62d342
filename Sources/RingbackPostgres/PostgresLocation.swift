import Foundation
import RingbackStore

/// Where a team database is and how to log in, read from a `postgres://` URL the way libpq
/// reads it: `postgres://USER@HOST:PORT/DB?sslmode=prefer`, a socket folder as `?host=/path`
/// (peer authentication), `?passfile=PATH`. A password is never taken from the URL (it would
/// sit in shell history and settings): it comes from the password file named by `passfile`,
/// else `PGPASSFILE`, else `~/.pgpass`, as `host:port:database:user:password` lines.
public struct PostgresLocation: Equatable, Sendable {
    /// How much TLS: `disable`, `prefer` (TLS when the server offers it, libpq's default),
    /// `require` (never in the clear), `verify-full` (and the certificate checked).
    public enum TLSMode: String, Sendable, CaseIterable {
        case disable, allow, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    public var host: String
    /// A socket folder when `host` starts with "/".
    public var port: Int
    public var user: String
    public var database: String
    public var tls: TLSMode
    public var passfile: String?

    /// The URL as shown in messages: never a password.
    public var display: String {
        host.hasPrefix("/") ? "postgres://\(user)@/\(database)?host=\(host)" : "postgres://\(user)@\(host):\(port)/\(database)"
    }

    /// True for a `postgres://` or `postgresql://` address.
    public static func isURL(_ text: String) -> Bool { text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") }

    /// Reads the URL; a mistake is a sentence saying what is wrong.
    public init(_ text: String, environment: [String: String]) throws {
        guard Self.isURL(text), let components = URLComponents(string: text) else {
            throw PostgresLocationError("not a postgres:// URL (postgres://USER@HOST:PORT/DATABASE)")
        }
        guard components.password == nil else {
            throw PostgresLocationError(
                "the URL holds a password; put it in a password file (?passfile=PATH, PGPASSFILE or ~/.pgpass) instead")
        }
        var query: [String: String] = [:]
        for item in components.queryItems ?? [] { query[item.name] = item.value ?? "" }
        let known: Set<String> = ["sslmode", "host", "port", "passfile", "user", "dbname"]
        if let unknown = query.keys.sorted().first(where: { !known.contains($0) }) {
            throw PostgresLocationError("unknown URL parameter '\(unknown)' (known: \(known.sorted().joined(separator: ", ")))")
        }
        let socketFolder = query["host"].flatMap { $0.hasPrefix("/") ? $0 : nil }
        host = socketFolder ?? (components.host.flatMap { $0.isEmpty ? nil : $0 } ?? query["host"] ?? "/var/run/postgresql")
        port = components.port ?? query["port"].flatMap(Int.init) ?? 5432
        user =
            components.user.flatMap { $0.removingPercentEncoding } ?? query["user"] ?? environment["PGUSER"] ?? environment["USER"]
            ?? "postgres"
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.removingPercentEncoding.flatMap { $0.isEmpty ? nil : $0 } ?? query["dbname"] ?? user
        let mode = query["sslmode"] ?? environment["PGSSLMODE"] ?? "prefer"
        guard let tls = TLSMode(rawValue: mode) else {
            throw PostgresLocationError("sslmode '\(mode)' is not one of \(TLSMode.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self.tls = tls
        passfile = query["passfile"] ?? environment["PGPASSFILE"] ?? environment["HOME"].map { $0 + "/.pgpass" }
    }

    /// The password for this location from the password file, if one matches. A file others
    /// may read is refused, as libpq refuses it: the password would not be a secret.
    public func password() throws -> String? {
        guard let passfile, let text = try? String(contentsOfFile: passfile, encoding: .utf8) else { return nil }
        var info = stat()
        if stat(passfile, &info) == 0, info.st_mode & 0o077 != 0 {
            throw StoreError.io(
                path: passfile,
                problem: "this password file can be read by others (mode \(String(info.st_mode & 0o777, radix: 8))); "
                    + "`chmod 600 \(passfile)` and try again; nothing was changed")
        }
        let hostName = host.hasPrefix("/") ? "localhost" : host
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = Self.fields(String(line))
            guard fields.count == 5 else { continue }
            let wanted = [hostName, String(port), database, user]
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    /// A password file line's fields: `:` separates, `\:` and `\\` escape.
    static func fields(_ line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var escaping = false
        for character in line {
            if escaping {
                current.append(character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else if character == ":" {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}

/// A `postgres://` URL that cannot be used, and why.
public struct PostgresLocationError: Error, CustomStringConvertible, Equatable {
    public let description: String
    init(_ description: String) { self.description = description }
}
