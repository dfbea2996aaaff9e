import GRDB
import GlossaryModel

/// The index's tables, created by GRDB migrations. The index is derived from Content/ and
/// disposable: a change of schema bumps ``version``, which makes every older index stale and
/// rebuilt, rather than migrating it in place.
enum IndexSchema {
    /// Bumped whenever the tables or what goes into them change.
    static let version = "14"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("tables") { db in
            try db.create(table: "meta") { t in
                t.primaryKey("key", .text)
                t.column("value", .text).notNull()
            }
            try db.create(table: "concept") { t in
                t.primaryKey("id", .text)
                t.column("headwordFr", .text).notNull()
                t.column("headwordEn", .text).notNull()
                t.column("record", .blob).notNull() // the Concept, as ConceptRecord encodes it
            }
            try db.create(table: "term") { t in
                t.primaryKey("id", .integer)
                t.column("conceptId", .text).notNull()
                t.column("lang", .text).notNull()
                t.column("position", .integer).notNull()
                t.column("text", .text).notNull()
                t.column("status", .text).notNull()
                t.column("compact", .text).notNull()
                t.column("stemCompact", .text).notNull()
                t.column("stemmed", .text).notNull()
                t.column("tokens", .text).notNull() // SearchTokens of the term, in its language
            }
            // Ids in the order searches prefer passages: see IndexBuilder.
            try db.create(table: "passage") { t in
                t.primaryKey("id", .integer)
                t.column("conceptId", .text).notNull()
                t.column("lang", .text).notNull()
                t.column("kind", .text).notNull() // definition, note, example, contrast
                t.column("text", .text).notNull() // plain text, links resolved
            }
            try db.create(table: "relation") { t in
                t.column("conceptId", .text).notNull()
                t.column("kind", .text).notNull() // broader, related, contrast
                t.column("target", .text).notNull()
            }
            // The vocabulary of terms (stemmed words, and terms of several words written as
            // one), one row per word length, words newline-separated and most frequent first:
            // a typo search reads a few rows and scans bytes instead of stepping through
            // thousands of rows.
            try db.create(table: "vocabularyBand") { t in
                t.primaryKey("length", .integer)
                t.column("words", .blob).notNull()
            }
            // Each word of the typo vocabulary: how a term writes it (for showing a corrected
            // query as a user would type it) and its sound key (PhoneticKey).
            try db.create(table: "vocabulary") { t in
                t.primaryKey("word", .text)
                t.column("surface", .text).notNull()
                t.column("phonetic", .text).notNull()
            }
            // Terms are indexed from the term table, for the term tiers of a search.
            try db.execute(sql: "CREATE VIRTUAL TABLE term_fts USING fts5(stemmed, content='term', content_rowid='id', tokenize='unicode61')")
            try db.execute(sql: conceptWordsTable)
            try db.execute(sql: TokenImpacts.table)
        }
        // Secondary indexes come after the rows: the builder migrates up to "tables", inserts
        // everything, then creates them in one sort each instead of growing them row by row.
        migrator.registerMigration("indexes") { db in
            // Covering for tier 2's prefix range (GlossaryIndex.Reader.termsStarting): a prefix
            // of a few letters spans hundreds of terms, each a seek into the term table
            // otherwise. `id` second keeps equal compact forms in the order of their rows.
            try db.create(index: "term_compact", on: "term", columns: ["compact", "id", "lang", "conceptId", "text", "status", "stemmed"])
            try db.create(index: "term_stemCompact", on: "term", columns: ["stemCompact"])
            try db.create(index: "term_tokens", on: "term", columns: ["tokens"])
            try db.create(index: "relation_target", on: "relation", columns: ["target"])
            try db.create(index: "vocabulary_phonetic", on: "vocabulary", columns: ["phonetic"])
            try db.create(index: "passage_concept", on: "passage", columns: ["conceptId"])
        }
        return migrator
    }

    /// The FTS5 table of ranked retrieval: one row per concept and language, one column per
    /// ``ConceptDocument/Field`` holding its tokens (``SearchTokens``). A plain FTS5 table, with
    /// its own copy of the tokens and full detail: BM25 needs the documents' lengths and
    /// per-column counts (a contentless table with `detail='column'` ranked every row -0.0 on
    /// SQLite 3.40), and a search reads the tokens of its best candidates to tell which words
    /// matched in which field. ``IndexBuilder`` fills it in a file of its own on a second
    /// thread, with the lists of its tokens' impacts that a search adds up instead of having
    /// FTS5 score rows (``TokenImpacts``), then copies its storage tables and the lists
    /// (``conceptWordsStorage``) into the index.
    static let conceptWordsTable = """
        CREATE VIRTUAL TABLE concept_fts USING fts5(terms, keywords, definition, other, conceptId UNINDEXED, lang UNINDEXED, \
        tokenize='unicode61')
        """

    /// The tables in which FTS5 keeps `concept_fts` besides its configuration, which is the
    /// same for two tables created by the same statement, and its tokens' impacts (``TokenImpacts``).
    static let conceptWordsStorage = ["concept_fts_data", "concept_fts_idx", "concept_fts_content", "concept_fts_docsize", "tokenImpact"]
}
