import Foundation
import GlossaryModel

/// The site's templates or assets cannot be used. (A refused or unwritable output folder is an
/// ``OutputError``, as for every command that writes.)
public enum SiteError: GlossaryFailure, Equatable {
    /// The site's templates or assets folder is missing, or lacks a required file.
    case siteFilesNotFound(path: String, reason: String)
    /// A Mustache template of the site cannot be parsed or names a partial that does not exist.
    case siteTemplate(path: String, line: Int, column: Int, message: String)

    /// What went wrong and what to do about it, as the command-line tool prints it.
    public var errorDescription: String? {
        switch self {
        case .siteFilesNotFound(let path, let reason):
            "\(path): \(reason): run from the project folder (templates and assets are read from ./Site), or pass --templates DIR"
        case .siteTemplate(let path, let line, let column, let message):
            "\(path)\(line > 0 ? ":\(line):\(max(column, 1))" : ""): error: \(message); fix the template (Mustache syntax: https://mustache.github.io/mustache.5.html), the previous site was left as it was"
        }
    }

    /// The process's exit status for this error (see ``GlossaryFailure/exitCode``).
    public var exitCode: Int32 {
        switch self {
        case .siteFilesNotFound: ExitStatus.noInput
        case .siteTemplate: ExitStatus.dataError
        }
    }
}
