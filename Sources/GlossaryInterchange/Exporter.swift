import Foundation
import GlossaryModel

/// Runs the exporter of a format: the one entry point `glossary export` and the tests use.
public enum Exporter {
    /// The knowledge base written in `format`; `baseIRI` prefixes concept IRIs in SKOS.
    public static func data(_ kb: KnowledgeBase, format: ExportFormat, baseIRI: String = SKOSExporter.defaultBase) throws -> Data {
        try data(kb, format: format, baseIRI: baseIRI, ankiProgress: nil)
    }

    /// The same, with the learner's progress written into an Anki deck (ignored by the other formats).
    package static func data(_ kb: KnowledgeBase, format: ExportFormat, baseIRI: String = SKOSExporter.defaultBase,
                             ankiProgress: AnkiProgress?) throws -> Data {
        switch format {
        case .tbx: Data(TBXExporter(version: .v3).export(kb).utf8)
        case .tbx2: Data(TBXExporter(version: .v2).export(kb).utf8)
        case .csv: Data(CSVExporter().export(kb).utf8)
        case .skos: Data(SKOSExporter(base: baseIRI).export(kb).utf8)
        case .json: try KnowledgeBaseJSON.data(kb)
        case .anki: try AnkiExporter(progress: ankiProgress).export(kb)
        }
    }
}
