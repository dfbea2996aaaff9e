import Foundation
import GRDB
import GlossaryModel

/// Ranked retrieval's own posting lists: for every token of `concept_fts` and each language, the
/// documents that hold it with the token's *impact* in each, so that a search adds up a few
/// lists instead of asking FTS5 to score every row its query matches (about 10,000 instructions
/// a row, since FTS5's BM25 walks each row's token instances).
///
/// FTS5's BM25 (`fts5_aux.c`) sums, over the query's phrases in their order, `idf × f × (k1 +
/// 1) / (f + k1 × (1 − b + b × D / avgD))`: `f` the phrase's occurrences weighted by field, `D`
/// the document's tokens over all fields, `avgD` their mean over the table, `idf = log((N − n +
/// 0.5) / (n + 0.5))` (at least 1e-6) with `n` of the `N` documents holding the phrase. A
/// phrase the document lacks adds zero. The index never changes once built, so a token's term,
/// its impact on a document, is fixed: the build computes it with the same operations in the
/// same order, and a query of distinct or repeated tokens scores a document as the sum of its
/// impacts in the query's order, to the last bit what FTS5 returns (a test compares both over
/// every token and 600 queries with ties).
enum TokenImpacts {
    /// The table, in the index and in the file of concept words the build writes alongside.
    /// `impacts`: the documents holding the token in that language, best impact first (equal
    /// impacts by rowid), each a 32-bit rowid and the 64-bit impact, little-endian.
    static let table = """
        CREATE TABLE tokenImpact(token TEXT NOT NULL, lang TEXT NOT NULL, impacts BLOB NOT NULL, PRIMARY KEY (token, lang)) \
        WITHOUT ROWID
        """

    /// One document of a list.
    struct Entry: Equatable {
        var rowid: Int64
        var impact: Double
    }

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

    /// The entries of an `impacts` blob, in their order, while `body` returns true.
    static func forEachEntry(_ blob: Data, _ body: (Entry) -> Bool) {
        blob.withUnsafeBytes { raw in
            for offset in stride(from: 0, to: raw.count - 11, by: 12) {
                let rowid = Int64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
                let impact = Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt64.self)))
                guard body(Entry(rowid: rowid, impact: impact)) else { return }
            }
        }
    }

    /// Fills `tokenImpact` in `db` for a `concept_fts` whose row `i + 1` is `documents[i]`.
    ///
    /// Tokens are `[a-z0-9]`, one space or line break apart (``SearchTokens``,
    /// ``ConceptDocument``): FTS5's unicode61 tokenizer counts the same tokens, and none in the
    /// UNINDEXED columns.
    static func write(_ db: Database, documents: [ConceptDocument]) throws {
        let rows = documents.count
        guard rows > 0 else { return }
        // The fields' weights are whole numbers (FTS5 adds them as doubles, exactly): each
        // document's weighted frequencies are summed as integers, in any order.
        let weights = ConceptDocument.Field.allCases.map { Int32($0.weight) }
        // Each document's tokens as numbers, with their weighted frequency, in document order.
        var numbers: [String: Int32] = [:]
        numbers.reserveCapacity(rows)
        var names: [String] = []
        var postings: [(token: Int32, row: Int32, frequency: Int32)] = []
        postings.reserveCapacity(rows * 16)
        var lengths = [Int](repeating: 0, count: rows)
        var seen: [(token: Int32, frequency: Int32)] = []
        for (row, document) in documents.enumerated() {
            seen.removeAll(keepingCapacity: true)
            for (field, weight) in zip(ConceptDocument.Field.allCases, weights) {
                for token in document.text(field).utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A }) {
                    // Most tokens are 15 bytes or fewer: a string held inline, hashed fast.
                    let name = String(Substring(token))
                    let number: Int32
                    if let known = numbers[name] {
                        number = known
                    } else {
                        number = Int32(names.count)
                        numbers[name] = number
                        names.append(name)
                    }
                    seen.append((number, weight))
                }
            }
            lengths[row] = seen.count
            seen.sort { $0.token < $1.token }
            var i = 0
            while i < seen.count {
                var frequency: Int32 = 0, j = i
                while j < seen.count && seen[j].token == seen[i].token {
                    frequency += seen[j].frequency
                    j += 1
                }
                postings.append((seen[i].token, Int32(row), frequency))
                i = j
            }
        }
        numbers = [:]
        let averageLength = Double(lengths.reduce(0, +)) / Double(rows)
        // Postings grouped by token, each group in row order (a counting sort).
        var starts = [Int](repeating: 0, count: names.count + 1)
        for posting in postings { starts[Int(posting.token) + 1] += 1 }
        for i in names.indices { starts[i + 1] += starts[i] }
        var next = starts
        var grouped = [(row: Int32, frequency: Int32)](repeating: (0, 0), count: postings.count)
        for posting in postings {
            grouped[next[Int(posting.token)]] = (posting.row, posting.frequency)
            next[Int(posting.token)] += 1
        }
        postings = []
        let insert = try db.makeStatement(sql: "INSERT INTO tokenImpact(token, lang, impacts) VALUES (?, ?, ?)")
        var lists: [[Entry]] = Array(repeating: [], count: Language.allCases.count)
        // In the primary key's order (bytes, as SQLite compares text; tokens are ASCII, which
        // `<` compares as bytes): each row goes at the end of the table's B-tree.
        for number in names.indices.sorted(by: { names[$0] < names[$1] }) {
            let group = grouped[starts[number]..<starts[number + 1]]
            let idf = idf(count: group.count, rows: rows)
            for i in lists.indices { lists[i].removeAll(keepingCapacity: true) }
            for (row, frequency) in group {
                let document = Int(row)
                let slot = Language.allCases.firstIndex(of: documents[document].language)!
                let value = impact(idf: idf, frequency: Double(frequency), length: Double(lengths[document]), averageLength: averageLength)
                lists[slot].append(Entry(rowid: Int64(row) + 1, impact: value))
            }
            for (language, list) in zip(Language.allCases, lists) where !list.isEmpty {
                var blob = Data(count: 12 * list.count)
                blob.withUnsafeMutableBytes { raw in
                    for (i, entry) in list.sorted(by: { $0.impact != $1.impact ? $0.impact > $1.impact : $0.rowid < $1.rowid }).enumerated() {
                        raw.storeBytes(of: UInt32(entry.rowid).littleEndian, toByteOffset: 12 * i, as: UInt32.self)
                        raw.storeBytes(of: entry.impact.bitPattern.littleEndian, toByteOffset: 12 * i + 4, as: UInt64.self)
                    }
                }
                try insert.execute(arguments: [names[number], language.rawValue, blob])
            }
        }
    }
}
