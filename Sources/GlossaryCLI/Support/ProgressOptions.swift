import ArgumentParser
import Foundation
import GlossaryModel
import GlossaryQuiz

/// The options of the commands that read or write the learner's progress.
struct ProgressOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The progress database (default: $GLOSSARY_PROGRESS, else $XDG_DATA_HOME/glossary/progress.sqlite, else ~/.local/share/glossary/progress.sqlite).",
            valueName: "path"))
    var progress: String?

    @Flag(
        name: .long,
        help:
            "Create the progress database if it does not exist (needed for a path given by --progress or $GLOSSARY_PROGRESS; the default one is created on first use)."
    )
    var create = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The desired retention, 0.70-0.99 (default 0.90): the chance of remembering a card when it falls due. Kept in the progress file for later sessions.",
            valueName: "R"))
    var retention: Double?

    @Option(name: .long, help: ArgumentHelp("The clock, as ISO 8601 (2025-01-06T09:00:00Z), for tests and replays; default: now.", valueName: "time"))
    var now: String?

    /// The path given by the user (`--progress`, then `$GLOSSARY_PROGRESS`), if any.
    var namedPath: String? {
        progress ?? Environment.value("GLOSSARY_PROGRESS").flatMap { $0.isEmpty ? nil : $0 }
    }

    var progressPath: String { namedPath ?? ProgressLocation.defaultPath() }

    func validate() throws {
        if let retention, !(0.70...0.99).contains(retention) {
            throw ValidationError("--retention \(retention) is outside 0.70-0.99: below, reviews come too late to help; above, too often to be worth it")
        }
        if let now, ISO8601.date(now) == nil {
            throw ValidationError("--now '\(now)' is not an ISO 8601 time: write it like 2025-01-06T09:00:00Z")
        }
    }

    /// The clock: the `--now` time, frozen, or the real one.
    var clock: @Sendable () -> Date {
        if let fixed = now.flatMap(ISO8601.date) { return { fixed } }
        return { Date() }
    }

    /// Opens the progress database. A file the user named that does not exist is created only
    /// with `--create` or, on a terminal, a yes to the question; a mistyped path must not
    /// silently start an empty history.
    func openStore() throws -> ProgressStore {
        let path = progressPath
        var create = create || namedPath == nil
        if !create, !FileManager.default.fileExists(atPath: path), isatty(STDIN_FILENO) == 1, isatty(STDERR_FILENO) == 1 {
            Terminal.stderr.print("No progress database at '\(path)'. Create it? [y/N] ", terminator: "")
            create = ["y", "yes", "o", "oui"].contains(readLine()?.trimming(newlines: false).lowercased() ?? "")
        }
        return try Failure.report { try ProgressStore.open(path: path, create: create) }
    }
}

extension ProgressOptions {
    /// The scheduler for `store`: `--retention` when given (and then kept in the file), else
    /// the retention kept in the file, else FSRS's 0.90; the parameters `glossary optimize`
    /// fitted to this file, else FSRS-6's defaults.
    func scheduler(_ store: ProgressStore, fuzz: Bool) throws -> FSRSScheduler {
        let desired = try Failure.report { () throws -> Double in
            if let retention {
                try store.setDesiredRetention(retention)
                return retention
            }
            return try store.desiredRetention() ?? 0.9
        }
        let parameters = try Failure.report { try store.fittedParameters() }
        return FSRSScheduler(parameters: parameters ?? FSRSScheduler.defaultParameters, desiredRetention: desired, enableFuzzing: fuzz)
    }
}

extension ContentOptions {
    /// Whether there is a content folder to read: `stats` and `review` need only the progress
    /// file, so without one (run outside the repository) they go on without the content. A
    /// folder named with `--content` that does not exist is still an error.
    var hasContent: Bool {
        content != nil || FileManager.default.fileExists(atPath: contentDirectory)
    }

    /// The knowledge base, read through the index (rebuilt when the content changed).
    func knowledgeBase() throws -> KnowledgeBase {
        let index = try openIndex().index
        return try Failure.report { try index.knowledgeBase(content: contentDirectory) }
    }
}
