import ArgumentParser
import Foundation
import GlossaryModel

/// The one place the tool turns an error into a message on stderr and an exit status.
///
/// A ``GlossaryFailure`` (the error of one domain: content, index, progress, import, site,
/// output) is printed as it describes itself and exits with its `exitCode`. The argument
/// parser's own errors and exits go back to it. Any other error is one glossary does not
/// know, so a bug: it is printed as such and exits 70 (`EX_SOFTWARE`).
enum Failure {
    /// Runs `body`; an error it throws is printed to stderr and becomes the exit code to throw.
    static func report<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw handled(error)
        }
    }

    /// What to throw for `error`: the argument parser's own errors and exit codes unchanged
    /// (it prints them, or they were printed already); any other error printed on stderr
    /// (see ``exit(_:)``), as its exit code.
    static func handled(_ error: any Error) -> any Error {
        switch error {
        case is ExitCode, is ValidationError, is CleanExit: error
        default: exit(error)
        }
    }

    /// Prints `error` on stderr and returns the exit code to throw (see ``describe(_:)``).
    static func exit(_ error: any Error) -> ExitCode {
        let (message, status) = describe(error)
        print(message)
        return ExitCode(status)
    }

    /// The message and exit status of `error`: a ``GlossaryFailure``'s own, or, for an error
    /// glossary does not know, a request to report the bug and 70 (`EX_SOFTWARE`).
    static func describe(_ error: any Error) -> (message: String, status: Int32) {
        guard let failure = error as? any GlossaryFailure else {
            return ("internal error: \(error). This is a bug in glossary: please report it with the command you ran", ExitStatus.software)
        }
        return (failure.errorDescription ?? "\(failure)", failure.exitCode)
    }

    /// Prints `message` on stderr after a red `error:`.
    static func print(_ message: String) {
        // The message may quote an argument or a file's text: its control characters are shown, not obeyed.
        Terminal.stderr.print(Terminal.stderr.style("error:", .red) + " " + ControlCharacters.escaped(message, keepingLineBreaks: true))
    }
}
