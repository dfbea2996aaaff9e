import Foundation
import GlossaryModel

/// What an import will do to a concepts folder, decided before anything is written so that
/// the whole import can be refused (all or nothing).
///
/// Every target is checked when the plan is made: its id must be a slug (so the file stays in
/// the folder), its name must fit the file system (255 bytes), and what is already there must
/// be a regular file. ``apply()`` then writes every file into a temporary folder inside the
/// target folder, and only once all are written and flushed renames them into place; if a
/// rename fails, the files already moved are taken back and replaced ones restored.
public struct ImportPlan: Sendable {
    /// What the import does with one concept file.
    public enum Action: String, Sendable, Codable {
        /// A new file.
        case create
        /// An existing file with different content, replaced because of `--overwrite`.
        case update
        /// An existing file that already holds the concept, field by field (its layout may differ).
        case skip
        /// An existing file with different content and no `--overwrite`.
        case conflict
    }

    /// One concept and the file it goes to.
    public struct Item: Sendable {
        /// The concept read from the imported file.
        public var concept: Concept
        /// The concept file it goes to.
        public var path: String
        /// What applying the plan does with that file.
        public var action: Action
        /// The file's text.
        public var text: String
    }

    /// One item per imported concept, in the order of the file.
    public var items: [Item]
    /// The folder the files go into.
    public let directory: String

    /// The prefix of the temporary folder ``apply()`` writes into, followed by its pid.
    static let stagingPrefix = ".glossary-import-"
    /// Up to this many files, each is flushed with its own fsync; more are flushed together.
    static let filesFlushedOneByOne = 32
    /// The longest file name most file systems accept, in bytes (`NAME_MAX`).
    static let maximumNameLength = 255

    /// Plans writing `concepts` into `directory` (`<id>.yaml` each); throws, naming every
    /// bad target, when an id cannot become a file of that folder.
    public init(concepts: [Concept], directory: String, overwrite: Bool) throws(OutputError) {
        self.directory = directory
        var items: [Item] = []
        var problems: [String] = []
        var names: Set<String> = []
        for concept in concepts {
            let name = "\(concept.id).yaml"
            let path = (directory as NSString).appendingPathComponent(name)
            if !ContentValidator.isSlug(concept.id) {
                problems.append("id '\(concept.id)' is not a slug (lowercase letters a-z, digits and single hyphens), so it cannot name a file in the folder")
                continue
            }
            if name.utf8.count > Self.maximumNameLength {
                problems.append(
                    "id '\(concept.id.prefix(40))…' is \(concept.id.utf8.count) characters long: a file name holds at most \(Self.maximumNameLength - 5); shorten the id"
                )
                continue
            }
            if !names.insert(name).inserted {
                problems.append("two concepts have the id '\(concept.id)'")
                continue
            }
            let text: String
            do { text = try ConceptYAML.text(concept) } catch {
                throw .write(path: path, reason: "cannot write YAML: \(error)")
            }
            var status = stat()
            let action: Action
            if lstat(path, &status) == 0 {
                guard status.st_mode & S_IFMT == S_IFREG else {
                    problems.append("'\(path)' exists and is not a regular file (a folder or a link): move it away")
                    continue
                }
                guard let existing = FileManager.default.contents(atPath: path) else {
                    problems.append("'\(path)' exists and cannot be read: check its permissions")
                    continue
                }
                if Self.holds(existing, path: path, concept: concept, text: text) { action = .skip } else { action = overwrite ? .update : .conflict }
            } else {
                action = .create
            }
            items.append(Item(concept: concept, path: path, action: action, text: text))
        }
        if !problems.isEmpty {
            let shown = problems.prefix(10).joined(separator: "; ") + (problems.count > 10 ? "; and \(problems.count - 10) more" : "")
            throw .write(path: directory, reason: "\(problems.count) concept(s) cannot be written: \(shown); nothing was written")
        }
        self.items = items
    }

    /// How many items the import would handle with `action`.
    public func count(_ action: Action) -> Int { items.filter { $0.action == action }.count }

    /// Writes the files to create or update, all or nothing; refuses to start when a file
    /// would be overwritten without permission.
    public func apply() throws {
        let conflicts = items.filter { $0.action == .conflict }.map(\.path)
        if !conflicts.isEmpty { throw ImportError.wouldOverwrite(conflicts) }
        let changes = items.filter { $0.action == .create || $0.action == .update }
        guard !changes.isEmpty else { return }
        let fm = FileManager.default
        do { try fm.createDirectory(atPath: directory, withIntermediateDirectories: true) } catch {
            throw OutputError.write(path: directory, reason: (error as NSError).localizedDescription)
        }
        StaleTemporaryFiles.remove(in: directory, prefix: Self.stagingPrefix)
        let staging = (directory as NSString).appendingPathComponent(StaleTemporaryFiles.name(prefix: Self.stagingPrefix))
        defer { try? fm.removeItem(atPath: staging) }
        let backups = (staging as NSString).appendingPathComponent("previous")
        func staged(_ item: Item) -> String { (staging as NSString).appendingPathComponent((item.path as NSString).lastPathComponent) }
        func backup(_ item: Item) -> String { (backups as NSString).appendingPathComponent((item.path as NSString).lastPathComponent) }

        // 1. Every file written and flushed, none visible yet; the files to replace kept aside
        //    as hard links, to restore them if a later step fails. One fsync per file costs a
        //    disk round trip each (100,000 files: minutes); past a few files, one sync(2) of
        //    everything written flushes them all at once.
        let flushEach = changes.count <= Self.filesFlushedOneByOne
        do {
            try fm.createDirectory(atPath: backups, withIntermediateDirectories: true)
            for item in changes {
                try AtomicFile.writeSynced(Data(item.text.utf8), to: staged(item), sync: flushEach)
                if item.action == .update, link(item.path, backup(item)) != 0 { throw AtomicFile.posixError() }
            }
            if !flushEach { sync() }
            AtomicFile.syncFolder(staging)
        } catch {
            throw OutputError.write(path: directory, reason: "\((error as NSError).localizedDescription); nothing was written")
        }

        // 2. Renamed into place. A new file is linked, not renamed, so that a file that
        //    appeared meanwhile is never replaced (link fails with EEXIST).
        var done: [Item] = []
        for item in changes {
            let ok =
                item.action == .create
                ? link(staged(item), item.path) == 0
                : rename(staged(item), item.path) == 0
            guard ok else {
                let reason = String(cString: strerror(errno))
                for moved in done {
                    if moved.action == .create { unlink(moved.path) } else { rename(backup(moved), moved.path) }
                }
                AtomicFile.syncFolder(directory)
                throw OutputError.write(path: item.path, reason: "\(reason); nothing was written (the \(done.count) file(s) already moved were taken back)")
            }
            done.append(item)
        }
        AtomicFile.syncFolder(directory)
    }
}
