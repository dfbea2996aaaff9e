import Foundation
import GlossaryTestSupport
import Testing

@testable import GlossaryModel
@testable import GlossaryQuiz

/// The fixture knowledge base and temporary progress files for the quiz tests.
enum QuizFixtures {
    static func knowledgeBase() throws -> KnowledgeBase {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/content", withExtension: nil))
        let loaded = try ContentLoader(directory: url.path).load()
        #expect(loaded.isValid)
        return loaded.knowledgeBase
    }

    /// A path in a fresh temporary folder.
    static func temporaryPath(_ name: String = "progress.sqlite") throws -> String {
        let folder = TestScratch.path("glossary-quiz")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(name).path
    }

    static let monday = ISO8601.date("2025-01-06T09:00:00Z")!
}
