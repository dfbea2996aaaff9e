import Foundation
import GlossaryModel

/// Runs the exporter of a format: the one entry point `glossary export` and the tests use.
public enum Exporter {
    /// The knowledge base written in `format`; `baseIRI` prefixes concept IRIs in SKOS.
    /// Throws an ``OutputError`` when the Anki deck cannot be assembled in the temporary folder.
    public static func data(_ kb: KnowledgeBase, format: ExportFormat, baseIRI: String = SKOSExporter.defaultBase) throws -> Data {
        try data(kb, format: format, baseIRI: baseIRI, ankiProgress: nil)
    }

    /// The same, with the learner's progress written into an Anki deck (ignored by the other formats).
    package static func data(
        _ kb: KnowledgeBase, format: ExportFormat, baseIRI: String = SKOSExporter.defaultBase,
        ankiProgress: AnkiProgress?
    ) throws -> Data {
        switch format {
        case .tbx: Data(TBXExporter(version: .v3).export(kb).utf8)
        case .tbx2: Data(TBXExporter(version: .v2).export(kb).utf8)
        case .csv: Data(CSVExporter().export(kb).utf8)
        case .skos: Data(SKOSExporter(base: baseIRI).export(kb).utf8)
        case .json: try KnowledgeBaseJSON.data(kb)
        case .anki: try anki(kb, progress: ankiProgress)
        }
    }

    /// The deck is a SQLite database zipped in a temporary folder: a failure there is the
    /// folder's (full, read-only), and says so rather than showing SQLite's or zip's error alone.
    private static func anki(_ kb: KnowledgeBase, progress: AnkiProgress?) throws(OutputError) -> Data {
        do { return try AnkiExporter(progress: progress).export(kb) } catch {
            throw .write(
                path: FileManager.default.temporaryDirectory.path,
                reason: "cannot assemble the Anki deck in this temporary folder (\(error)); free some space or set TMPDIR to another folder")
        }
    }
}
