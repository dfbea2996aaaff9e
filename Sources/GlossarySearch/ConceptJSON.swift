import Foundation
import GlossaryModel
import GlossaryStore

/// The JSON shape of a concept in `glossary search --json` and `glossary show --json`,
/// documented in README.md. Definitions and notes are plain text with `[[id]]` links
/// replaced by the linked concept's headword; `markdown` keeps the source text.
package struct ConceptJSON: Encodable, Sendable {
    package struct TermJSON: Encodable, Sendable {
        var text: String
        var status: String
        var type: String?
        var gender: String?
        var pos: String?
        var note: String?

        package init(_ term: Term) {
            text = term.text
            status = term.status.rawValue
            type = term.type?.rawValue
            gender = term.gender?.rawValue
            pos = term.pos?.rawValue
            note = term.note
        }
    }

    package struct MatchJSON: Encodable, Sendable {
        var lang: String
        var text: String
        var kind: String
        /// The field that matched: terms, keywords, definition, notes, examples, contrasts.
        var field: String
        /// The query's words (folded) that matched.
        var words: [String]
        var status: String?
        var type: String?
        var note: String?
    }

    package struct ContrastJSON: Encodable, Sendable {
        var with: String
        var fr: String
        var en: String
    }

    var id: String
    var score: Double?
    var approximate: Bool?
    var matched: MatchJSON?
    var snippet: String?
    var headword: [String: String]
    var terms: [String: [TermJSON]]
    var definition: [String: String]
    var domains: [String]
    // Full entry only (show):
    var notes: [String: [String]]?
    var examples: [String: [String]]?
    var broader: [String]?
    var narrower: [String]?
    var related: [String]?
    var contrasts: [ContrastJSON]?
    var sources: [Source]?

    /// The object of one search result.
    package init(result: SearchResult, index: GlossaryIndex) throws {
        try self.init(concept: result.concept, index: index, full: false)
        score = result.score
        approximate = result.approximate
        let term = result.match.term
        matched = MatchJSON(
            lang: result.match.language.rawValue, text: result.match.text, kind: result.match.kind.rawValue,
            field: result.match.kind.field, words: result.match.words, status: term?.status.rawValue, type: term?.type?.rawValue, note: term?.note)
        snippet = result.snippet.text
    }

    /// A concept; `full` adds notes, examples, relations and sources.
    package init(concept: Concept, index: GlossaryIndex, full: Bool) throws {
        id = concept.id
        headword = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0.rawValue, concept.headword($0)) })
        terms = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0.rawValue, concept[$0].terms.map(TermJSON.init)) })
        var definition: [String: String] = [:]
        for language in Language.allCases {
            definition[language.rawValue] = try index.plainText(concept[language].definition, language: language)
        }
        self.definition = definition
        domains = concept.domains
        guard full else { return }
        var notes: [String: [String]] = [:], examples: [String: [String]] = [:]
        for language in Language.allCases {
            notes[language.rawValue] = try concept[language].notes.map { try index.plainText($0, language: language) }
            examples[language.rawValue] = try concept[language].examples.map { try index.plainText($0, language: language) }
        }
        self.notes = notes
        self.examples = examples
        broader = concept.broader
        narrower = try index.narrower(concept.id)
        related = concept.related
        contrasts = try concept.contrasts.map {
            ContrastJSON(with: $0.with, fr: try index.plainText($0.fr, language: .fr), en: try index.plainText($0.en, language: .en))
        }
        sources = concept.sources
    }
}

/// Encodes values as the CLI's `--json` output: pretty, keys sorted, slashes unescaped.
package enum JSONOutput {
    package static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
