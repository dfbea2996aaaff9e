import GRDB

/// The progress database's schema, as migrations that are never edited once shipped: a new
/// column or table is a new migration, and ``version`` goes up by one with each.
enum ProgressSchema {
    /// The number of migrations this build knows; also written to `PRAGMA user_version`.
    static let version = 4

    /// The identifiers of the migrations, in order (as recorded in `grdb_migrations`).
    static var identifiers: [String] { migrations.map(\.identifier) }

    /// Applies the migrations not applied yet. Runs inside the caller's IMMEDIATE transaction,
    /// so the check of what is applied and the migration itself happen under one write lock:
    /// several processes opening a new file at once migrate it once, the others wait and then
    /// find it done (GRDB's `DatabaseMigrator` reads what is applied before taking the lock,
    /// so two processes could both try to create the tables).
    static func migrate(_ db: Database) throws {
        try db.execute(sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
        let applied = Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
        for (identifier, body) in migrations where !applied.contains(identifier) {
            try body(db)
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [identifier])
        }
    }

    /// Each migration: an identifier that is never changed and the SQL it runs.
    static let migrations: [(identifier: String, body: @Sendable (Database) throws -> Void)] = [
        (
            "v1: card progress and review log",
            { db in
                try db.create(table: "card_progress") { t in
                    t.primaryKey("cardId", .text)
                    t.column("concept", .text).notNull().indexed()
                    t.column("kind", .text).notNull()
                    t.column("state", .text).notNull()
                    t.column("step", .integer)
                    t.column("stability", .double).notNull()
                    t.column("difficulty", .double).notNull()
                    t.column("due", .datetime).notNull().indexed()
                    t.column("lastReview", .datetime).notNull()
                    t.column("reps", .integer).notNull()
                    t.column("lapses", .integer).notNull()
                }
                try db.create(table: "review_log") { t in
                    t.autoIncrementedPrimaryKey("id")
                    t.column("cardId", .text).notNull().indexed()
                    t.column("reviewedAt", .datetime).notNull().indexed()
                    t.column("rating", .integer).notNull()
                    t.column("answer", .text)
                    t.column("durationMs", .integer)
                    t.column("stateBefore", .text).notNull()
                    t.column("stateAfter", .text).notNull()
                    t.column("intervalBefore", .integer).notNull()
                    t.column("intervalAfter", .integer).notNull()
                    t.column("dueAfter", .datetime).notNull()
                    t.column("stabilityAfter", .double).notNull()
                    t.column("difficultyAfter", .double).notNull()
                }
                // The log is append-only: refuse updates and deletes at the database level.
                try db.execute(
                    sql: """
                        CREATE TRIGGER review_log_no_update BEFORE UPDATE ON review_log
                        BEGIN SELECT RAISE(ABORT, 'review_log is append-only'); END;
                        CREATE TRIGGER review_log_no_delete BEFORE DELETE ON review_log
                        BEGIN SELECT RAISE(ABORT, 'review_log is append-only'); END;
                        PRAGMA user_version = 1;
                        """)
            }
        ),
        (
            "v2: settings",
            { db in
                // Per-file settings such as the desired retention (`--retention`).
                try db.execute(
                    sql: """
                        CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                        PRAGMA user_version = 2;
                        """)
            }
        ),
        (
            "v3: fitted FSRS parameters",
            { db in
                // One row per `glossary optimize`; the latest is the one sessions schedule with.
                try db.execute(
                    sql: """
                        CREATE TABLE fsrs_parameters (
                            id INTEGER PRIMARY KEY AUTOINCREMENT,
                            fittedAt DATETIME NOT NULL,
                            parameters TEXT NOT NULL,
                            fittedCount INTEGER NOT NULL,
                            reviewCount INTEGER NOT NULL);
                        PRAGMA user_version = 3;
                        """)
            }
        ),
        (
            "v4: the concept each answer was taken for",
            { db in
                // A wrong answer's concept (the option picked, or the other concept whose term was
                // typed), so a leech can be drilled against the concept it is confused with.
                // Rows logged before stay NULL; their text is looked up instead (LeechDrill).
                try db.execute(
                    sql: """
                        ALTER TABLE review_log ADD COLUMN answerConcept TEXT;
                        PRAGMA user_version = 4;
                        """)
            }
        )
    ]
}
