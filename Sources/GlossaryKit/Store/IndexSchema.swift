import GRDB

/// The index's tables, created by GRDB migrations. The index is derived from Content/ and
/// disposable: a change of schema bumps ``version``, which makes every older index stale and
/// rebuilt, rather than migrating it in place.
enum IndexSchema {
    /// Bumped whenever the tables or what goes into them change.
    static let version = "5"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "meta") { t in
                t.primaryKey("key", .text)
                t.column("value", .text).notNull()
            }
            try db.create(table: "concept") { t in
                t.primaryKey("id", .text)
                t.column("headwordFr", .text).notNull()
                t.column("headwordEn", .text).notNull()
                t.column("record", .blob).notNull()    // the Concept, as ConceptRecord encodes it
            }
            try db.create(table: "term") { t in
                t.primaryKey("id", .integer)
                t.column("conceptId", .text).notNull().indexed()
                t.column("lang", .text).notNull()
                t.column("position", .integer).notNull()
                t.column("text", .text).notNull()
                t.column("status", .text).notNull()
                t.column("compact", .text).notNull().indexed()
                t.column("stemCompact", .text).notNull().indexed()
                t.column("stemmed", .text).notNull()
            }
            try db.create(table: "passage") { t in
                t.primaryKey("id", .integer)
                t.column("conceptId", .text).notNull().indexed()
                t.column("lang", .text).notNull()
                t.column("kind", .text).notNull()      // definition, note, example
                t.column("text", .text).notNull()      // plain text, links resolved
                t.column("stemmed", .text).notNull()
            }
            try db.create(table: "relation") { t in
                t.column("conceptId", .text).notNull()
                t.column("kind", .text).notNull()      // broader, related, contrast
                t.column("target", .text).notNull().indexed()
            }
            try db.create(table: "vocabulary") { t in
                t.primaryKey("word", .text)
                t.column("length", .integer).notNull().indexed()
                t.column("count", .integer).notNull()
            }
            // The vocabulary again, one row per word length, words newline-separated and most
            // frequent first: a typo search reads a few rows and scans bytes instead of
            // stepping through thousands of rows.
            try db.create(table: "vocabularyBand") { t in
                t.primaryKey("length", .integer)
                t.column("words", .blob).notNull()
            }
            try db.execute(sql: """
                CREATE VIRTUAL TABLE term_fts USING fts5(stemmed, content='term', content_rowid='id', tokenize='unicode61');
                CREATE VIRTUAL TABLE passage_fts USING fts5(stemmed, content='passage', content_rowid='id', tokenize='unicode61');
                """)
        }
        return migrator
    }
}
