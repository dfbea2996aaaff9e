import Foundation
import GlossaryInterchange
import GlossaryModel
import GlossaryQuiz
import GlossarySite
import GlossaryStore
import Testing

/// Every domain's error has the exit code README's table gives it (sysexits.h where one fits).
struct GlossaryFailureTests {
    @Test func exitCodesByDomain() {
        let expected: [(any GlossaryFailure, Int32)] = [
            (ContentError.contentNotFound("c"), 66),
            (ContentError.invalidContent([]), 65),
            (ContentError.conceptNotFound("x", suggestions: []), 1),
            (OutputError.write(path: "p", reason: "r"), 74),
            (OutputError.refusedOutput(path: "p", reason: "r"), 73),
            (IndexError.index(path: "p", reason: "r"), 74),
            (ProgressError.progress(path: "p", reason: "r"), 74),
            (ProgressError.progressNotFound(path: "p"), 66),
            (ProgressError.progressFromNewerVersion(path: "p", found: "schema 9", known: 2), 65),
            (ProgressError.cardNotFound("x", suggestions: []), 1),
            (ImportError.inputNotFound("p"), 66),
            (ImportError.malformedInput(path: "p", line: 1, column: 1, reason: "r"), 65),
            (ImportError.wouldOverwrite(["p"]), 73),
            (SiteError.siteFilesNotFound(path: "p", reason: "r"), 66),
            (SiteError.siteTemplate(path: "p", line: 1, column: 1, message: "m"), 65)
        ]
        for (error, code) in expected {
            #expect(error.exitCode == code, "\(error)")
            #expect(error.errorDescription?.isEmpty == false, "\(error)")
        }
    }

    @Test func messagesSayWhatToDo() {
        #expect(
            IndexError.index(path: "/tmp/i.sqlite", reason: "cannot read: disk I/O error").errorDescription
                == "index '/tmp/i.sqlite': cannot read: disk I/O error; delete the file to have it rebuilt, or pass --index PATH")
        #expect(
            ImportError.wouldOverwrite((1...12).map { "c\($0).yaml" }).errorDescription
                == "12 concept file(s) already exist with different content: c1.yaml, c2.yaml, c3.yaml, c4.yaml, c5.yaml, c6.yaml, c7.yaml, c8.yaml, c9.yaml, c10.yaml, …; pass --overwrite to replace them (nothing was written)"
        )
        #expect(SiteError.siteTemplate(path: "t.mustache", line: 0, column: 0, message: "m").errorDescription?.hasPrefix("t.mustache: error: m;") == true)
    }
}
