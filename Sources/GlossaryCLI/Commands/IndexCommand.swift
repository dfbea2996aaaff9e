import ArgumentParser
import Foundation
import GlossaryModel
import GlossarySearch
import GlossaryStore

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Rebuild the search index now and say what was done.",
        discussion: """
            Not needed in everyday use: every command rebuilds the index when the content has \
            changed. The rebuild is atomic; invalid content leaves the previous index in place.
            """
    )

    @Flag(help: "Print what was done as JSON.")
    var json = false

    @OptionGroup var options: ContentOptions

    func run() throws {
        // One load: the rebuild itself validates the content, and keeps the old index when
        // the content has errors.
        let opened = try Failure.report {
            try GlossaryIndex.open(content: options.contentDirectory, path: options.index, rebuild: true)
        }
        if opened.freshness == .stale {
            let errors = opened.diagnostics.errors
            for d in errors { Terminal.stderr.print(d.description) }
            Failure.print("\(errors.count) error(s) in the content: the index was left as it was. Fix them and run again.")
            throw ExitCode(65)
        }
        guard case .rebuilt(let report) = opened.freshness else { return }
        if json {
            struct Output: Encodable {
                var path: String; var concepts: Int; var terms: Int; var passages: Int; var seconds: Double
                var phases: [IndexBuilder.Phase]; var alongside: [IndexBuilder.Phase]
            }
            print(
                try JSONOutput.encode(
                    Output(
                        path: opened.index.path, concepts: report.concepts, terms: report.terms,
                        passages: report.passages, seconds: report.seconds, phases: report.phases,
                        alongside: report.alongside)))
        } else {
            print("Indexed \(report.concepts) concepts, \(report.terms) terms and \(report.passages) passages in \(String(format: "%.3f", report.seconds)) s")
            print("  \(opened.index.path)")
        }
    }
}
