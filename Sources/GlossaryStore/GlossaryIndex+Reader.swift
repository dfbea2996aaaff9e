import Foundation
import GRDB
import GlossaryModel

extension GlossaryIndex {
    /// Runs `body` with a reader of the index, in one read transaction: every query it makes
    /// sees the same index.
    package func read<T>(_ body: (Reader) throws -> T) throws(IndexError) -> T {
        try reading { db in try body(Reader(db: db)) }
    }

    /// The queries a search makes, so that only the index knows its tables.
    ///
    /// Valid only inside ``GlossaryIndex/read(_:)``.
    package struct Reader {
        package let db: Database

        /// A term as tiers 1 to 3 of a search select it.
        package struct TermRow {
            package var conceptID: String
            package var language: Language
            package var text: String
            package var status: TermStatus
            /// Folded, without spaces or hyphens.
            package var compact: String
            /// Folded, stemmed words.
            package var stemmed: String
        }

        // The language is an enum's raw value, never user text, so it can stand in the SQL.
        private func langClause(_ language: Language?, _ column: String, _ keyword: String = "AND") -> String {
            language.map { " \(keyword) \(column) = '\($0.rawValue)'" } ?? ""
        }

        private static let termColumns = "term.conceptId, term.lang, term.text, term.status, term.compact, term.stemmed"

        private func termRows(_ statement: Statement, _ arguments: StatementArguments) throws -> [TermRow] {
            var out: [TermRow] = []
            let rows = try Row.fetchCursor(statement, arguments: arguments)
            while let row = try rows.next() { out.append(TermRow(row)) }
            return out
        }

        /// Terms whose compact form is `compact`, or whose stemmed compact form is `stemCompact`.
        package func termsEqual(compact: String, stemCompact: String, language: Language?) throws -> [TermRow] {
            let equal = try db.cachedStatement(
                sql: "SELECT \(Self.termColumns) FROM term WHERE (compact = ? OR stemCompact = ?)\(langClause(language, "lang"))")
            return try termRows(equal, [compact, stemCompact])
        }

        /// Up to 500 terms whose compact form starts with `compact` and is longer, in compact
        /// order: `body` is given those for which `wanted` holds, asked first with the length
        /// of the term's compact form in bytes, so that a caller who knows a long term cannot
        /// change its results passes it over before it is read.
        package func termsStarting(
            with compact: String, language: Language?, where wanted: (_ compactBytes: Int) -> Bool, _ body: (TermRow) throws -> Void
        ) throws {
            let prefix = try db.cachedStatement(
                sql: """
                    SELECT \(Self.termColumns), length(CAST(compact AS BLOB)) FROM term \
                    WHERE compact > ? AND compact < ?\(langClause(language, "lang")) LIMIT 500
                    """)
            let rows = try Row.fetchCursor(prefix, arguments: [compact, compact + "\u{10FFFF}"])
            while let row = try rows.next() {
                if wanted(row[6]) { try body(TermRow(row)) }
            }
        }

        /// Terms among the first 500 whose words match the FTS5 `pattern`.
        package func termsMatching(_ pattern: String, language: Language?) throws -> [TermRow] {
            let inTerms = try db.cachedStatement(
                sql: """
                    SELECT \(Self.termColumns) FROM (SELECT rowid FROM term_fts WHERE term_fts MATCH ? LIMIT 500) AS f
                    JOIN term ON term.id = f.rowid\(langClause(language, "term.lang", "WHERE"))
                    """)
            return try termRows(inTerms, [pattern])
        }

        /// Terms among the first 500 whose words match the FTS5 `pattern` (as
        /// ``termsMatching(_:language:)`` finds them, in the same order) and that hold
        /// `tokenCount` tokens, each with its tokens (``SearchTokens`` in the term's language, as
        /// the index keeps them): what a term of a query's family is checked on.
        package func termsMatching(_ pattern: String, tokenCount: Int, language: Language?) throws -> [(row: TermRow, tokens: [String])] {
            let statement = try db.cachedStatement(
                sql: """
                    SELECT \(Self.termColumns), term.tokens FROM (SELECT rowid FROM term_fts WHERE term_fts MATCH ? LIMIT 500) AS f
                    JOIN term ON term.id = f.rowid
                    WHERE term.tokens != '' AND length(term.tokens) - length(replace(term.tokens, ' ', '')) = ?\(langClause(language, "term.lang"))
                    """)
            var out: [(row: TermRow, tokens: [String])] = []
            let rows = try Row.fetchCursor(statement, arguments: [pattern, tokenCount - 1])
            while let row = try rows.next() {
                let tokens: String = row[6]
                out.append((TermRow(row), tokens.split(separator: " ").map(String.init)))
            }
            return out
        }

        /// The vocabulary's band of words of `length` bytes: newline-separated, most frequent
        /// first; nil when the vocabulary has no word of that length.
        package func vocabularyBand(length: Int) throws -> Data? {
            try Data.fetchOne(db, sql: "SELECT words FROM vocabularyBand WHERE length = ?", arguments: [length])
        }

        /// The concepts with `ids` that exist, by id.
        package func concepts(_ ids: [String]) throws -> [String: Concept] {
            try GlossaryIndex.concepts(ids, in: db)
        }

        /// `markdown` with its `[[id]]` links replaced by headwords in `language`.
        package func plainText(_ markdown: String, language: Language) throws -> String {
            try GlossaryIndex.plainText(markdown, language: language, in: db)
        }
    }
}

extension GlossaryIndex.Reader.TermRow {
    /// The term of a row whose first columns are the reader's term columns.
    init(_ row: Row) {
        self.init(
            conceptID: row[0], language: Language(rawValue: row[1]) ?? .fr, text: row[2],
            status: TermStatus(rawValue: row[3]) ?? .admitted, compact: row[4], stemmed: row[5])
    }
}
