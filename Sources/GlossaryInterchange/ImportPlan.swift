import Foundation
import GlossaryModel

/// What an import will do to a concepts folder, decided before anything is written so that
/// the whole import can be refused (all or nothing).
public struct ImportPlan: Sendable {
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

    public struct Item: Sendable {
        public var concept: Concept
        public var path: String
        public var action: Action
        /// The file's text.
        public var text: String
    }

    public var items: [Item]

    /// Plans writing `concepts` into `directory` (`<id>.yaml` each).
    public init(concepts: [Concept], directory: String, overwrite: Bool) throws(GlossaryError) {
        var items: [Item] = []
        for concept in concepts {
            let path = (directory as NSString).appendingPathComponent("\(concept.id).yaml")
            let text: String
            do { text = try ConceptYAML.text(concept) } catch {
                throw .write(path: path, reason: "cannot write YAML: \(error)")
            }
            let action: Action
            if let existing = FileManager.default.contents(atPath: path) {
                if Self.holds(existing, path: path, concept: concept, text: text) { action = .skip }
                else { action = overwrite ? .update : .conflict }
            } else {
                action = .create
            }
            items.append(Item(concept: concept, path: path, action: action, text: text))
        }
        self.items = items
    }

    public func count(_ action: Action) -> Int { items.filter { $0.action == action }.count }

    /// Writes the files to create or update, each atomically; refuses to start when a file
    /// would be overwritten without permission.
    public func apply() throws(GlossaryError) {
        let conflicts = items.filter { $0.action == .conflict }.map(\.path)
        if !conflicts.isEmpty { throw .wouldOverwrite(conflicts) }
        guard let first = items.first else { return }
        let directory = (first.path as NSString).deletingLastPathComponent
        do { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) } catch {
            throw .write(path: directory, reason: (error as NSError).localizedDescription)
        }
        for item in items where item.action == .create || item.action == .update {
            try AtomicFile.write(Data(item.text.utf8), to: item.path)
        }
    }
}
