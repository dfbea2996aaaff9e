import Foundation

/// Everything that can stop a glossary command, each with a message that says what to do.
public enum GlossaryError: Error, LocalizedError, Sendable, Equatable {
    /// The content folder (or its `concepts/` subfolder) does not exist.
    case contentNotFound(String)
    /// The content has errors and there is no earlier index to fall back on.
    case invalidContent([Diagnostic])
    /// The index file cannot be opened, read or written.
    case index(path: String, reason: String)
    /// No concept matches an id or a term given on the command line.
    case conceptNotFound(String, suggestions: [String])
    /// A file cannot be written.
    case write(path: String, reason: String)
    /// The site's templates or assets folder is missing, or lacks a required file.
    case siteFilesNotFound(path: String, reason: String)
    /// A Mustache template of the site cannot be parsed or names a partial that does not exist.
    case siteTemplate(path: String, line: Int, column: Int, message: String)

    public var errorDescription: String? {
        switch self {
        case .contentNotFound(let dir):
            "no content folder at '\(dir)' (expected '\(dir)/concepts/*.yaml'): run from the project folder, or pass --content DIR or set GLOSSARY_CONTENT"
        case .invalidContent(let diagnostics):
            (diagnostics.errors.prefix(20).map(\.description) +
             ["\(diagnostics.errors.count) error(s) in the content and no earlier index to use: fix them (glossary check lists them all)"])
                .joined(separator: "\n")
        case .index(let path, let reason):
            "index '\(path)': \(reason); delete the file to have it rebuilt, or pass --index PATH"
        case .conceptNotFound(let query, let suggestions):
            suggestions.isEmpty
                ? "no concept matches '\(query)': try glossary search \(query)"
                : "no concept with id '\(query)'; did you mean: \(suggestions.joined(separator: ", "))?"
        case .write(let path, let reason):
            "cannot write '\(path)': \(reason)"
        case .siteFilesNotFound(let path, let reason):
            "\(path): \(reason): run from the project folder (templates and assets are read from ./Site), or pass --templates DIR"
        case .siteTemplate(let path, let line, let column, let message):
            "\(path)\(line > 0 ? ":\(line):\(max(column, 1))" : ""): error: \(message); fix the template (Mustache syntax: https://mustache.github.io/mustache.5.html), the previous site was left as it was"
        }
    }
}
