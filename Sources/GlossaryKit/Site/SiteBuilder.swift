import Foundation

/// Builds the static website of a knowledge base into a folder: a French and an English
/// version of every page (`fr/…`, `en/…`), a language chooser at the root, a 404 page,
/// `sitemap.xml`, the assets, and the sharded search index (see ``SearchIndex``).
///
/// Every link between pages is relative, so the site works from `file://` and under any
/// subpath; `baseURL`, when given, is used only for the sitemap, canonical links and JSON-LD.
/// Pages are rendered in parallel. Use ``SitePublisher`` to swap the result in atomically.
public struct SiteBuilder: Sendable {
    /// What a build produced.
    public struct Report: Sendable, Codable {
        public var pages: Int
        public var concepts: Int
        public var terms: Int
        /// Bytes of the search manifest loaded with every page.
        public var searchManifestBytes: Int
        /// Bytes of the largest shard, the most a first query loads besides the manifest.
        public var searchLargestShardBytes: Int
        /// Bytes of the whole search index, shards and vocabulary.
        public var searchTotalBytes: Int
        /// Wall-clock seconds of each phase: `pages` (home, A–Z, domains), `concepts`, `search`.
        public var seconds: [String: Double] = [:]
    }

    public let knowledgeBase: KnowledgeBase
    public let templates: SiteTemplates
    public let assetsDirectory: String
    /// The site's public address with a trailing slash, or nil for a site with relative URLs only.
    public let baseURL: String?

    public init(knowledgeBase: KnowledgeBase, templates: SiteTemplates, assetsDirectory: String, baseURL: String? = nil) throws(GlossaryError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: assetsDirectory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .siteFilesNotFound(path: assetsDirectory, reason: "no assets folder here")
        }
        self.knowledgeBase = knowledgeBase
        self.templates = templates
        self.assetsDirectory = assetsDirectory
        self.baseURL = baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
    }

    /// The templates and assets found in a site folder laid out as the project's `Site/`:
    /// `templates/*.mustache` and `assets/`.
    public init(knowledgeBase: KnowledgeBase, siteDirectory: String, baseURL: String? = nil) throws(GlossaryError) {
        let templates = try SiteTemplates(directory: (siteDirectory as NSString).appendingPathComponent("templates"))
        try self.init(knowledgeBase: knowledgeBase, templates: templates,
                      assetsDirectory: (siteDirectory as NSString).appendingPathComponent("assets"), baseURL: baseURL)
    }

    /// Writes the whole site into `directory`, which must not exist yet or be empty.
    @discardableResult
    public func build(into directory: URL) throws(GlossaryError) -> Report {
        let fm = FileManager.default
        let root = directory.path
        func write(_ relative: String, _ text: String) throws(GlossaryError) {
            try FileWriter.write(text, to: (root as NSString).appendingPathComponent(relative))
        }
        do {
            for folder in ["fr/concepts", "fr/domains", "en/concepts", "en/domains", "search"] {
                try fm.createDirectory(atPath: (root as NSString).appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            try fm.copyItem(atPath: assetsDirectory, toPath: (root as NSString).appendingPathComponent("assets"))
        } catch {
            throw .write(path: root, reason: error.localizedDescription)
        }

        var seconds: [String: Double] = [:]
        var clock = Date()
        func lap(_ phase: String) {
            seconds[phase] = (Date().timeIntervalSince(clock) * 1000).rounded() / 1000
            clock = Date()
        }
        let model = SiteModel(knowledgeBase: knowledgeBase, baseURL: baseURL)
        try write(SitePaths.root, templates.render("root", model.rootContext()))
        try write(SitePaths.notFound, templates.render("404", model.notFoundContext()))
        for language in Language.allCases {
            try write(SitePaths.home(language), templates.render("home", model.homeContext(language)))
            try write(SitePaths.az(language), templates.render("az", model.azContext(language)))
            for domain in knowledgeBase.domains {
                try write(SitePaths.domain(domain.id, language), templates.render("domain", model.domainContext(domain, language)))
            }
        }

        lap("pages")
        // Concept pages: the bulk of the work, in parallel. Each work item renders both
        // languages of one concept, sharing its rendered Markdown.
        let concepts = knowledgeBase.concepts
        let failures = FailureBox()
        let templates = self.templates
        DispatchQueue.concurrentPerform(iterations: concepts.count) { i in
            let concept = concepts[i]
            let texts = model.renderedTexts(concept)
            for language in Language.allCases {
                let html = templates.render("concept", model.conceptContext(concept, language, texts: texts))
                do {
                    try FileWriter.write(html, to: (root as NSString).appendingPathComponent(SitePaths.concept(concept.id, language)))
                } catch {
                    failures.record(error as? GlossaryError ?? .write(path: root, reason: "\(error)"))
                }
            }
        }
        if let failure = failures.first { throw failure }
        lap("concepts")

        try write(SitePaths.sitemap, model.sitemap())
        let index = SearchIndex(knowledgeBase: knowledgeBase)
        var manifest = 0, largest = 0, total = 0
        for file in index.files() {
            try write("search/" + file.name, file.contents)
            let bytes = file.contents.utf8.count
            total += bytes
            if file.name == "index.js" { manifest = bytes } else if file.name.hasPrefix("s-") { largest = max(largest, bytes) }
        }
        lap("search")
        let pages = 2 + 4 + 2 * knowledgeBase.domains.count + 2 * concepts.count
        return Report(pages: pages, concepts: concepts.count, terms: index.termCount,
                      searchManifestBytes: manifest, searchLargestShardBytes: largest, searchTotalBytes: total, seconds: seconds)
    }
}

/// Collects the first error of parallel work. A class with a lock, not `Sendable` by value:
/// the rendering threads share it, and the lock serialises their writes.
final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [GlossaryError] = []

    func record(_ error: GlossaryError) {
        lock.lock(); defer { lock.unlock() }
        errors.append(error)
    }

    var first: GlossaryError? {
        lock.lock(); defer { lock.unlock() }
        return errors.first
    }
}
