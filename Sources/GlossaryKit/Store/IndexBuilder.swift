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
            let queue = try DatabaseQueue(path: temporary, configuration: configuration)
            try IndexSchema.migrator.migrate(queue)
            try queue.inTransaction { db in
                report = try Self.insert(knowledgeBase, into: db)
                for (key, value) in [("fingerprint", fingerprint), ("schema", IndexSchema.version),
                                     ("content", contentDirectory), ("built", ISO8601DateFormatter().string(from: Date()))] {
                    try db.execute(sql: "INSERT INTO meta(key, value) VALUES (?, ?)", arguments: [key, value])
                }
                try db.execute(sql: "INSERT INTO term_fts(term_fts) VALUES('rebuild'); INSERT INTO passage_fts(passage_fts) VALUES('rebuild');")
                return .commit
            }
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA optimize") }
            try queue.close()
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

    private static func insert(_ kb: KnowledgeBase, into db: Database) throws -> Report {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var vocabulary: [String: Int] = [:]
        var terms = 0, passages = 0
        let conceptStatement = try db.makeStatement(sql: "INSERT INTO concept(id, headwordFr, headwordEn, domains, json) VALUES (?, ?, ?, ?, ?)")
        let termStatement = try db.makeStatement(sql: "INSERT INTO term(conceptId, lang, position, text, status, compact, stemCompact, stemmed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        let passageStatement = try db.makeStatement(sql: "INSERT INTO passage(conceptId, lang, kind, text, stemmed) VALUES (?, ?, ?, ?, ?)")
        let relationStatement = try db.makeStatement(sql: "INSERT INTO relation(conceptId, kind, target) VALUES (?, ?, ?)")

        for concept in kb.concepts {
            let json = String(decoding: try encoder.encode(concept), as: UTF8.self)
            let domains = String(decoding: try encoder.encode(concept.domains), as: UTF8.self)
            try conceptStatement.execute(arguments: [concept.id, concept.headword(.fr), concept.headword(.en), domains, json])
            for language in Language.allCases {
                let section = concept[language]
                for (position, term) in section.terms.enumerated() {
                    let words = TextFolding.words(term.text)
                    let stems = words.map(TextFolding.stem)
                    try termStatement.execute(arguments: [concept.id, language.rawValue, position, term.text, term.status.rawValue,
                                                          words.joined(), stems.joined(), stems.joined(separator: " ")])
                    for word in stems { vocabulary[word, default: 0] += 1 }
                    if words.count > 1 { vocabulary[words.joined(), default: 0] += 1 }
                    terms += 1
                }
                let texts = [("definition", section.definition)] + section.notes.map { ("note", $0) } + section.examples.map { ("example", $0) }
                    + concept.contrasts.map { ("contrast", $0[language]) }
                for (kind, markdown) in texts where !markdown.isEmpty {
                    let plain = kb.plainText(markdown, language: language)
                    let stemmed = TextFolding.stemmed(plain)
                    try passageStatement.execute(arguments: [concept.id, language.rawValue, kind, plain, stemmed])
                    passages += 1
                }
            }
            for target in concept.broader { try relationStatement.execute(arguments: [concept.id, "broader", target]) }
            for target in concept.related { try relationStatement.execute(arguments: [concept.id, "related", target]) }
            for contrast in concept.contrasts { try relationStatement.execute(arguments: [concept.id, "contrast", contrast.with]) }
        }
        let vocabularyStatement = try db.makeStatement(sql: "INSERT INTO vocabulary(word, length, count) VALUES (?, ?, ?)")
        var bands: [Int: [(String, Int)]] = [:]
        for (word, count) in vocabulary {
            try vocabularyStatement.execute(arguments: [word, word.unicodeScalars.count, count])
            bands[word.utf8.count, default: []].append((word, count))
        }
        let bandStatement = try db.makeStatement(sql: "INSERT INTO vocabularyBand(length, words) VALUES (?, ?)")
        for (length, words) in bands {
            let sorted = words.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            try bandStatement.execute(arguments: [length, Data(sorted.map(\.0).joined(separator: "\n").utf8)])
        }
        return Report(concepts: kb.concepts.count, terms: terms, passages: passages, seconds: 0)
    }
}
