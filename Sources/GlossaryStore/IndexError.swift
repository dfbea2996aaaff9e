import Foundation
import GlossaryModel

/// The index file cannot be opened, read or written.
public enum IndexError: GlossaryFailure, Equatable {
    /// The index at `path` cannot be opened, read or written, for `reason`.
    case index(path: String, reason: String)

    /// What went wrong and what to do about it, as the command-line tool prints it.
    public var errorDescription: String? {
        switch self {
        case .index(let path, let reason):
            "index '\(path)': \(reason); delete the file to have it rebuilt, or pass --index PATH"
        }
    }

    /// The process's exit status for this error (see ``GlossaryFailure/exitCode``).
    public var exitCode: Int32 {
        switch self {
        case .index: ExitStatus.ioError
        }
    }
}
