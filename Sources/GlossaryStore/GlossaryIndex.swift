import Foundation
import GRDB
import GlossaryModel

/// The SQLite index of a content folder, opened read-only after making sure it is fresh.
///
/// Every command that reads the index goes through ``open(content:path:rebuild:)``, which
/// compares the content's ``ContentFingerprint`` with the one the index was built from and
/// rebuilds when they differ, so a user never has to think about the index.
public struct GlossaryIndex: Sendable {
    /// The path of the index file.
    public let path: String
    let queue: DatabaseQueue

    /// How the index came to be usable.
    public enum Freshness: Sendable, Equatable {
        /// Built from the current content earlier.
        case upToDate
        /// Rebuilt now, because the content changed, the index was missing, or it was asked for.
        case rebuilt(IndexBuilder.Report)
        /// The content changed but has errors: the index built before is used, unchanged.
        case stale
    }

    /// An index ready to read, with how it was obtained and the content's diagnostics
    /// (when the content was loaded to rebuild it).
    public struct Opened: Sendable {
        /// The index, ready to read and search.
        public var index: GlossaryIndex
        /// Whether the index was up to date, rebuilt now, or stale.
        public var freshness: Freshness
        /// The content's diagnostics when it was loaded to rebuild the index; empty otherwise.
        public var diagnostics: [Diagnostic]
    }

    /// Opens the index of `content` at `path` (default: ``IndexLocation``), rebuilding it first
    /// when the content changed or `rebuild` is true.
    public static func open(content: String, path: String? = nil, rebuild: Bool = false) throws -> Opened {
        SQLiteProcess.prepare()
        let path = path ?? IndexLocation.defaultPath(forContent: content)
        let loader = ContentLoader(directory: content)
        let fingerprint = try ContentFingerprint.compute(directory: content)
        let existing = try? openReadOnly(path)
        if !rebuild, let existing, (try? existing.meta("fingerprint")) == fingerprint {
            return Opened(index: existing, freshness: .upToDate, diagnostics: [])
        }
        let loadStart = Date()
        let loaded = try loader.load()
        let loadSeconds = Date().timeIntervalSince(loadStart)
        guard loaded.isValid else {
            if let existing, (try? existing.meta("schema")) == IndexSchema.version {
                return Opened(index: existing, freshness: .stale, diagnostics: loaded.diagnostics)
            }
            throw ContentError.invalidContent(loaded.diagnostics)
        }
        var report = try IndexBuilder(path: path).build(loaded.knowledgeBase, fingerprint: fingerprint, contentDirectory: content)
        report.seconds += loadSeconds
        report.phases.insert(IndexBuilder.Phase(name: "read and check content", seconds: loadSeconds), at: 0)
        do {
            return Opened(index: try openReadOnly(path), freshness: .rebuilt(report), diagnostics: loaded.diagnostics)
        } catch {
            throw IndexError.index(path: path, reason: "cannot open after building: \(error)")
        }
    }

    /// Opens an existing index file without checking its freshness.
    public static func openReadOnly(_ path: String) throws -> GlossaryIndex {
        SQLiteProcess.prepare()
        guard FileManager.default.fileExists(atPath: path) else {
            throw IndexError.index(path: path, reason: "no such file")
        }
        var configuration = Configuration()
        configuration.readonly = true
        // Pages are read through a memory map of the file: a search touches a few dozen pages,
        // and mapping them costs fewer page faults than copying each into a fresh buffer. The
        // map covers an index of a few thousand concepts; a larger one is read past it, so
        // pages a long session touched are not all counted in the process's memory.
        //
        // Past the map, pages are copied by `pread` into SQLite's page cache, 2 MB by default:
        // less than FTS5's document sizes of 100k concepts alone (2.4 MB), which every ranked
        // search reads, so each search copied them in again (`perf`: a quarter of a search's
        // CPU in the kernel's copies). A 16 MB cache keeps the pages searches share; it fills
        // only as pages are read.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA mmap_size = 8388608; PRAGMA cache_size = -16384") }
        return GlossaryIndex(path: path, queue: try DatabaseQueue(path: path, configuration: configuration))
    }

