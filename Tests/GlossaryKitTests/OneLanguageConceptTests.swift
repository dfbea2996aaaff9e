import Foundation
import Testing

@testable import GlossaryInterchange
@testable import GlossaryModel
@testable import GlossaryQuiz

/// A concept with terms in one language only (a term base imported from elsewhere, such as
/// LTAC's TBX-Basic example, which has no French) is valid content flagged by a warning, and
/// every part of glossary shows it in its one language without inventing the other.
struct OneLanguageConceptTests {
    static let englishOnly = """
        id: open-cluster
        domains: [modeles]
        related: [externalisation]
        fr:
          terms: []
          definition: ""
        en:
          terms:
            - { text: "open cluster", status: preferred, pos: noun }
          definition: "A group of stars formed together in the spiral arms of a galaxy."
        sources:
          - { title: "Oxford2007" }
        """

    /// The fixture content with `files` added.
    func content(_ files: [String: String]) throws -> (TestContent, ContentLoader.Result) {
        let content = try TestContent()
        for (name, yaml) in files { try content.write(name, yaml) }
        return (content, try content.load())
    }

    @Test func oneLanguageIsAWarningNeitherIsAnError() throws {
        let noSection = Self.englishOnly.replacingOccurrences(of: "fr:\n  terms: []\n  definition: \"\"\n", with: "")
            .replacingOccurrences(of: "open-cluster", with: "open-cluster-2")
        let (content, result) = try content(["open-cluster": Self.englishOnly, "open-cluster-2": noSection])
        defer { content.cleanUp() }
        #expect(result.isValid, "\(result.diagnostics.errors)")
        for id in ["open-cluster", "open-cluster-2"] {
            let warning = try #require(result.diagnostics.warnings.first { $0.path.hasSuffix("\(id).yaml") && $0.message.hasPrefix("no French terms") })
            #expect(warning.message.contains("never a translation of your own"))
        }
        #expect(result.knowledgeBase.concept("open-cluster-2")?.fr.isEmpty == true)
        // Two empty languages, a definition without terms: errors still.
        let both = """
            id: nothing
            domains: [modeles]
            related: [externalisation]
            fr: { terms: [], definition: "" }
            en: { terms: [], definition: "Definition without a term." }
            sources:
              - { title: "Test" }
            """
        try content.write("nothing", both)
        let errors = try content.load().diagnostics.errors.filter { $0.path.hasSuffix("nothing.yaml") }.map(\.message)
        #expect(errors.contains { $0.hasPrefix("the concept has no terms in French or in English") })
        #expect(errors.contains { $0.hasPrefix("the 'en' section has a definition but no terms") })
    }

    @Test func termsWithoutADefinitionAreAWarning() throws {
        let yaml = Self.englishOnly.replacingOccurrences(of: "  definition: \"A group of stars formed together in the spiral arms of a galaxy.\"\n", with: "")
        let (content, result) = try content(["open-cluster": yaml])
        defer { content.cleanUp() }
        #expect(result.isValid)
        #expect(result.diagnostics.warnings.contains { $0.message.hasPrefix("no definition in 'en'") })
    }

    @Test func cardsNeedTheLanguagesTheyShow() throws {
        let (content, result) = try content(["open-cluster": Self.englishOnly])
        defer { content.cleanUp() }
        let kb = result.knowledgeBase
        let french = CardGenerator(knowledgeBase: kb, language: .fr, seed: 1)
        #expect(french.cards(for: try #require(kb.concept("open-cluster"))).isEmpty)
        let english = CardGenerator(knowledgeBase: kb, language: .en, seed: 1)
        let kinds = Set(english.cards(for: try #require(kb.concept("open-cluster"))).map(\.id.kind))
        #expect(kinds.contains(.defTerm) && kinds.contains(.termDef))
        #expect(!kinds.contains(.frEn) && !kinds.contains(.enFr))
        // Never offered as a wrong answer in French, where it has no term to show.
        var random = SeededGenerator(seed: 3)
        for concept in kb.concepts where concept.has(.fr) {
            #expect(!french.distractors(for: concept, count: 3, random: &random).contains { $0.id == "open-cluster" })
        }
        #expect(try #require(kb.concept("open-cluster")).name() == "open cluster")
        let esn = try #require(kb.concept("esn"))
        #expect(esn.name() == "\(esn.headword(.fr)) · \(esn.headword(.en))" && esn.headwords(first: .en) == [esn.headword(.en), esn.headword(.fr)])
    }

    @Test func exportsLeaveTheMissingLanguageOut() throws {
        let (content, result) = try content(["open-cluster": Self.englishOnly])
        defer { content.cleanUp() }
        let kb = result.knowledgeBase
        let tbx = TBXExporter(version: .v3).export(kb)
        let entry = try #require(tbx.range(of: "<conceptEntry id=\"open-cluster\">"))
        let end = try #require(tbx.range(of: "</conceptEntry>", range: entry.upperBound..<tbx.endIndex))
        let xml = String(tbx[entry.lowerBound..<end.upperBound])
        #expect(!xml.contains("xml:lang=\"fr\"") && xml.contains("<langSec xml:lang=\"en\">"))
        let skos = SKOSExporter(base: SKOSExporter.defaultBase).export(kb)
        #expect(!skos.contains("skos:definition \"\"@fr"))
        // The Anki deck asks both directions: a concept in one language has no note.
        let deck = try AnkiExporter(now: Date(timeIntervalSince1970: 1_800_000_000)).export(kb)
        #expect(!deck.isEmpty)
        // Read back through the importer: the same concept, still without French.
        let reread = try TBXImporter(domains: kb.domains).read(Data(tbx.utf8), path: "kb.tbx")
        #expect(reread.concepts.first { $0.id == "open-cluster" } == kb.concept("open-cluster"))
    }

    @Test func theShippedContentIsInBothLanguages() throws {
        guard InterchangeSupport.hasConcepts(InterchangeSupport.realContent) else { return }
        let kb = try InterchangeSupport.load(InterchangeSupport.realContent)
        let oneLanguage = kb.concepts.filter { !($0.has(.fr) && $0.has(.en)) || $0.fr.definition.isEmpty || $0.en.definition.isEmpty }
        #expect(oneLanguage.isEmpty, "a concept of the shipped glossary lacks a language: \(oneLanguage.map(\.id))")
    }
}
