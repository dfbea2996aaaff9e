import ArgumentParser
import GlossaryModel

/// "Did you mean": a first word that names no subcommand.
///
/// swift-argument-parser reads `glossary serch foo` as the root command with two unexpected
/// arguments; it suggests the closest name for a mistyped option, never for a subcommand.
/// ``Glossary/main()`` asks this type first, before the parser sees the arguments.
enum UnknownCommand {
    /// The names a first word may take: each subcommand's name and aliases, and `help`.
    static func names(of command: any ParsableCommand.Type) -> [String] {
        command.configuration.subcommands.flatMap { sub in
            [sub.configuration.commandName ?? sub._commandName] + sub.configuration.aliases
        } + ["help"]
    }

    /// The error for `arguments` (the process's, without the program name) when the first
    /// names no command: the closest one by ``EditDistance``, else the list of commands.
    /// Nil when the first argument is an option (`--help`, `--version`) or a command, or
    /// when there is none.
    static func message(_ arguments: [String], commands: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), !commands.contains(first) else { return nil }
        let shown = commands.filter { $0 != "help" }
        if let suggestion = EditDistance.suggestion(for: first, in: shown) {
            return "unknown command '\(first)'; did you mean '\(suggestion)'?"
        }
        return "unknown command '\(first)'; the commands are \(shown.joined(separator: ", ")) (glossary --help says what each does)"
    }
}
