import Foundation
import GRDB
import GlossaryModel

/// What lets ranked retrieval score a few hundred documents instead of every document holding a
/// query token, and still return exactly FTS5's top documents.
///
/// FTS5's BM25 (`fts5_aux.c`) sums, over the query's phrases, `idf × f × (k1 + 1) / (f + k1 ×
/// (1 − b + b × D / avgD))`: `f` the phrase's occurrences weighted by field, `D` the document's
/// tokens over all fields, `idf = log((N − n + 0.5) / (n + 0.5))` (at least 1e-6) over the whole
/// table. The index never changes once built, so each token's share of a document's score, its
/// *impact* (the document's score for that token alone), is fixed. For every token held by more
/// than ``listed`` documents, the build stores, per language, the ``listed`` documents where its
/// impact is highest (ties by rowid) and `rest`: the largest impact it has in any other document
/// (the next one's, raised by a millionth of a millionth against rounding; 0 when the list holds
/// them all), with how many documents hold it in all. A rarer token has no row: all its
/// documents are candidates.
///
/// A document outside every list and holding no rare token scores at most the sum of the query
/// tokens' `rest` in its language; when the `limit`-th best candidate scores above that sum, the
/// candidates' top documents are the table's (see ``GlossaryIndex/Reader/rankedDocuments(anyOf:prefixes:pairs:language:limit:)``).
enum RankBounds {
    /// Documents listed per token and language.
    static let listed = 256

    /// `rest` is raised by this factor, and a search's bound again: impacts summed by FTS5 in
    /// another order, or computed here rather than by FTS5, differ by far less.
    static let margin = 1 + 1e-9

    /// The table, in the index and in the file of concept words the build writes alongside. A
    /// rowid table: a list of 1 KB fits in its page, where a `WITHOUT ROWID` table would move it
    /// to an overflow page of its own (7.9 MB instead of 2 MB at 100k concepts).
    static let table = """
        CREATE TABLE rankBound(token TEXT NOT NULL, lang TEXT NOT NULL, documents INTEGER NOT NULL, rest REAL NOT NULL, \
        top BLOB NOT NULL, PRIMARY KEY (token, lang))
        """

    /// BM25's constants in FTS5.
    static let k1 = 1.2, b = 0.75

    /// One token's impact, computed as FTS5 computes it.
    static func impact(idf: Double, frequency f: Double, length: Double, averageLength: Double) -> Double {
        idf * ((f * (k1 + 1.0)) / (f + k1 * (1 - b + b * length / averageLength)))
    }

    /// FTS5's idf of a token held by `count` of `rows` documents.
    static func idf(count: Int, rows: Int) -> Double {
        let idf = log((Double(rows) - Double(count) + 0.5) / (Double(count) + 0.5))
        return idf <= 0 ? 1e-6 : idf
    }

    /// The rowids of a `top` blob: 32-bit little-endian integers.
    static func rowids(_ blob: Data) -> [Int64] {
        blob.withUnsafeBytes { raw in
            stride(from: 0, to: raw.count - 3, by: 4).map { Int64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: $0, as: UInt32.self))) }
        }
    }

    /// Fills `rankBound` in `db` from its `concept_fts`, whose row `i + 1` is `documents[i]`.
    static func write(_ db: Database, documents: [ConceptDocument]) throws {
        let rows = documents.count
        guard rows > 0 else { return }
        // Tokens are [a-z0-9], one space or line break apart (SearchTokens, ConceptDocument):
        // the unicode61 tokenizer counts the same tokens, and FTS5 counts none in the
        // UNINDEXED columns.
        let lengths = documents.map { document in
            ConceptDocument.Field.allCases.reduce(0) { sum, field in
                let text = document.text(field).utf8
                return sum + (text.isEmpty ? 0 : text.count(where: { $0 == 0x20 || $0 == 0x0A }) + 1)
            }
        }
        let averageLength = Double(lengths.reduce(0, +)) / Double(rows)
        var weights: [String: Double] = [:]
        for field in ConceptDocument.Field.allCases { weights[field.rawValue] = field.weight }
        try db.execute(sql: "CREATE VIRTUAL TABLE temp.rank_vocab USING fts5vocab(main, concept_fts, row)")
        try db.execute(sql: "CREATE VIRTUAL TABLE temp.rank_instance USING fts5vocab(main, concept_fts, instance)")
        defer { try? db.execute(sql: "DROP TABLE temp.rank_vocab; DROP TABLE temp.rank_instance") }
        let common = try Row.fetchAll(db, sql: "SELECT term, doc FROM temp.rank_vocab WHERE doc > ?", arguments: [listed]).map {
            (token: $0[0] as String, count: $0[1] as Int)
        }
        let instances = try db.makeStatement(sql: "SELECT doc, col FROM temp.rank_instance WHERE term = ?")
        let insert = try db.makeStatement(sql: "INSERT INTO rankBound(token, lang, documents, rest, top) VALUES (?, ?, ?, ?, ?)")
        for (token, count) in common {
            let idf = idf(count: count, rows: rows)
            var impacts: [[(impact: Double, rowid: Int64)]] = Array(repeating: [], count: Language.allCases.count)
            var document: Int64 = 0, frequency = 0.0
            func flush() {
                guard document > 0 else { return }
                let i = Int(document) - 1
                let slot = Language.allCases.firstIndex(of: documents[i].language)!
                impacts[slot].append(
                    (impact(idf: idf, frequency: frequency, length: Double(lengths[i]), averageLength: averageLength), document))
            }
            let cursor = try Row.fetchCursor(instances, arguments: [token])
            while let row = try cursor.next() {
                let doc: Int64 = row[0]
                if doc != document {
                    flush()
                    document = doc
                    frequency = 0
                }
                frequency += weights[row[1] as String] ?? 0
            }
            flush()
            for (language, list) in zip(Language.allCases, impacts) where !list.isEmpty {
                let sorted = list.sorted { $0.impact != $1.impact ? $0.impact > $1.impact : $0.rowid < $1.rowid }
                var blob = Data(capacity: 4 * min(listed, sorted.count))
                for entry in sorted.prefix(listed) { withUnsafeBytes(of: UInt32(entry.rowid).littleEndian) { blob.append(contentsOf: $0) } }
                let rest = sorted.count > listed ? sorted[listed].impact * margin : 0
                try insert.execute(arguments: [token, language.rawValue, count, rest, blob])
            }
        }
    }
}
