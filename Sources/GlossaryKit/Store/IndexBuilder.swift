import Foundation
import GRDB

/// Writes a complete index of a knowledge base to a new file, then renames it over the old
/// one: a reader, a crash or invalid content never meets a half-built or emptied index.
public struct IndexBuilder: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    /// What a build did.
    public struct Report: Sendable, Equatable {
        public var concepts: Int
        public var terms: Int
        public var passages: Int
        /// Wall-clock time of the whole build (with loading the content, when
        /// ``GlossaryIndex/open(content:path:rebuild:)`` built it).
        public var seconds: Double
        /// Where the time went, in order.
        public var phases: [Phase] = []
    }

    /// One step of a build and its wall-clock time.
    public struct Phase: Sendable, Equatable, Codable {
        public var name: String
        public var seconds: Double
    }

    @discardableResult
    public func build(_ knowledgeBase: KnowledgeBase, fingerprint: String, contentDirectory: String) throws(GlossaryError) -> Report {
        let start = Date()
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = "\(path).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        do {
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            var report = Report(concepts: 0, terms: 0, passages: 0, seconds: 0)
            var configuration = Configuration()
            configuration.journalMode = .default
            // The file is private until renamed, and flushed once before (below): no journal
            // syncs per transaction, and a cache big enough for the term indexes at 100k concepts.
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = OFF; PRAGMA cache_size = -65536") }
            let queue = try DatabaseQueue(path: temporary, configuration: configuration)
            try IndexSchema.migrator.migrate(queue, upTo: "tables")
            var clock = Stopwatch()
            try queue.inTransaction { db in
                report = try Self.insert(knowledgeBase, into: db, clock: &clock)
                for (key, value) in [("fingerprint", fingerprint), ("schema", IndexSchema.version),
                                     ("content", contentDirectory), ("built", ISO8601DateFormatter().string(from: Date()))] {
                    try db.execute(sql: "INSERT INTO meta(key, value) VALUES (?, ?)", arguments: [key, value])
                }
                try db.execute(sql: "INSERT INTO term_fts(term_fts) VALUES('rebuild');")
                clock.lap("term words (FTS5)")
                return .commit
            }
            try IndexSchema.migrator.migrate(queue)
            clock.lap("secondary indexes")
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA optimize") }
            try queue.close()
            try Self.flush(temporary)
            clock.lap("finish")
            report.phases = clock.phases
            guard rename(temporary, path) == 0 else {
                throw GlossaryError.index(path: path, reason: String(cString: strerror(errno)))
            }
            report.seconds = Date().timeIntervalSince(start)
            return report
        } catch let error as GlossaryError {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw .index(path: path, reason: "cannot build: \(error)")
        }
    }

    /// Writes the file's data to disk, so the rename never publishes an index whose pages a
    /// power cut could lose.
    private static func flush(_ path: String) throws(GlossaryError) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0, fsync(fd) == 0 else {
            if fd >= 0 { close(fd) }
            throw .index(path: path, reason: "cannot write to disk: \(String(cString: strerror(errno)))")
        }
        close(fd)
    }

    /// Concepts are prepared this many at a time on every core, then written by one thread:
    /// enough to keep the cores busy, few enough that the prepared rows stay small.
    static let batchSize = 4096

    private static func insert(_ kb: KnowledgeBase, into db: Database, clock: inout Stopwatch) throws -> Report {
        var vocabulary: [String: Int] = [:]
        var terms = 0
        var passageRows: [(conceptID: String, row: ConceptRows.PassageRow)] = []
        let conceptStatement = try db.makeStatement(sql: "INSERT INTO concept(id, headwordFr, headwordEn, record) VALUES (?, ?, ?, ?)")
        let termStatement = try db.makeStatement(sql: "INSERT INTO term(conceptId, lang, position, text, status, compact, stemCompact, stemmed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        let passageStatement = try db.makeStatement(sql: "INSERT INTO passage(id, conceptId, lang, kind, text) VALUES (?, ?, ?, ?, ?)")
        let passageWordsStatement = try db.makeStatement(sql: "INSERT INTO passage_fts(rowid, stemmed) VALUES (?, ?)")
        let relationStatement = try db.makeStatement(sql: "INSERT INTO relation(conceptId, kind, target) VALUES (?, ?, ?)")

        // While this thread writes one batch, the other cores prepare the next.
        let batches = stride(from: 0, to: kb.concepts.count, by: batchSize).map { $0..<min($0 + batchSize, kb.concepts.count) }
        func prepare(_ range: Range<Int>) -> Prefetch {
            Prefetch { Parallel.map(range.count) { ConceptRows(kb.concepts[range.lowerBound + $0], in: kb) } }
        }
        var pending = batches.first.map(prepare)
        for (number, range) in batches.enumerated() {
            let prepared = pending!.wait()
            pending = number + 1 < batches.count ? prepare(batches[number + 1]) : nil
            let batch = kb.concepts[range]
            for (concept, rows) in zip(batch, prepared) {
                try conceptStatement.execute(arguments: [concept.id, concept.headword(.fr), concept.headword(.en), Data(rows.record)])
                for term in rows.terms {
                    try termStatement.execute(arguments: [concept.id, term.language.rawValue, term.position, term.text, term.status.rawValue,
                                                          term.compact, term.stemCompact, term.stemmed])
                }
                passageRows += rows.passages.map { (concept.id, $0) }
                for word in rows.vocabulary { vocabulary[word, default: 0] += 1 }
                for target in concept.broader { try relationStatement.execute(arguments: [concept.id, "broader", target]) }
                for target in concept.related { try relationStatement.execute(arguments: [concept.id, "related", target]) }
                for contrast in concept.contrasts { try relationStatement.execute(arguments: [concept.id, "contrast", contrast.with]) }
                terms += rows.terms.count
            }
        }
        // Passages get their rowids in the order a search prefers them when the words match:
        // by kind (definitions first), then shortest first. A search ranks with BM25 only the
        // first matches in rowid order, so a common word costs no more than a rare one.
        passageRows.sort { a, b in
            a.row.kind.passageScore != b.row.kind.passageScore ? a.row.kind.passageScore > b.row.kind.passageScore
                : a.row.stemmed.utf8.count != b.row.stemmed.utf8.count ? a.row.stemmed.utf8.count < b.row.stemmed.utf8.count
                : (a.conceptID, a.row.language.rawValue) < (b.conceptID, b.row.language.rawValue)
        }
        clock.lap("concepts and terms")
        for (id, (conceptID, passage)) in zip(1..., passageRows) {
            try passageStatement.execute(arguments: [id, conceptID, passage.language.rawValue, passage.kind.rawValue, passage.text])
        }
        clock.lap("passages")
        for (id, (_, passage)) in zip(1..., passageRows) {
            try passageWordsStatement.execute(arguments: [id, passage.stemmed])
        }
        clock.lap("passage words (FTS5)")
        var bands: [Int: [(String, Int)]] = [:]
        for (word, count) in vocabulary {
            bands[word.utf8.count, default: []].append((word, count))
        }
        let bandStatement = try db.makeStatement(sql: "INSERT INTO vocabularyBand(length, words) VALUES (?, ?)")
        for (length, words) in bands {
            let sorted = words.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            try bandStatement.execute(arguments: [length, Data(sorted.map(\.0).joined(separator: "\n").utf8)])
        }
        clock.lap("typo vocabulary")
        return Report(concepts: kb.concepts.count, terms: terms, passages: passageRows.count, seconds: 0)
    }
}

/// Work started on other threads now and collected later.
private final class Prefetch: @unchecked Sendable {   // `rows` is written before `leave()` and read after `wait()`.
    private var rows: [ConceptRows] = []
    private let group = DispatchGroup()

    init(_ work: @escaping @Sendable () -> [ConceptRows]) {
        group.enter()
        DispatchQueue.global().async {
            self.rows = work()
            self.group.leave()
        }
    }

    func wait() -> [ConceptRows] {
        group.wait()
        return rows
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
