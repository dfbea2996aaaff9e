import Foundation
import GRDB
import GlossaryModel

/// Writes a complete index of a knowledge base to a new file, then renames it over the old
/// one: a reader, a crash or invalid content never meets a half-built or emptied index.
public struct IndexBuilder: Sendable {
    package let path: String

    /// A builder of the index file at `path`.
    package init(path: String) { self.path = path }

    /// What a build did.
    public struct Report: Sendable, Equatable {
        /// How many concepts were indexed.
        public var concepts: Int
        /// How many terms were indexed, in both languages.
        public var terms: Int
        /// How many passages (terms, definitions, notes, examples…) were indexed for search.
        public var passages: Int
        /// Wall-clock time of the whole build (with loading the content, when
        /// ``GlossaryIndex/open(content:path:rebuild:)`` built it).
        public var seconds: Double
        /// Where the time went, in order; the phases add up to ``seconds``.
        package var phases: [Phase] = []
        /// Work done on another thread while the phases ran: how long writing the passages'
        /// words took beside the rest (the phase "wait for passage words" is what it added).
        package var alongside: [Phase] = []
    }

    /// One step of a build and its wall-clock time.
    package struct Phase: Sendable, Equatable, Codable {
        package var name: String
        package var seconds: Double
    }

    @discardableResult
    package func build(_ knowledgeBase: KnowledgeBase, fingerprint: String, contentDirectory: String) throws -> Report {
        let start = Date()
        SQLiteProcess.prepare()
        let folder = (path as NSString).deletingLastPathComponent
        try Self.checkReplaceable(path)
        // Builds killed midway left their files: remove those whose process has ended.
        StaleTemporaryFiles.remove(in: folder, prefix: (path as NSString).lastPathComponent + ".tmp-")
        let temporary = "\(path).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let wordsFile = "\(temporary)-words"
        var words: Background<Double>?
        defer {
            _ = try? words?.wait() // never leave the second thread writing a file being removed
            try? FileManager.default.removeItem(atPath: wordsFile)
        }
        do {
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            var report = Report(concepts: 0, terms: 0, passages: 0, seconds: 0)
            var clock = Stopwatch()
            let passages = PassageRows(knowledgeBase)
            clock.lap("fold and stem passages")
            // SQLite writes one file from one thread. The concepts' words, the largest FTS5
            // table, go into a file of their own on a second thread while this one writes the rest.
            words = Background { try Self.writeConceptWords(passages, to: wordsFile) }
            let queue = try DatabaseQueue(path: temporary, configuration: Self.bulkConfiguration(cacheMiB: 64))
            try IndexSchema.migrator.migrate(queue, upTo: "tables")
            try queue.inTransaction { db in
                report = try Self.insert(knowledgeBase, passages: passages, into: db, clock: &clock)
                for (key, value) in [
                    ("fingerprint", fingerprint), ("schema", IndexSchema.version),
                    ("content", contentDirectory), ("built", ISO8601DateFormatter().string(from: Date()))
                ] {
                    try db.execute(sql: "INSERT INTO meta(key, value) VALUES (?, ?)", arguments: [key, value])
                }
                // One segment instead of the several a rebuild leaves: a search's queries on the
                // terms' words (prefix queries above all) read each segment's b-tree.
                try db.execute(sql: "INSERT INTO term_fts(term_fts) VALUES('rebuild'); INSERT INTO term_fts(term_fts) VALUES('optimize')")
                clock.lap("term words (FTS5)")
                return .commit
            }
            try IndexSchema.migrator.migrate(queue)
            clock.lap("secondary indexes")
            report.alongside = [Phase(name: "concept words (FTS5)", seconds: try words!.wait())]
            clock.lap("wait for concept words (FTS5)")
            try Self.copyConceptWords(from: wordsFile, into: queue)
            clock.lap("copy concept words")
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA optimize") }
            try queue.close()
            // Flushed to disk before the rename, so the rename never publishes an index whose
            // pages a power cut could lose.
            do {
                try AtomicFile.publish(temporary, as: path)
            } catch {
                guard case .write(_, let reason) = error else { throw error }
                throw IndexError.index(path: path, reason: "cannot write to disk: \(reason)")
            }
            clock.lap("finish")
            report.phases = clock.phases
            report.seconds = Date().timeIntervalSince(start)
            return report
        } catch let error as IndexError {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw IndexError.index(path: path, reason: "cannot build: \(error)")
        }
    }