    /// A value of the index's metadata (`fingerprint`, `schema`, `content`, `built`).
    package func meta(_ key: String) throws(IndexError) -> String? {
        try reading { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]) }
    }

    /// The concept with `id`.
    public func concept(_ id: String) throws(IndexError) -> Concept? {
        try reading { db in try Self.concepts([id], in: db)[id] }
    }

    /// The concepts with `ids` that exist, by id, read with one statement.
    static func concepts(_ ids: [String], in db: Database) throws -> [String: Concept] {
        guard !ids.isEmpty else { return [:] }
        let rows = try Row.fetchCursor(
            db.cachedStatement(sql: "SELECT id, record FROM concept WHERE id IN (\(placeholders(ids.count)))"),
            arguments: StatementArguments(ids))
        var out: [String: Concept] = [:]
        while let row = try rows.next() { out[row[0]] = try decode(row, column: 1) }
        return out
    }

    /// Every concept, in id order.
    package func allConcepts() throws(IndexError) -> [Concept] {
        try reading { db in try Row.fetchAll(db, sql: "SELECT record FROM concept ORDER BY id").map { try Self.decode($0, column: 0) } }
    }

    /// Every concept id.
    public func conceptIDs() throws(IndexError) -> [String] {
        try reading { db in try String.fetchAll(db, sql: "SELECT id FROM concept ORDER BY id") }
    }

    /// Concepts whose `broader` names `id`.
    public func narrower(_ id: String) throws(IndexError) -> [String] {
        try reading { db in
            try String.fetchAll(db, sql: "SELECT conceptId FROM relation WHERE kind = 'broader' AND target = ? ORDER BY conceptId", arguments: [id])
        }
    }

    /// The headwords of `ids` in both languages, for showing links.
    public func headwords(_ ids: some Collection<String>) throws(IndexError) -> [String: [Language: String]] {
        try reading { db in try Self.headwords(Array(ids), in: db) }
    }

    static func headwords(_ ids: [String], in db: Database) throws -> [String: [Language: String]] {
        guard !ids.isEmpty else { return [:] }
        var out: [String: [Language: String]] = [:]
        let rows = try Row.fetchCursor(
            db, sql: "SELECT id, headwordFr, headwordEn FROM concept WHERE id IN (\(placeholders(ids.count)))",
            arguments: StatementArguments(ids))
        while let row = try rows.next() { out[row[0]] = [.fr: row[1], .en: row[2]] }
        return out
    }

    /// Runs `body` in a read transaction; a failure (an unreadable or corrupt file) is an
    /// ``IndexError`` naming the index, never SQLite's error alone.
    func reading<T>(_ body: (Database) throws -> T) throws(IndexError) -> T {
        do {
            return try queue.read(body)
        } catch let error as IndexError {
            throw error
        } catch {
            throw .index(path: path, reason: "cannot read: \(error)")
        }
    }

    /// `?,?,…`: `count` SQL parameters, for an `IN (…)` list.
    private static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ",")
    }

    /// `markdown` with its `[[id]]` links replaced by headwords in `language`.
    public func plainText(_ markdown: String, language: Language) throws(IndexError) -> String {
        try reading { db in try Self.plainText(markdown, language: language, in: db) }
    }

    static func plainText(_ markdown: String, language: Language, in db: Database) throws -> String {
        let links = WikiLink.all(in: markdown)
        guard !links.isEmpty else { return markdown }
        let names = try headwords(Array(Set(links.map(\.id))), in: db)
        return WikiLink.replacing(in: markdown) { $0.label ?? names[$0.id]?[language] ?? $0.id }
    }

    static func decode(_ row: Row, column: Int) throws -> Concept {
        try row.withUnsafeData(atIndex: column) { data in
            guard let data else { throw ConceptRecord.Corrupt() }
            return try data.withUnsafeBytes { raw in try ConceptRecord.decode(raw) }
        }
    }
}
