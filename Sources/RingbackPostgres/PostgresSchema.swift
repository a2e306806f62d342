import PostgresNIO
import RingbackStore

/// The team database's tables, created by the first command that finds none, and moved
/// forward by the migrations in order; `ringback_meta.schema_version` says which ran.
/// Contacts, touches and practice results are kept as the same JSON the JSON store writes
/// (`jsonb`), beside the columns queries need: a contact's name key, owner and status; a
/// touch's time; the next-step index (`schedule`, one row per step) so `next` reads it
/// without a scan of anyone's history; and what `review --team` and `stats --team` count,
/// kept so the database counts it without reading a record (schema 4).
enum PostgresSchema {
    static let version = 4

    /// Each migration's statements, oldest first: migration n brings version n-1 to n.
    static let migrations: [[String]] = [
        [
            """
            CREATE TABLE ringback_meta (
                id int PRIMARY KEY CHECK (id = 1),
                schema_version int NOT NULL,
                generation bigint NOT NULL,
                settings jsonb NOT NULL,
                schedule_stamp text NOT NULL DEFAULT ''
            )
            """,
            """
            CREATE TABLE contacts (
                id text PRIMARY KEY,
                name text NOT NULL,
                key text NOT NULL,
                company text,
                status text NOT NULL,
                owner text,
                record jsonb NOT NULL
            )
            """,
            "CREATE INDEX contacts_owner ON contacts (owner)",
            """
            CREATE TABLE touches (
                id text PRIMARY KEY,
                contact text NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
                position int NOT NULL,
                at timestamptz NOT NULL,
                body jsonb NOT NULL
            )
            """,
            "CREATE INDEX touches_contact ON touches (contact, position)",
            "CREATE INDEX touches_at ON touches (at)",
            """
            CREATE TABLE practice (
                position bigserial PRIMARY KEY,
                member text,
                body jsonb NOT NULL
            )
            """,
            """
            CREATE TABLE changes (
                generation bigint PRIMARY KEY,
                state text NOT NULL CHECK (state IN ('undo', 'redo', 'gone')),
                member text,
                step jsonb NOT NULL,
                record jsonb NOT NULL
            )
            """,
            """
            CREATE TABLE schedule (
                contact text NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
                position int NOT NULL,
                due timestamptz NOT NULL,
                timed boolean NOT NULL,
                kind text NOT NULL,
                item jsonb NOT NULL,
                PRIMARY KEY (contact, position)
            )
            """,
            "CREATE INDEX schedule_due ON schedule (due)",
        ],
        // Each contact's real-call figures beside the record (filled from the touches by
        // `StoredFigures.fill` in the same transaction); each step's owner beside it, and an
        // index by kind and time, so `next` is chosen from one table by index.
        [
            "ALTER TABLE contacts ADD COLUMN figures jsonb",
            "ALTER TABLE schedule ADD COLUMN owner text",
            "UPDATE schedule s SET owner = c.owner FROM contacts c WHERE c.id = s.contact",
            "CREATE INDEX schedule_kind_due ON schedule (kind, due)",
        ],
        // Finding a contact by name without reading every contact: a trigram index on the
        // name key (pg_trgm, part of PostgreSQL, trusted since 13). Where the extension cannot
        // be made (an older server, no right to create it), lookups keep working by a scan.
        // And one rep's next steps by kind and time, without stepping over everyone else's;
        // and the list in name order, a page at a time.
        [
            "CREATE INDEX IF NOT EXISTS schedule_owner_kind_due ON schedule (owner, kind, due)",
            "CREATE INDEX IF NOT EXISTS contacts_key_id ON contacts (key, id)",
            """
            DO $$ BEGIN
                CREATE EXTENSION IF NOT EXISTS pg_trgm;
            EXCEPTION WHEN others THEN
                RAISE NOTICE 'pg_trgm is not available: finding a contact by name reads every contact';
            END $$
            """,
            """
            DO $$ BEGIN
                IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
                    CREATE INDEX IF NOT EXISTS contacts_key_trigrams ON contacts USING gin ((' ' || key) gin_trgm_ops);
                END IF;
            END $$
            """,
        ],
        // A manager's week without reading anyone's records: each touch's rep, outcome and
        // whether a next time was set beside its time (one index answers a week of touches);
        // when each contact's quiet counts from; the days promises slip and the moments they
        // were kept (`promise_marks`); and each rep's all-time figures added up (`figure_sums`,
        // kept by every write, added up again when `sums_fresh` is false). The columns and
        // marks of existing contacts are filled by `ReviewFacts.fill` in the same transaction.
        [
            "ALTER TABLE touches ADD COLUMN by text, ADD COLUMN outcome text, ADD COLUMN set_next boolean",
            "UPDATE touches SET by = body->>'by', outcome = body->>'outcome', set_next = (body->>'setNext')::boolean",
            "CREATE INDEX touches_at_review ON touches (at) INCLUDE (by, outcome, set_next)",
            "DROP INDEX touches_at",
            "ALTER TABLE contacts ADD COLUMN quiet_since timestamptz",
            "CREATE INDEX contacts_quiet ON contacts (quiet_since) INCLUDE (owner) WHERE quiet_since IS NOT NULL",
            """
            CREATE TABLE promise_marks (
                contact text NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
                owner text,
                kind text NOT NULL CHECK (kind IN ('due', 'kept')),
                at timestamptz NOT NULL
            )
            """,
            "CREATE INDEX promise_marks_contact ON promise_marks (contact)",
            "CREATE INDEX promise_marks_kind_at ON promise_marks (kind, at) INCLUDE (owner)",
            "CREATE TABLE figure_sums (rep text NOT NULL, metric text NOT NULL, value bigint NOT NULL, PRIMARY KEY (rep, metric))",
            "ALTER TABLE ringback_meta ADD COLUMN sums_fresh boolean NOT NULL DEFAULT false",
            // One rep's steps in brief (the agenda's counts) from the index alone.
            "CREATE INDEX schedule_owner_brief ON schedule (owner, kind, due) INCLUDE (contact, timed)",
            "DROP INDEX IF EXISTS schedule_owner_kind_due",
        ],
    ]

