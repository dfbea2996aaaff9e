import ArgumentParser
import GlossaryModel
import GlossarySearch

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the knowledge base and report every problem at once.",
        discussion: """
            Each problem is printed as 'path:line:column: error: message' (or warning) on stderr, \
            as compilers do, so editors can jump to it. Exit status: 0 when there is no error \
            (warnings allowed unless --strict), 65 otherwise.
            """
    )

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(help: "Print the diagnostics as one JSON object on stdout.")
    var json = false

    @OptionGroup var options: ContentOptions

    func run() throws {
        let result = try Failure.report { try ContentLoader(directory: options.contentDirectory).load() }
        let diagnostics = result.diagnostics
        let errors = diagnostics.errors.count, warnings = diagnostics.warnings.count
        if json {
            struct Output: Encodable { var concepts: Int; var errors: Int; var warnings: Int; var diagnostics: [Diagnostic] }
            print(try JSONOutput.encode(Output(concepts: result.knowledgeBase.concepts.count, errors: errors, warnings: warnings, diagnostics: diagnostics)))
        } else {
            let err = Terminal.stderr
            for d in diagnostics {
                let label = d.severity == .error ? err.style("error:", .red, .bold) : err.style("warning:", .yellow, .bold)
                let position = d.line > 0 ? ":\(d.line):\(max(d.column, 1))" : ""
                err.print("\(d.path)\(position): \(label) \(d.message)")
            }
            let summary = "\(result.knowledgeBase.concepts.count) concepts in \(options.contentDirectory): \(errors) error(s), \(warnings) warning(s)"
            Terminal.stdout.print(errors == 0 && (warnings == 0 || !strict) ? summary : Terminal.stdout.style(summary, .red))
        }
        if errors > 0 || (strict && warnings > 0) { throw ExitCode(65) }
    }
}
