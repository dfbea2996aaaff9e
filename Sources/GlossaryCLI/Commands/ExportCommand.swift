import ArgumentParser
import Foundation
import GlossaryInterchange
import GlossaryModel
import GlossaryQuiz

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

            With --format anki --with-progress, each French → English and English → French card \
            you reviewed in 'glossary quiz' keeps its schedule and FSRS memory state (stability, \
            difficulty, due date, interval, reps, lapses) and its review history; in Anki, tick \
            "Import any learning progress" when importing. The other card kinds have no Anki card.
            """
    )

    @Option(help: "The format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ExportFormat

    @Option(help: ArgumentHelp("The file to write (default: stdout).", valueName: "file"))
    var out: String?

    @Option(help: ArgumentHelp("The base IRI of the concepts in SKOS.", valueName: "iri"))
    var baseIRI = SKOSExporter.defaultBase

    @Flag(name: .customLong("with-progress"), help: "With --format anki: carry each reviewed card's schedule and FSRS state into the deck.")
    var withProgress = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The progress database read by --with-progress (default: $GLOSSARY_PROGRESS, else $XDG_DATA_HOME/glossary/progress.sqlite, else ~/.local/share/glossary/progress.sqlite).",
            valueName: "path"))
    var progress: String?

    @OptionGroup var options: ContentOptions

    func validate() throws {
        if format.isBinary, out == nil { throw ValidationError("--format \(format.rawValue) writes a binary file: pass --out FILE") }
        if withProgress, format != .anki { throw ValidationError("--with-progress goes with --format anki: only the Anki deck has a schedule") }
        if progress != nil, !withProgress { throw ValidationError("--progress is read only with --with-progress") }
    }

    /// The learner's progress for the deck, read from the progress database (never created here).
    func ankiProgress(conceptIDs: Set<String>) throws -> AnkiProgress? {
        guard withProgress else { return nil }
        let path = progress ?? ProgressLocation.defaultPath()
        let read = try Failure.report { () throws -> AnkiProgress in
            let store = try ProgressStore.open(path: path, create: false)
            let retention = try store.desiredRetention() ?? 0.9
            return AnkiProgress(
                cards: try store.allProgress(), reviews: try store.allReviews(), desiredRetention: retention,
                scheduler: FSRSScheduler(desiredRetention: retention))
        }
        let coverage = read.coverage(conceptIDs: conceptIDs)
        var line = "progress: \(coverage.carried) reviewed card(s) carried from \(path)"
        if coverage.leftOut > 0 {
            line +=
                "; \(coverage.leftOut) other card(s) (definitions, choices, contrasts, acronyms, or concepts no longer in the content) have no Anki card and stay in glossary"
        }
        Terminal.stderr.print(line)
        return read
    }

    func run() throws {
        let result = try Failure.report { try ContentLoader(directory: options.contentDirectory).load() }
        guard result.isValid else {
            throw Failure.exit(ContentError.invalidContent(result.diagnostics))
        }
        let progress = try ankiProgress(conceptIDs: Set(result.knowledgeBase.concepts.map(\.id)))
        let data = try Failure.report {
            try Exporter.data(result.knowledgeBase, format: format, baseIRI: baseIRI, ankiProgress: progress)
        }
        if let out {
            try Failure.report { try AtomicFile.write(data, to: out) }
            Terminal.stderr.print("wrote \(result.knowledgeBase.concepts.count) concepts to \(out) (\(format.rawValue))")
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}