    /// Throws unless `path` is missing, empty, or an index glossary built (an SQLite file with
    /// the `meta` table and its fingerprint): `--index` pointed at a document, or at another
    /// database such as the quiz's progress, must never be replaced by an index.
    static func checkReplaceable(_ path: String) throws(OutputError) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        let advice = "pass --index with a new file name, or delete the file if it is an old index"
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw .refusedOutput(path: path, reason: "it is not a regular file (a folder or a link), and the index is never written over it; \(advice)")
        }
        if status.st_size == 0 { return }
        var configuration = Configuration()
        configuration.readonly = true
        let fingerprint = try? DatabaseQueue(path: path, configuration: configuration).read { db in
            try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'fingerprint'")
        }
        guard fingerprint != nil else {
            throw .refusedOutput(path: path, reason: "the file is not an index built by glossary, and would be replaced; \(advice)")
        }
    }

    /// For files that are private until renamed, and flushed once before (see ``flush(_:)``):
    /// no journal and no syncs. `cacheMiB` bounds SQLite's page cache: the main file's must
    /// hold the term tables at 100k concepts; FTS5 writes its segments once, so the side
    /// file's needs little.
    private static func bulkConfiguration(cacheMiB: Int) -> Configuration {
        var configuration = Configuration()
        configuration.journalMode = .default
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -\(cacheMiB * 1024)")
        }
        return configuration
    }

    /// Writes the FTS5 table of the concepts' words and its tokens' impacts (``TokenImpacts``)
    /// into a new database file; returns the seconds it took.
    private static func writeConceptWords(_ passages: PassageRows, to path: String) throws -> Double {
        let start = Date()
        let queue = try DatabaseQueue(path: path, configuration: bulkConfiguration(cacheMiB: 4))
        try queue.inTransaction { db in
            try db.execute(sql: IndexSchema.conceptWordsTable)
            // FTS5 flushes its in-memory hash of new tokens to a segment each `hashsize`
            // bytes (1 MB by default), then merges segments. An 8 MB hash writes an eighth as
            // many segments and merges less: 43 % fewer instructions for the same documents
            // (BENCHMARKS.md). The setting stays in this side file's `concept_fts_config`,
            // which is not copied, so the index keeps FTS5's defaults.
            try db.execute(sql: "INSERT INTO concept_fts(concept_fts, rank) VALUES('hashsize', \(Self.conceptWordsHashBytes))")
            let row = try RowInserter(
                db, sql: "INSERT INTO concept_fts(rowid, terms, keywords, definition, other, conceptId, lang) VALUES (?, ?, ?, ?, ?, ?, ?)")
            for (id, document) in zip(1..., passages.documents) {
                row.bind(1, id)
                for (column, field) in zip(2..., ConceptDocument.Field.allCases) { row.bind(Int32(column), document.text(field)) }
                row.bind(6, document.conceptID); row.bind(7, document.language.rawValue)
                try row.insert()
            }
            return .commit
        }
        try queue.inTransaction { db in
            try db.execute(sql: TokenImpacts.table)
            try TokenImpacts.write(db, documents: passages.documents)
            return .commit
        }
        try queue.close()
        return Date().timeIntervalSince(start)
    }

    /// FTS5's `hashsize` for the side file: bytes of new tokens held before a segment is written.
    static let conceptWordsHashBytes = 8 << 20

    /// Replaces the index's empty `concept_fts` with the one written alongside. Both were
    /// created by the same statement and SQLite library, so FTS5's storage tables are copied
    /// row for row: pages of prebuilt segments, not words to tokenise again.
    private static func copyConceptWords(from path: String, into queue: DatabaseQueue) throws {
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "ATTACH DATABASE ? AS words", arguments: [path])
            try db.inTransaction {
                for table in IndexSchema.conceptWordsStorage {
                    try db.execute(sql: "DELETE FROM main.\(table); INSERT INTO main.\(table) SELECT * FROM words.\(table)")
                }
                return .commit
            }
            try db.execute(sql: "DETACH DATABASE words")
        }
    }

    /// Concepts are prepared this many at a time on every core, then written by one thread:
    /// enough to keep the cores busy, few enough that the prepared rows stay small.
    static let batchSize = 4096

    private static func insert(_ kb: KnowledgeBase, passages: PassageRows, into db: Database, clock: inout Stopwatch) throws -> Report {
        var vocabulary: [String: (count: Int, surface: String)] = [:]
        var terms = 0
        let conceptRow = try RowInserter(db, sql: "INSERT INTO concept(id, headwordFr, headwordEn, record) VALUES (?, ?, ?, ?)")
        let termRow = try RowInserter(
            db, sql: "INSERT INTO term(conceptId, lang, position, text, status, compact, stemCompact, stemmed, tokens) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        let relationRow = try RowInserter(db, sql: "INSERT INTO relation(conceptId, kind, target) VALUES (?, ?, ?)")
        func relation(_ id: String, _ kind: String, _ target: String) throws {
            relationRow.bind(1, id); relationRow.bind(2, kind); relationRow.bind(3, target)
            try relationRow.insert()
        }

        // While this thread writes one batch, the other cores prepare the next.
        let batches = stride(from: 0, to: kb.concepts.count, by: batchSize).map { $0..<min($0 + batchSize, kb.concepts.count) }
        func prepare(_ range: Range<Int>) -> Background<[ConceptRows]> {
            Background {
                Parallel.map(range.count, state: { SearchTokens() }) { tokens, i in ConceptRows(kb.concepts[range.lowerBound + i], tokens: tokens) }
            }
        }
        var pending = batches.first.map(prepare)
        for (number, range) in batches.enumerated() {
            let prepared = try pending!.wait()
            pending = number + 1 < batches.count ? prepare(batches[number + 1]) : nil
            for (concept, rows) in zip(kb.concepts[range], prepared) {
                conceptRow.bind(1, concept.id); conceptRow.bind(2, concept.headword(.fr)); conceptRow.bind(3, concept.headword(.en))
                conceptRow.bind(4, rows.record)
                try conceptRow.insert()
                for term in rows.terms {
                    termRow.bind(1, concept.id); termRow.bind(2, term.language.rawValue); termRow.bind(3, term.position)
                    termRow.bind(4, term.text); termRow.bind(5, term.status.rawValue); termRow.bind(6, term.compact)
                    termRow.bind(7, term.stemCompact); termRow.bind(8, term.stemmed); termRow.bind(9, term.tokens)
                    try termRow.insert()
                }
                for (word, surface) in rows.vocabulary { vocabulary[word, default: (0, surface)].count += 1 }
                for target in concept.broader { try relation(concept.id, "broader", target) }
                for target in concept.related { try relation(concept.id, "related", target) }
                for contrast in concept.contrasts { try relation(concept.id, "contrast", contrast.with) }
                terms += rows.terms.count
            }
        }
        clock.lap("concepts and terms")
        let passageRow = try RowInserter(db, sql: "INSERT INTO passage(id, conceptId, lang, kind, text) VALUES (?, ?, ?, ?, ?)")
        for (id, passage) in zip(1..., passages.rows) {
            passageRow.bind(1, id); passageRow.bind(2, passage.conceptID); passageRow.bind(3, passage.language.rawValue)
            passageRow.bind(4, passage.kind.rawValue); passageRow.bind(5, passage.text)
            try passageRow.insert()
        }
        clock.lap("passages")
        var bands: [Int: [(String, Int)]] = [:]
        let wordRow = try RowInserter(db, sql: "INSERT INTO vocabulary(word, surface, phonetic) VALUES (?, ?, ?)")
        // In the primary key's order (bytes, as SQLite compares text): each row goes at the
        // end of the key's B-tree instead of at a random page of it.
        for (word, entry) in vocabulary.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            bands[word.utf8.count, default: []].append((word, entry.count))
            wordRow.bind(1, word); wordRow.bind(2, entry.surface); wordRow.bind(3, PhoneticKey.of(word))
            try wordRow.insert()
        }
        let bandRow = try RowInserter(db, sql: "INSERT INTO vocabularyBand(length, words) VALUES (?, ?)")
        for (length, words) in bands {
            let sorted = words.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            bandRow.bind(1, length); bandRow.bind(2, Array(sorted.map(\.0).joined(separator: "\n").utf8))
            try bandRow.insert()
        }
        clock.lap("typo vocabulary")
        return Report(concepts: kb.concepts.count, terms: terms, passages: passages.rows.count, seconds: 0)
    }
}

/// Work started on another thread now and collected later.
private final class Background<Value: Sendable>: @unchecked Sendable { // `result` is written before `leave()` and read after `wait()`.
    private var result: Result<Value, any Error>?
    private let group = DispatchGroup()

    init(_ work: @escaping @Sendable () throws -> Value) {
        group.enter()
        DispatchQueue.global().async {
            self.result = Result(catching: work)
            self.group.leave()
        }
    }

    /// The work's value, once it is done; waiting again returns it again.
    func wait() throws -> Value {
        group.wait()
        return try result!.get()
    }
}

/// Wall-clock laps, for a build's report.
struct Stopwatch {
    private(set) var phases: [IndexBuilder.Phase] = []
    private var last = Date()

    mutating func lap(_ name: String) {
        let now = Date()
        phases.append(IndexBuilder.Phase(name: name, seconds: now.timeIntervalSince(last)))
        last = now
    }
}
