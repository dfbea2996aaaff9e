import Foundation

/// An error that stops a glossary command: what went wrong and what to do about it
/// (`errorDescription`), and the process's exit status (`exitCode`).
///
/// Each domain has its own error type, declared in the target that owns the domain:
/// ``ContentError`` and ``OutputError`` here, `IndexError` in GlossaryStore, `ProgressError` in
/// GlossaryQuiz, `ImportError` in GlossaryInterchange, `SiteError` in GlossarySite. The
/// command-line tool prints any of them the same way and exits with its code.
public protocol GlossaryFailure: LocalizedError, Sendable {
    /// The exit status, from sysexits.h where one fits: 65 `EX_DATAERR` (bad content or input),
    /// 66 `EX_NOINPUT` (a file or folder to read is missing), 73 `EX_CANTCREAT` (an output
    /// is refused), 74 `EX_IOERR` (a file cannot be read or written); 1 when nothing matches
    /// what the user asked for.
    var exitCode: Int32 { get }
}

/// The exit statuses of ``GlossaryFailure/exitCode``, named as in sysexits.h.
package enum ExitStatus {
    /// Nothing matches what was asked for (a search, a concept, a card).
    package static let notFound: Int32 = 1
    /// `EX_USAGE`: the command line is wrong.
    package static let usage: Int32 = 64
    /// `EX_DATAERR`: the content or an input file is invalid.
    package static let dataError: Int32 = 65
    /// `EX_NOINPUT`: a file or folder to read does not exist.
    package static let noInput: Int32 = 66
    /// `EX_SOFTWARE`: an error glossary does not know, which is a bug.
    package static let software: Int32 = 70
    /// `EX_CANTCREAT`: an output cannot be created, or is refused.
    package static let cannotCreate: Int32 = 73
    /// `EX_IOERR`: a file cannot be read or written.
    package static let ioError: Int32 = 74
}
