import ArgumentParser
import Foundation

@main
struct Glossary: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Search, learn and publish the vocabulary of IT outsourcing, in French and English.",
        discussion: """
            The knowledge base is a folder of YAML files (./Content by default, or --content DIR, \
            or $GLOSSARY_CONTENT). Commands index it into SQLite on first use and whenever it \
            changes, so there is nothing to set up.

            Exit codes: 0 success, 1 nothing found, 64 usage error, 65 invalid content or \
            input, 66 content folder or input file not found, 70 a bug in glossary, \
            73 import would overwrite or output refused, 74 index, progress or file error.
            """,
        version: "0.1.0",
        subcommands: [
            SearchCommand.self, ShowCommand.self, ListCommand.self, CheckCommand.self, IndexCommand.self,
            QuizCommand.self, ReviewCommand.self, StatsCommand.self, OptimizeCommand.self, SiteCommand.self,
            ExportCommand.self, ImportCommand.self, LintCommand.self
        ],
        defaultSubcommand: nil
    )

    /// A mistyped subcommand is answered with the closest one (exit 64) before the parser
    /// runs; parsing is the parser's (which suggests the closest option itself). An error one
    /// of glossary's commands throws goes through ``Failure``, the one printer of errors and
    /// their exit codes; the parser's own commands (help) report their errors themselves.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let message = UnknownCommand.message(arguments, commands: UnknownCommand.names(of: Glossary.self)) {
            Failure.print(message)
            Self.exit(withError: ExitCode(64))
        }
        var command: any ParsableCommand
        do { command = try parseAsRoot(arguments) } catch { Self.exit(withError: error) }
        let ours = configuration.subcommands.contains { ObjectIdentifier($0) == ObjectIdentifier(type(of: command)) }
        do { try command.run() } catch { Self.exit(withError: ours ? Failure.handled(error) : error) }
    }
}
