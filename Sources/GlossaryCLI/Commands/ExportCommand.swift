import ArgumentParser
import Foundation
import GlossaryInterchange
import GlossaryModel

extension ExportFormat: ExpressibleByArgument {}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the knowledge base as TBX, CSV, SKOS, an Anki deck or JSON.",
        discussion: """
            Formats: tbx (TBX v3, TBX-Basic, DCA style), tbx2 (TBX v2, <martif>), csv (RFC 4180, \
            one row per term), skos (Turtle), anki (an .apkg deck, needs --out), json (the whole \
            knowledge base). The content must pass 'glossary check' first.

            Without --out the file goes to stdout; with it, it is written to a temporary file \
            and renamed, so an existing file is never left half-written.
            """
    )

    @Option(help: "The format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ExportFormat

    @Option(help: ArgumentHelp("The file to write (default: stdout).", valueName: "file"))
    var out: String?

    @Option(help: ArgumentHelp("The base IRI of the concepts in SKOS.", valueName: "iri"))
    var baseIRI = SKOSExporter.defaultBase

    @OptionGroup var options: ContentOptions

    func validate() throws {
        if format.isBinary, out == nil { throw ValidationError("--format \(format.rawValue) writes a binary file: pass --out FILE") }
    }

    func run() throws {
        let result = try Failure.report { try ContentLoader(directory: options.contentDirectory).load() }
        guard result.isValid else {
            throw Failure.exit(ContentError.invalidContent(result.diagnostics))
        }
        let data = try Failure.report {
            try Exporter.data(result.knowledgeBase, format: format, baseIRI: baseIRI)
        }
        if let out {
            try Failure.report { try AtomicFile.write(data, to: out) }
            Terminal.stderr.print("wrote \(result.knowledgeBase.concepts.count) concepts to \(out) (\(format.rawValue))")
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}
