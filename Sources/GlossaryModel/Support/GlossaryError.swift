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
    /// The progress database cannot be opened, read or written.
    case progress(path: String, reason: String)
    /// No progress database at a path the user named, and no consent to create one there.
    case progressNotFound(path: String)
    /// The progress database was written by a newer glossary; it is left untouched.
    case progressFromNewerVersion(path: String, found: String, known: Int)
    /// No card has this id.
    case cardNotFound(String, suggestions: [String])
    /// A file given to import cannot be read.
    case inputNotFound(String)
    /// A file to import is not well-formed XML or CSV, or is not the format it claims to be.
    case malformedInput(path: String, line: Int, column: Int, reason: String)
    /// Importing would replace concept files that differ from what is imported.
    case wouldOverwrite([String])
    /// The site's templates or assets folder is missing, or lacks a required file.
    case siteFilesNotFound(path: String, reason: String)
    /// An output path holds something the command did not build, or that must never be replaced.
    case refusedOutput(path: String, reason: String)
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
        case .progress(let path, let reason):
            "progress database '\(path)': \(reason); pass --progress PATH or set GLOSSARY_PROGRESS to use another file"
        case .progressNotFound(let path):
            "no progress database at '\(path)': check the path (a typo would start an empty history), or pass --create to start a new one there"
        case .progressFromNewerVersion(let path, let found, let known):
            "progress database '\(path)' comes from a newer glossary (\(found); this one knows schema \(known) at most): it was not opened for writing and is unchanged. Upgrade glossary, or pass --progress PATH to use another file"
        case .cardNotFound(let id, let suggestions):
            suggestions.isEmpty
                ? "no card '\(id)': card ids are <concept>:<kind> (fr-en, en-fr, def-term, term-def, choice, acronym, contrast-<other>), with @en for English ones"
                : "no card '\(id)'; did you mean: \(suggestions.joined(separator: ", "))?"
        case .inputNotFound(let path):
            "cannot read '\(path)': check the path"
        case .malformedInput(let path, let line, let column, let reason):
            "\(path):\(line):\(column): \(reason); nothing was imported"
        case .wouldOverwrite(let paths):
            "\(paths.count) concept file(s) already exist with different content: " +
            paths.prefix(10).joined(separator: ", ") + (paths.count > 10 ? ", …" : "") +
            "; pass --overwrite to replace them (nothing was written)"
        case .siteFilesNotFound(let path, let reason):
            "\(path): \(reason): run from the project folder (templates and assets are read from ./Site), or pass --templates DIR"
        case .refusedOutput(let path, let reason):
            "refusing to write '\(path)': \(reason). Nothing was changed"
        case .siteTemplate(let path, let line, let column, let message):
            "\(path)\(line > 0 ? ":\(line):\(max(column, 1))" : ""): error: \(message); fix the template (Mustache syntax: https://mustache.github.io/mustache.5.html), the previous site was left as it was"
        }
    }
}
