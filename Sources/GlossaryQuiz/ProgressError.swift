import Foundation
import GlossaryModel

/// The quiz's progress database cannot be used, or has no such card.
public enum ProgressError: GlossaryFailure, Equatable {
    /// The progress database cannot be opened, read or written.
    case progress(path: String, reason: String)
    /// No progress database at a path the user named, and no consent to create one there.
    case progressNotFound(path: String)
    /// The progress database was written by a newer glossary; it is left untouched.
    case progressFromNewerVersion(path: String, found: String, known: Int)
    /// No card has this id.
    case cardNotFound(String, suggestions: [String])

    /// What went wrong and what to do about it, as the command-line tool prints it.
    public var errorDescription: String? {
        switch self {
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
        }
    }

    /// The process's exit status for this error (see ``GlossaryFailure/exitCode``).
    public var exitCode: Int32 {
        switch self {
        case .progress: ExitStatus.ioError
        case .progressNotFound: ExitStatus.noInput
        case .progressFromNewerVersion: ExitStatus.dataError
        case .cardNotFound: ExitStatus.notFound
        }
    }
}
