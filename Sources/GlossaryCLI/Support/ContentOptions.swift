import ArgumentParser
import Foundation
import GlossaryModel
import GlossaryStore

/// The options every command that reads the knowledge base shares.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The content folder (default: $GLOSSARY_CONTENT or ./Content).", valueName: "dir"))
    var content: String?

    @Option(name: .long, help: ArgumentHelp("The index file (default: in $XDG_CACHE_HOME/glossary/, one per content folder).", valueName: "path"))
    var index: String?

    var contentDirectory: String {
        content ?? Environment.value("GLOSSARY_CONTENT").flatMap { $0.isEmpty ? nil : $0 } ?? "Content"
    }

    /// Opens the index, rebuilding it when the content changed, and tells the user on stderr
    /// when the content has errors and an older index is used instead.
    ///
    /// The index stays open until the process exits (see ``KeptOpen``).
    func openIndex(rebuild: Bool = false) throws -> GlossaryIndex.Opened {
        let opened = try Failure.report {
            try GlossaryIndex.open(content: contentDirectory, path: index, rebuild: rebuild)
        }
        KeptOpen.untilExit(opened.index)
        if opened.freshness == .stale {
            let errors = opened.diagnostics.errors
            for diagnostic in errors.prefix(5) { Terminal.stderr.print(diagnostic.description) }
            Terminal.stderr.print(
                Terminal.stderr.style("warning:", .yellow)
                    + " the content has \(errors.count) error(s); using the index built before they were made. Run 'glossary check' for the full list.")
        }
        return opened
    }
}
