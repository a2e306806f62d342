import Foundation
import RingbackStore
import Testing

@testable import RingbackPostgres

struct PostgresLocationTests {
    let environment = ["HOME": "/home/ana", "USER": "ana"]

    @Test func aURLNamesHostPortUserAndDatabase() throws {
        let location = try PostgresLocation("postgres://sales@db.example:6543/pipeline?sslmode=require", environment: environment)
        #expect(location.host == "db.example")
        #expect(location.port == 6543)
        #expect(location.user == "sales")
        #expect(location.database == "pipeline")
        #expect(location.tls == .require)
        #expect(location.passfile == "/home/ana/.pgpass")
        #expect(location.display == "postgres://sales@db.example:6543/pipeline")
    }

    @Test func defaultsFollowLibpq() throws {
        let location = try PostgresLocation("postgresql:///team", environment: environment)
        #expect(location.host == "/var/run/postgresql")
        #expect(location.port == 5432)
        #expect(location.user == "ana")
        #expect(location.tls == .prefer)
        let socket = try PostgresLocation("postgres://ana@/team?host=/tmp/pg", environment: environment)
        #expect(socket.host == "/tmp/pg")
        #expect(socket.display == "postgres://ana@/team?host=/tmp/pg")
    }

    @Test func aPasswordInTheURLIsRefusedAndNeverShown() {
        #expect {
            try PostgresLocation("postgres://ana:s3cret@db.example/team", environment: environment)
        } throws: { error in
            let text = "\(error)"
            return text.contains("password file") && !text.contains("s3cret")
        }
    }

    @Test func mistakesAreNamed() {
        #expect(throws: PostgresLocationError.self) { try PostgresLocation("postgres://db/x?sslmode=sometimes", environment: environment) }
        #expect(throws: PostgresLocationError.self) { try PostgresLocation("postgres://db/x?colour=blue", environment: environment) }
        #expect(throws: PostgresLocationError.self) { try PostgresLocation("mysql://db/x", environment: environment) }
    }

    @Test func thePasswordComesFromTheMatchingPasswordFileLine() throws {
        let file = NSTemporaryDirectory() + "pgpass-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: file) }
        try Data("# comment\nother:5432:*:*:wrong\ndb.example:5432:team:ana:first\\:part\n*:*:*:*:fallback\n".utf8)
            .write(to: URL(fileURLWithPath: file))
        chmod(file, 0o600)
        let matching = try PostgresLocation("postgres://ana@db.example/team?passfile=\(file)", environment: environment)
        #expect(try matching.password() == "first:part")
        let other = try PostgresLocation("postgres://bob@db.example/team?passfile=\(file)", environment: environment)
        #expect(try other.password() == "fallback")
        let none = try PostgresLocation("postgres://ana@db.example/team?passfile=/nonexistent", environment: environment)
        #expect(try none.password() == nil)
    }

    /// Issue #25: a password file others can read was used without a word in 0.4.0; it is
    /// refused, as libpq refuses it, with the command that fixes it.
    @Test func aPasswordFileOthersCanReadIsRefused() throws {
        let file = NSTemporaryDirectory() + "pgpass-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: file) }
        try Data("*:*:*:*:secret\n".utf8).write(to: URL(fileURLWithPath: file))
        chmod(file, 0o644)
        let location = try PostgresLocation("postgres://ana@db.example/team?passfile=\(file)", environment: environment)
        let error = #expect(throws: StoreError.self) { try location.password() }
        #expect(error?.description.contains("chmod 600") == true)
    }
}
