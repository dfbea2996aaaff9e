import Foundation

/// The content folder cannot be used, or does not hold what was asked for.
public enum ContentError: GlossaryFailure, Equatable {
    /// The content folder (or its `concepts/` subfolder) does not exist.
    case contentNotFound(String)
    /// The content has errors and there is no earlier index to fall back on.
    case invalidContent([Diagnostic])
    /// No concept matches an id or a term given on the command line.
    case conceptNotFound(String, suggestions: [String])

    /// What went wrong and what to do about it, as the command-line tool prints it.
    public var errorDescription: String? {
        switch self {
        case .contentNotFound(let dir):
            "no content folder at '\(dir)' (expected '\(dir)/concepts/*.yaml'): run from the project folder, or pass --content DIR or set GLOSSARY_CONTENT"
        case .invalidContent(let diagnostics):
            (diagnostics.errors.prefix(20).map(\.description) + [
                "\(diagnostics.errors.count) error(s) in the content and no earlier index to use: fix them (glossary check lists them all)"
            ])
            .joined(separator: "\n")
        case .conceptNotFound(let query, let suggestions):
            suggestions.isEmpty
                ? "no concept matches '\(query)': try glossary search \(query)"
                : "no concept has the id or the term '\(query)'; did you mean: \(suggestions.joined(separator: ", "))?"
        }
    }

    /// The process's exit status for this error (see ``GlossaryFailure/exitCode``).
    public var exitCode: Int32 {
        switch self {
        case .contentNotFound: ExitStatus.noInput
        case .invalidContent: ExitStatus.dataError
        case .conceptNotFound: ExitStatus.notFound
        }
    }
}
