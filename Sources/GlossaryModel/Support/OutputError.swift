import Foundation

/// A file or folder a command writes cannot be written, or is refused because it is not the
/// command's to replace. Shared by every command that writes: export, import, lint's fixes,
/// the index, the site.
public enum OutputError: GlossaryFailure, Equatable {
    /// A file cannot be written.
    case write(path: String, reason: String)
    /// An output path holds something the command did not build, or that must never be replaced.
    case refusedOutput(path: String, reason: String)

    /// What went wrong and what to do about it, as the command-line tool prints it.
    public var errorDescription: String? {
        switch self {
        case .write(let path, let reason):
            "cannot write '\(path)': \(reason)"
        case .refusedOutput(let path, let reason):
            "refusing to write '\(path)': \(reason). Nothing was changed"
        }
    }

    /// The process's exit status for this error (see ``GlossaryFailure/exitCode``).
    public var exitCode: Int32 {
        switch self {
        case .write: ExitStatus.ioError
        case .refusedOutput: ExitStatus.cannotCreate
        }
    }
}
