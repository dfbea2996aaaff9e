import Foundation
import GlossaryModel
import Testing

@testable import GlossaryCLI

/// The CLI's one printer of errors: a domain's error keeps its message and code; an error
/// glossary does not know is a bug to report, exit 70, never passed off as an I/O error.
struct FailureTests {
    struct Unforeseen: Error {}

    @Test func aDomainErrorKeepsItsMessageAndCode() {
        let error = OutputError.refusedOutput(path: "p", reason: "r")
        let (message, status) = Failure.describe(error)
        #expect(message == error.errorDescription && status == 73)
    }

    @Test func anUnknownErrorIsABugReport() {
        let (message, status) = Failure.describe(Unforeseen())
        #expect(status == 70)
        #expect(message.hasPrefix("internal error: Unforeseen()") && message.contains("bug in glossary"), "\(message)")
    }
}