    /// Whether the tables exist, read from the catalog with the statement's own snapshot: a
    /// name lookup (`to_regclass`) can keep answering no from this connection's cache after
    /// another command created them while this one waited for the lock.
    private static func metaExists(_ database: PostgresDatabase) throws -> Bool {
        try database.rows(
            "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = 'ringback_meta')"
        ).first?.decode(Bool.self) ?? false
    }

    /// Creates or migrates the tables; under an advisory lock so two first commands do not
    /// both create them. A database already at this version costs two reads, no lock.
    static func prepare(_ database: PostgresDatabase, settings: String) throws {
        if try metaExists(database),
            try database.rows("SELECT schema_version FROM ringback_meta WHERE id = 1").first?.decode(Int.self) == version
        {
            return
        }
        try database.transaction {
            try database.rows("SELECT pg_advisory_xact_lock(7357361)")
            let exists = try metaExists(database)
            var current = 0
            if exists {
                current = try database.rows("SELECT schema_version FROM ringback_meta WHERE id = 1").first?.decode(Int.self) ?? 0
            }
            guard current <= version else {
                throw StoreError.newerVersion(path: database.location.display, version: current, supported: version)
            }
            guard current < version else { return }
            for migration in migrations[current...] {
                for statement in migration { try database.rows(PostgresQuery(unsafeSQL: statement)) }
            }
            if current == 1 { try StoredFigures.fill(database) }
            if (1..<4).contains(current) {
                try ReviewFacts.fill(database)
                try StoredFigures.addUp(database)
            }
            if current == 0 {
                try database.rows(
                    """
                    INSERT INTO ringback_meta (id, schema_version, generation, settings, sums_fresh)
                    VALUES (1, \(version), 0, \(settings)::jsonb, true)
                    """)
            } else {
                try database.rows("UPDATE ringback_meta SET schema_version = \(version) WHERE id = 1")
            }
        }
    }
}
