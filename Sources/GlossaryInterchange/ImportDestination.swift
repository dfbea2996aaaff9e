import Foundation
import GlossaryModel

/// The content folder an import writes into. When it is new, or has neither `domains.yaml`
/// nor a concept file, the import creates it: the folder, `concepts/`, and a `domains.yaml`
/// listing the file's subject fields (``ImportResult/newDomains``), so that the imported
/// content passes `glossary check` as it is.
package struct ImportDestination: Sendable {
    /// The content folder.
    package let root: String
    /// Whether the import must write `domains.yaml` (decided before anything is written).
    package let isNew: Bool

    package init(root: String) {
        self.root = root
        let fm = FileManager.default
        let concepts = (try? fm.contentsOfDirectory(atPath: (root as NSString).appendingPathComponent("concepts"))) ?? []
        isNew =
            !fm.fileExists(atPath: (root as NSString).appendingPathComponent("domains.yaml"))
            && !concepts.contains { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
    }

    /// Where the concept files go.
    package var conceptsFolder: String { (root as NSString).appendingPathComponent("concepts") }
    /// The content folder's list of domains.
    package var domainsFile: String { (root as NSString).appendingPathComponent("domains.yaml") }

    /// Creates the folder and `concepts/`, and writes `domains.yaml` with `domains` (atomically;
    /// never over a file that appeared meanwhile). Does nothing unless ``isNew``.
    package func create(domains: [Domain]) throws(OutputError) {
        guard isNew else { return }
        do { try FileManager.default.createDirectory(atPath: conceptsFolder, withIntermediateDirectories: true) } catch {
            throw .write(path: conceptsFolder, reason: (error as NSError).localizedDescription)
        }
        let text: String
        do { text = try DomainsYAML.text(domains) } catch { throw .write(path: domainsFile, reason: "cannot write YAML: \(error)") }
        if FileManager.default.fileExists(atPath: domainsFile) {
            throw .write(path: domainsFile, reason: "it appeared during the import; nothing was written")
        }
        try AtomicFile.write(Data(text.utf8), to: domainsFile)
    }

    /// Takes back the `domains.yaml` ``create(domains:)`` wrote, when the concepts could not be written.
    package func undo() {
        guard isNew else { return }
        try? FileManager.default.removeItem(atPath: domainsFile)
    }
}
