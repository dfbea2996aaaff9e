import ArgumentParser
import Foundation
import GlossaryModel
import GlossaryQuiz
import GlossaryModel

/// The options of the commands that read or write the learner's progress.
struct ProgressOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The progress database (default: $GLOSSARY_PROGRESS, else $XDG_DATA_HOME/glossary/progress.sqlite, else ~/.local/share/glossary/progress.sqlite).", valueName: "path"))
    var progress: String?

    @Option(name: .long, help: ArgumentHelp("The clock, as ISO 8601 (2025-01-06T09:00:00Z), for tests and replays; default: now.", valueName: "time"))
    var now: String?

    var progressPath: String { progress ?? ProgressLocation.defaultPath() }

    func validate() throws {
        if let now, ISO8601.date(now) == nil {
            throw ValidationError("--now '\(now)' is not an ISO 8601 time: write it like 2025-01-06T09:00:00Z")
        }
    }

    /// The clock: the `--now` time, frozen, or the real one.
    var clock: @Sendable () -> Date {
        if let fixed = now.flatMap(ISO8601.date) { return { fixed } }
        return { Date() }
    }

    func openStore() throws -> ProgressStore {
        try Failure.report { () throws(GlossaryError) in try ProgressStore.open(path: progressPath) }
    }
}

extension ContentOptions {
    /// The knowledge base, read through the index (rebuilt when the content changed).
    func knowledgeBase() throws -> KnowledgeBase {
        let index = try openIndex().index
        return KnowledgeBase(concepts: try Failure.reportAny { try index.allConcepts() }, domains: [])
    }
}
