import Foundation
import GlossaryModel

/// A file given to `glossary import` cannot be read or used.
public enum ImportError: GlossaryFailure, Equatable {
    /// A file given to import cannot be read.
    case inputNotFound(String)
    /// A file to import is not well-formed XML or CSV, or is not the format it claims to be.
    case malformedInput(path: String, line: Int, column: Int, reason: String)
    /// Importing would replace concept files that differ from what is imported.
    case wouldOverwrite([String])

    /// What went wrong and what to do about it, as the command-line tool prints it.
    public var errorDescription: String? {
        switch self {
        case .inputNotFound(let path):
            "cannot read '\(path)': check the path"
        case .malformedInput(let path, let line, let column, let reason):
            "\(path):\(line):\(column): \(reason); nothing was imported"
        case .wouldOverwrite(let paths):
            "\(paths.count) concept file(s) already exist with different content: " + paths.prefix(10).joined(separator: ", ") + (paths.count > 10 ? ", …" : "")
                + "; pass --overwrite to replace them (nothing was written)"
        }
    }

    /// The process's exit status for this error (see ``GlossaryFailure/exitCode``).
    public var exitCode: Int32 {
        switch self {
        case .inputNotFound: ExitStatus.noInput
        case .malformedInput: ExitStatus.dataError
        case .wouldOverwrite: ExitStatus.cannotCreate
        }
    }
}
