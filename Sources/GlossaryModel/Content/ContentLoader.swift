import Foundation

/// Reads a content folder (`domains.yaml` and `concepts/*.yaml`) into a ``KnowledgeBase`` and
/// checks it, reporting every problem at once.
public struct ContentLoader: Sendable {
    /// The content folder, as the user named it (paths in diagnostics start with it).
    public let directory: String

    /// A loader of the content folder `directory` (holding `concepts/` and `domains.yaml`).
    public init(directory: String) { self.directory = directory }

    /// What loading found: the knowledge base (built from the files that could be read, so
    /// later rules still run) and every diagnostic, sorted by file and line.
    public struct Result: Sendable {
        /// The concepts and domains that were read.
        public var knowledgeBase: KnowledgeBase
        /// The problems found, errors and warnings, each with its file, line and column.
        public var diagnostics: [Diagnostic]
        /// Whether the content has no error (warnings allowed).
        public var isValid: Bool { diagnostics.errors.isEmpty }
    }

    /// The concept files of the folder, sorted by name.
    package func conceptFiles() throws(ContentError) -> [String] {
        let folder = (directory as NSString).appendingPathComponent("concepts")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .contentNotFound(directory)
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
            .map { (folder as NSString).appendingPathComponent($0) }
    }

    /// Loads and validates the whole folder.
    public func load() throws(ContentError) -> Result {
        let files = try conceptFiles()
        var diagnostics: [Diagnostic] = []
        let domainsPath = (directory as NSString).appendingPathComponent("domains.yaml")
        let domains = DomainsFile.load(path: domainsPath, contentFolder: directory, diagnostics: &diagnostics)

        // Files are independent until cross-file validation: parse them on every core.
        let outcomes = Self.parseAll(files, contentFolder: directory)
        var parsed: [ContentValidator.ParsedFile] = []
        // Concepts whose file could not be read: references to them follow from that error
        // and are not reported again.
        var unreadable: Set<String> = []
        for (path, outcome) in zip(files, outcomes) {
            diagnostics += outcome.diagnostics
            if let concept = outcome.concept {
                parsed.append(.init(path: path, concept: concept, positions: outcome.positions))
            } else {
                unreadable.insert(((path as NSString).lastPathComponent as NSString).deletingPathExtension)
            }
        }
        diagnostics += ContentValidator(
            files: parsed, domains: domains ?? [], unreadable: unreadable,
            checksDomains: domains != nil
        ).validate()
        let knowledgeBase = KnowledgeBase(concepts: parsed.map(\.concept), domains: domains ?? [])
        diagnostics.sort { ($0.path, $0.line, $0.column) < ($1.path, $1.line, $1.column) }
        return Result(knowledgeBase: knowledgeBase, diagnostics: diagnostics)
    }
}

extension ContentLoader {
    struct FileOutcome {
        var concept: Concept?
        var diagnostics: [Diagnostic] = []
        var positions = ReferencePositions()
    }

    static func parseFile(_ path: String, contentFolder: String) -> FileOutcome {
        if path.hasSuffix(".yml") {
            return FileOutcome(diagnostics: [Diagnostic(.error, path: path, "concept files end in .yaml: rename this file")])
        }
        switch ContentFile.read(path, contentFolder: contentFolder) {
        case .failure(let diagnostic):
            return FileOutcome(diagnostics: [diagnostic])
        case .success(let text):
            let (concept, diagnostics, positions) = ConceptFile.parse(text, path: path)
            return FileOutcome(concept: concept, diagnostics: diagnostics, positions: positions)
        }
    }

    static func parseAll(_ files: [String], contentFolder: String) -> [FileOutcome] {
        Parallel.map(files.count) { parseFile(files[$0], contentFolder: contentFolder) }
    }
}

/// Reads `domains.yaml`: a list of `{id, fr: {name, description}, en: {name, description}}`.
enum DomainsFile {
    /// The domains, or nil when the file cannot be read at all (then concepts' domains are
    /// not checked against it: those errors would only follow from this one).
    static func load(path: String, contentFolder: String, diagnostics: inout [Diagnostic]) -> [Domain]? {
        let text: String
        switch ContentFile.read(path, contentFolder: contentFolder) {
        case .success(let read): text = read
        case .failure(var diagnostic):
            if diagnostic.message.hasPrefix("the file is missing") {
                diagnostic.message = "missing domains.yaml: list the domains with their French and English names (see Content/README.md)"
            }
            diagnostics.append(diagnostic)
            return nil
        }
        var reader = YAMLReader(path: path)
        defer { diagnostics += reader.diagnostics }
        let root: YAMLNode?
        do { root = try YAMLNode.parse(text) } catch {
            diagnostics.append(YAMLErrors.diagnostic(error, path: path))
            return nil
        }
        guard let root else {
            reader.error(nil, "domains.yaml is empty: list the domains with their French and English names (see Content/README.md)")
            return nil
        }
        var domains: [Domain] = []
        for item in reader.sequence(root, field: "domains") {
            guard let fields = reader.mapping(item, context: "a domain", allowed: ["id", "fr", "en"]),
                let id = reader.string(fields["id"]?.value, field: "id", at: item)
            else { continue }
            // A domain id names pages of the site (`domains/<id>.html`): only a slug is safe.
            // The domain is still listed, so that concepts naming it are not reported too.
            if !ContentValidator.isSlug(id) {
                reader.error(
                    fields["id"]?.value, "domain id '\(id)' is not a valid slug: use lowercase letters a-z, digits and single hyphens (e.g. '\(Slug.make(id))')"
                )
            }
            var labels: [Language: Domain.Label] = [:]
            for language in Language.allCases {
                guard let node = fields[language.rawValue]?.value else {
                    reader.error(item, "domain '\(id)' has no '\(language.rawValue)' name")
                    continue
                }
                guard let label = reader.mapping(node, context: "a domain name", allowed: ["name", "description"]),
                    let name = reader.string(label["name"]?.value, field: "name", at: node)
                else { continue }
                labels[language] = Domain.Label(
                    name: name, description: reader.string(label["description"]?.value, field: "description", required: false, at: node))
            }
            if domains.contains(where: { $0.id == id }) { reader.error(item, "domain '\(id)' is listed twice") }
            if let fr = labels[.fr], let en = labels[.en] { domains.append(Domain(id: id, fr: fr, en: en)) }
        }
        return domains
    }
}
