import Foundation
import GlossaryModel

/// Writes one CSV row per term (see ``CSVColumns``), UTF-8, CRLF line ends, a header row.
///
/// A cell that a spreadsheet would evaluate as a formula (`=`, `+`, `-`, `@`…) is written
/// with a leading apostrophe (see ``CSVTable/neutralisingFormula(_:)``); ``CSVImporter``
/// removes it again when it reads a file with this header.
package struct CSVExporter: Sendable {
    /// A CSV exporter.
    package init() {}

    /// The knowledge base as CSV text, one row per term after a header row.
    package func export(_ kb: KnowledgeBase) -> String {
        var out = CSVTable.line(CSVColumns.all)
        for concept in kb.concepts {
            for language in Language.allCases {
                let section = concept[language]
                // A language without terms but with notes, examples or keywords gets one row
                // with no term, which carries them (``CSVImporter`` adds no term for it).
                let termless =
                    section.terms.isEmpty
                    && !(section.definition.isEmpty && section.notes.isEmpty && section.examples.isEmpty && section.keywords.isEmpty)
                for term in termless ? [nil] : section.terms.map(Optional.some) {
                    let row: [String: String] = [
                        "concept": concept.id, "language": language.rawValue, "term": term?.text ?? "",
                        "status": term?.status.rawValue ?? "", "type": term?.type?.rawValue ?? "",
                        "gender": term?.gender?.rawValue ?? "", "definition": section.definition,
                        "domain": concept.domains.joined(separator: CSVColumns.separator),
                        "pos": term?.pos?.rawValue ?? "", "term_note": term?.note ?? "",
                        "notes": Self.json(section.notes), "examples": Self.json(section.examples),
                        "broader": concept.broader.joined(separator: CSVColumns.separator),
                        "related": concept.related.joined(separator: CSVColumns.separator),
                        "contrasts": Self.json(concept.contrasts), "sources": Self.json(concept.sources),
                        "geo": term?.geo.joined(separator: CSVColumns.separator) ?? "", "register": term?.register?.rawValue ?? "",
                        "authority": Self.json(term?.authority ?? []), "keywords": Self.json(section.keywords)
                    ]
                    out += CSVTable.line(CSVColumns.all.map { CSVTable.neutralisingFormula(row[$0] ?? "") })
                }
            }
        }
        return out
    }

    /// Compact JSON with sorted keys, or an empty cell for an empty list.
    static func json<T: Encodable>(_ values: [T]) -> String {
        guard !values.isEmpty else { return "" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(values)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}
