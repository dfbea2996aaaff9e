import ArgumentParser
import Foundation
import GlossaryModel

/// Turns library errors into a message on stderr and an exit code that means something.
enum Failure {
    /// Runs `body`; a ``GlossaryError`` is printed to stderr and becomes its exit code.
    static func report<T>(_ body: () throws(GlossaryError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw exit(error)
        }
    }

    /// Prints `error` on stderr and returns the exit code to throw.
    static func exit(_ error: GlossaryError) -> ExitCode {
        // The message may quote an argument or a file's text: its control characters are shown, not obeyed.
        Terminal.stderr.print(Terminal.stderr.style("error:", .red) + " " + ControlCharacters.escaped(error.errorDescription ?? "\(error)", keepingLineBreaks: true))
        return ExitCode(code(error))
    }

    /// Runs `body`; any error is printed to stderr and exits 74 (a ``GlossaryError`` keeps its own code).
    static func reportAny<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ExitCode {
            throw error
        } catch let error as GlossaryError {
            throw exit(error)
        } catch {
            Terminal.stderr.print(Terminal.stderr.style("error:", .red) + " \(error)")
            throw ExitCode(74)
        }
    }

    /// sysexits.h codes: 65 data error, 66 no input, 73 cannot create, 74 I/O error.
    static func code(_ error: GlossaryError) -> Int32 {
        switch error {
        case .contentNotFound, .inputNotFound, .siteFilesNotFound, .progressNotFound: 66
        case .invalidContent, .malformedInput, .progressFromNewerVersion, .siteTemplate: 65
        case .wouldOverwrite, .refusedOutput: 73
        case .index, .write, .progress: 74
        case .conceptNotFound, .cardNotFound: 1
        }
    }
}
