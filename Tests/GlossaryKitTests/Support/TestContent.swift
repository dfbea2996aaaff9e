import Foundation
import GlossaryTestSupport

@testable import GlossaryModel
@testable import GlossaryStore

/// A private copy of a content folder in a temporary directory, so a test can edit it.
struct TestContent {
    let root: URL
    var content: String { root.appendingPathComponent("content").path }
    var indexPath: String { root.appendingPathComponent("index.sqlite").path }
    var concepts: URL { root.appendingPathComponent("content/concepts") }

    /// The fixture knowledge base of Tests/GlossaryKitTests/Fixtures/content.
    static var fixture: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures/content")
    }

    /// A copy of the fixture content (or an empty content folder with only the fixture's domains).
    init(empty: Bool = false) throws {
        root = TestScratch.path("glossary-test")
        let fm = FileManager.default
        try fm.createDirectory(at: root, withIntermediateDirectories: true)
        try fm.copyItem(at: Self.fixture, to: root.appendingPathComponent("content"))
        if empty {
            for name in try fm.contentsOfDirectory(atPath: concepts.path) {
                try fm.removeItem(at: concepts.appendingPathComponent(name))
            }
        }
    }

    /// Writes a concept file (`name` without `.yaml`).
    func write(_ name: String, _ yaml: String) throws {
        try yaml.write(to: concepts.appendingPathComponent("\(name).yaml"), atomically: true, encoding: .utf8)
    }

    func remove(_ name: String) throws {
        try FileManager.default.removeItem(at: concepts.appendingPathComponent("\(name).yaml"))
    }

    func load() throws -> ContentLoader.Result { try ContentLoader(directory: content).load() }

    func index() throws -> GlossaryIndex { try GlossaryIndex.open(content: content, path: indexPath).index }

    func cleanUp() { try? FileManager.default.removeItem(at: root) }

    /// A minimal valid concept file.
    static func concept(_ id: String, fr: String = "terme", en: String = "term", extra: String = "related: [externalisation]") -> String {
        """
        id: \(id)
        domains: [modeles]
        \(extra)
        fr:
          terms:
            - { text: "\(fr)", status: preferred, gender: m, pos: noun }
          definition: "Définition de \(fr)."
        en:
          terms:
            - { text: "\(en)", status: preferred, pos: noun }
          definition: "Definition of \(en)."
        sources:
          - { title: "Test", publisher: "Tests" }
        """
    }
}
