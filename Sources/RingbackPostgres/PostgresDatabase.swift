import Foundation
import Logging
import NIOCore
import NIOSSL
import PostgresNIO
import RingbackStore

/// One connection to the team database, used synchronously (the command line runs one thing
/// at a time): opened at the first query, every query waited for, errors turned into one
/// line naming the database (never its password). `transaction` runs a body between BEGIN and
/// COMMIT, rolling back when it throws or the connection drops.
final class PostgresDatabase: @unchecked Sendable {
    let location: PostgresLocation
    private var connection: PostgresConnection?
    private(set) var inTransaction = false
    private let logger: Logger = {
        var logger = Logger(label: "ringback.postgres")
        logger.logLevel = .critical
        return logger
    }()

    init(_ location: PostgresLocation) { self.location = location }

    deinit { try? connection?.close().wait() }

    private func open() throws -> PostgresConnection {
        if let connection, !connection.isClosed { return connection }
        let tls: PostgresConnection.Configuration.TLS
        if location.tls == .disable || location.host.hasPrefix("/") {
            tls = .disable
        } else {
            var configuration = TLSConfiguration.makeClientConfiguration()
            switch location.tls {
            case .verifyFull: configuration.certificateVerification = .fullVerification
            case .verifyCA: configuration.certificateVerification = .noHostnameVerification
            default: configuration.certificateVerification = .none
            }
            let context = try NIOSSLContext(configuration: configuration)
            tls = [.require, .verifyCA, .verifyFull].contains(location.tls) ? .require(context) : .prefer(context)
        }
        let password = try location.password()
        var configuration =
            location.host.hasPrefix("/")
            ? PostgresConnection.Configuration(
                unixSocketPath: "\(location.host)/.s.PGSQL.\(location.port)", username: location.user, password: password,
                database: location.database)
            : PostgresConnection.Configuration(
                host: location.host, port: location.port, username: location.user, password: password, database: location.database,
                tls: tls)
        configuration.options.connectTimeout = .seconds(10)
        // Ringback's statements are short: compiling their plans (JIT, on for large cost
        // estimates) cost more than it saved at 1,000,000 contacts (docs/team-benchmark.md).
        configuration.options.additionalStartupParameters = [("jit", "off")]
        do {
            let connection = try PostgresConnection.connect(
                on: PostgresConnection.defaultEventLoopGroup.any(), configuration: configuration, id: 1, logger: logger
            ).wait()
            self.connection = connection
            return connection
        } catch {
            throw failure(error)
        }
    }

    /// Runs one statement and returns its rows.
    @discardableResult
    func rows(_ query: PostgresQuery) throws -> [PostgresRow] {
        do {
            return try collect(query)
        } catch {
            throw failure(error)
        }
    }

    /// Runs one statement; nil when it gave up waiting for a lock (`lock_timeout`, SQLSTATE
    /// 55P03), so the caller can say whose work it waits on and try again.
    func rowsUnlessLocked(_ query: PostgresQuery) throws -> [PostgresRow]? {
        do {
            return try collect(query)
        } catch let error as PSQLError where error.serverInfo?[.sqlState] == "55P03" {
            return nil
        } catch {
            throw failure(error)
        }
    }

    /// The rows of a statement, taken one by one into an array of our own: the client's own
    /// collection grows its buffer by copying, which took minutes for ten million rows.
    private func collect(_ query: PostgresQuery) throws -> [PostgresRow] {
        let connection = try open()
        let collected = Collected()
        // The rows arrive on the connection's thread; `wait` returns after the last one.
        _ = try connection.query(query, logger: logger) { collected.rows.append($0) }.wait()
        return collected.rows
    }

    private final class Collected: @unchecked Sendable {
        var rows: [PostgresRow] = []
    }

    /// BEGIN, the body, COMMIT; ROLLBACK when the body throws.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        if inTransaction { return try body() }
        try rows("BEGIN ISOLATION LEVEL READ COMMITTED")
        inTransaction = true
        defer { inTransaction = false }
        do {
            let result = try body()
            try rows("COMMIT")
            return result
        } catch {
            _ = try? rows("ROLLBACK")
            throw error
        }
    }

    /// A database error as one line: what the server said, or why it could not be reached;
    /// inside a change, that nothing of it was kept (the transaction is rolled back).
    func failure(_ error: any Error) -> StoreError {
        if let error = error as? StoreError { return error }
        let unchanged = inTransaction ? "; nothing was changed" : ""
        if let error = error as? PSQLError, let message = error.serverInfo?[.message] {
            // The server answered: the connection is still good.
            let state = error.serverInfo?[.sqlState].map { " (SQLSTATE \($0))" } ?? ""
            return StoreError.io(path: location.display, problem: message + state + unchanged)
        }
        let problem: String
        // The client library's own description hides the cause: its code, or what it wraps.
        let text = (error as? PSQLError).map { psql in psql.underlying.map { "\($0)" } ?? "\(psql.code)" } ?? "\(error)"
        let connected = connection != nil || inTransaction
        let hungUp: [PSQLError.Code] = [.serverClosedConnection, .uncleanShutdown, .clientClosedConnection]
        let closed =
            (error as? PSQLError).map { hungUp.contains($0.code) || (connected && $0.code == .connectionError) } == true
            || text.contains("Connection reset") || text.contains("Broken pipe")
            // NIOSSL's word for a TLS connection dropped without a goodbye (a restart).
            || text.contains("uncleanShutdown")
        if (error as? PSQLError)?.code == .authMechanismRequiresPassword {
            // The server answered at once: it wants a password, and none was found.
            problem =
                "the database server asks for a password and none was found for this host, port, database and user "
                + "in the password file (?passfile=PATH, else PGPASSFILE, else ~/.pgpass, as host:port:database:user:password)"
        } else if text.contains("handshakeFailed") || text.contains("CERTIFICATE_VERIFY_FAILED") {
            problem =
                "cannot reach the database server: its TLS certificate was not accepted (sslmode=\(location.tls.rawValue) needs one "
                + "signed by an authority this machine trusts\(location.tls == .verifyFull ? ", for this host name" : ""))"
        } else if closed {
            // A server shutting down or restarting hangs up, before or during the command.
            problem =
                connected
                ? "the database server closed the connection" + unchanged
                : "the database server closed the connection as it opened (is it restarting?)"
        } else if !connected, (error as? PSQLError)?.code != .sslUnsupported, !text.contains("Connection refused") {
            // Never connected: no answer in time (a firewall, a wrong address).
            let why = (error as? PSQLError)?.underlying.map { "\($0)" } ?? "no answer within 10 s"
            problem = "cannot reach the database server (\(why.prefix(120)))"
        } else if let error = error as? PSQLError, error.code == .sslUnsupported {
            problem = "the server does not offer TLS and sslmode=\(location.tls.rawValue) requires it"
        } else if text.contains("Connection refused") || text.contains("No such file") {
            problem = "cannot reach the database server (connection refused: is it running?)" + unchanged
        } else {
            problem = "cannot reach the database server (\(text))" + unchanged
        }
        _ = try? connection?.close().wait()
        connection = nil
        return StoreError.io(path: location.display, problem: problem)
    }
}
