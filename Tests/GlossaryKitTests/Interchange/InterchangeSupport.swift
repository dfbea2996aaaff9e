import Foundation
import GlossaryTestSupport

@testable import GlossaryInterchange
@testable import GlossaryModel

/// Paths and helpers shared by the interchange tests.
enum InterchangeSupport {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let fixtureContent = testsFolder.appendingPathComponent("Fixtures/content").path
    static let interchangeFixtures = testsFolder.appendingPathComponent("Fixtures/interchange").path
    static let repository = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    /// The shipped content; it may have no concepts yet while it is being written.
    static let realContent = repository.appendingPathComponent("Content").path

    static func load(_ directory: String) throws -> KnowledgeBase {
        let result = try ContentLoader(directory: directory).load()
        precondition(result.isValid, "invalid content in \(directory): \(result.diagnostics.errors)")
        return result.knowledgeBase
    }

    static func hasConcepts(_ directory: String) -> Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory + "/concepts")) ?? []
        return names.contains { $0.hasSuffix(".yaml") }
    }

    /// A new empty content folder with the domains of `domainsFrom`, removed by the caller.
    static func temporaryContent(domainsFrom source: String? = nil) throws -> String {
        let folder = TestScratch.path("glossary-test")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("concepts"), withIntermediateDirectories: true)
        if let source {
            try FileManager.default.copyItem(atPath: source + "/domains.yaml", toPath: folder.appendingPathComponent("domains.yaml").path)
        }
        return folder.path
    }

    /// A minimal valid concept.
    static func concept(_ id: String, fr: String = "terme", en: String = "term", domains: [String] = ["modeles"]) -> Concept {
        Concept(
            id: id, domains: domains,
            fr: LanguageSection(terms: [Term(text: fr, status: .preferred)], definition: "Définition."),
            en: LanguageSection(terms: [Term(text: en, status: .preferred)], definition: "Definition."),
            sources: [Source(title: "Test")])
    }

    static func importer(_ format: ImportFormat, _ domains: [Domain]) -> (Data, String) throws(ImportError) -> ImportResult {
        switch format {
        case .tbx, .tbx2: { data, path throws(ImportError) in try TBXImporter(domains: domains).read(data, path: path) }
        case .csv: { data, path throws(ImportError) in try CSVImporter(domains: domains).read(data, path: path) }
        }
    }
}
