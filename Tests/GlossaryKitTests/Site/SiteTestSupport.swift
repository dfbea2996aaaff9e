import Foundation
import GlossaryTestSupport

@testable import GlossaryModel
@testable import GlossarySite

/// Paths and helpers shared by the site tests.
enum SiteTestSupport {
    /// The repository's root, found from this file's path.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let siteDirectory = repository.appendingPathComponent("Site").path
    static let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")
    /// The small fixture knowledge base shared with the other tests.
    static let fixtureContent = fixtures.appendingPathComponent("content")
    /// A snapshot of the real content (56 concepts), for richer pages.
    static let richContent = fixtures.appendingPathComponent("site-content")

    static func temporaryDirectory() throws -> URL {
        let url = TestScratch.path("glossary-site")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func knowledgeBase(_ content: URL) throws -> KnowledgeBase {
        let result = try ContentLoader(directory: content.path).load()
        precondition(result.isValid, result.diagnostics.errors.map(\.description).joined(separator: "\n"))
        return result.knowledgeBase
    }

    /// Builds the site of `content` into a new temporary folder and returns it.
    static func build(_ content: URL, baseURL: String? = nil) throws -> (URL, SiteBuilder.Report) {
        let out = try temporaryDirectory().appendingPathComponent("site")
        let builder = try SiteBuilder(knowledgeBase: knowledgeBase(content), siteDirectory: siteDirectory, baseURL: baseURL)
        let report = try SitePublisher.publish(to: out) { (folder) throws(OutputError) in try builder.build(into: folder) }
        return (out, report)
    }

    static func read(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    /// Every `.html` file under `folder`.
    static func pages(in folder: URL) -> [URL] {
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!
        return enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "html" }
    }

    /// A copy of a content folder the test may change.
    static func copy(_ content: URL) throws -> URL {
        let copy = try temporaryDirectory().appendingPathComponent("content")
        try FileManager.default.copyItem(at: content, to: copy)
        return copy
    }
}
