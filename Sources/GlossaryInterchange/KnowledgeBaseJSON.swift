import Foundation
import GlossaryModel

/// The whole knowledge base as one JSON document, documented in docs/README-interchange.md:
///
/// ```json
/// {"format": "glossary", "version": 1, "domains": [...], "concepts": [...]}
/// ```
///
/// Concepts are sorted by id and use the field names of the concept files (Markdown kept,
/// absent optional fields left out), plus the derived `narrower`; keys are sorted, so the
/// same content always gives the same bytes.
package struct KnowledgeBaseJSON: Codable, Sendable {
    /// One concept as the JSON export writes it: its fields, with the concepts narrower than it.
    package struct ConceptJSON: Codable, Sendable {
        package var concept: Concept
        package var narrower: [String]

        /// Writes the concept's fields and `narrower` in one object.
        package func encode(to encoder: any Encoder) throws {
            try concept.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(narrower, forKey: .narrower)
        }

        /// Reads an object written by ``encode(to:)``.
        package init(from decoder: any Decoder) throws {
            concept = try Concept(from: decoder)
            narrower = try decoder.container(keyedBy: Key.self).decodeIfPresent([String].self, forKey: .narrower) ?? []
        }

        init(concept: Concept, narrower: [String]) {
            self.concept = concept
            self.narrower = narrower
        }

        private enum Key: String, CodingKey { case narrower }
    }

    package var format = "glossary"
    package var version = 1
    package var domains: [Domain]
    package var concepts: [ConceptJSON]

    /// The JSON form of `kb`.
    package init(_ kb: KnowledgeBase) {
        domains = kb.domains
        concepts = kb.concepts.map { ConceptJSON(concept: $0, narrower: kb.narrower($0.id)) }
    }

    /// `kb` as pretty-printed JSON with sorted keys, ending in a line break.
    package static func data(_ kb: KnowledgeBase) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(KnowledgeBaseJSON(kb))
        data.append(0x0A)
        return data
    }
}
