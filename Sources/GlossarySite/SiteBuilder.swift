import Foundation
import GlossaryModel

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
        /// How many pages were written.
        public var pages: Int
        /// How many concepts have a page.
        public var concepts: Int
        /// How many terms the site's search index holds, in both languages.
        public var terms: Int
        /// Bytes of the search manifest loaded with every page.
        public var searchManifestBytes: Int
        /// Bytes of the largest shard, the most a first query loads besides the manifest.
        public var searchLargestShardBytes: Int
        /// Bytes of the whole search index, shards and vocabulary.
        public var searchTotalBytes: Int
        /// Seconds spent on each part of the build: `pages` (home, A–Z, domains, sitemap),
        /// `concepts`, `search` (the index), each summed over the threads that worked on it,
        /// since the parts run side by side; `build`, the wall-clock time of the whole build.
        public var seconds: [String: Double] = [:]
    }

    package let knowledgeBase: KnowledgeBase
    package let templates: SiteTemplates
    package let assetsDirectory: String
    /// The site's public address with a trailing slash, or nil for a site with relative URLs only.
    package let baseURL: String?

    /// A builder of the site of `knowledgeBase` with `templates` and the assets of
    /// `assetsDirectory`; `baseURL`, when given, makes sitemap, canonical and JSON-LD links
    /// absolute.
    package init(knowledgeBase: KnowledgeBase, templates: SiteTemplates, assetsDirectory: String, baseURL: String? = nil) throws(SiteError) {
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
    public init(knowledgeBase: KnowledgeBase, siteDirectory: String, baseURL: String? = nil) throws(SiteError) {
        let templates = try SiteTemplates(directory: (siteDirectory as NSString).appendingPathComponent("templates"))
        try self.init(
            knowledgeBase: knowledgeBase, templates: templates,
            assetsDirectory: (siteDirectory as NSString).appendingPathComponent("assets"), baseURL: baseURL)
    }

    /// Writes the whole site into `directory`, which must not exist yet or be empty.
    ///
    /// `previous` is the site this one will replace, if any (``SitePublisher`` swaps them):
    /// its pages that come out the same are linked rather than written again (see
    /// ``FileWriter/write(_:to:reusing:)``); it is only read.
    @discardableResult
    public func build(into directory: URL, reusing previous: URL? = nil) throws(OutputError) -> Report {
        let fm = FileManager.default
        let root = directory.path
        let previousRoot = previous.map(\.path).flatMap { fm.fileExists(atPath: $0) ? $0 : nil }
        @Sendable func join(_ folder: String, _ relative: String) -> String {
            folder.utf8.last == UInt8(ascii: "/") ? folder + relative : folder + "/" + relative
        }
        /// The path of the page `relative` in the new site and in the previous one.
        @Sendable func paths(_ relative: String) throws(OutputError) -> (path: String, previous: String?) {
            // Ids are checked as slugs when read; this keeps a page inside the site whatever
            // reaches here.
            guard SitePaths.staysInside(relative) else {
                throw .write(path: relative, reason: "this page's path leaves the site folder; check the ids in the content (glossary check)")
            }
            // `relative` has no empty, `.` or `..` component (checked above), so joining with a
            // slash gives what `appendingPathComponent` gives, without bridging to `NSString`
            // twice per page.
            return (join(root, relative), previousRoot.map { join($0, relative) })
        }
        @Sendable func write(_ relative: String, _ text: String) throws(OutputError) {
            let (path, previous) = try paths(relative)
            try FileWriter.write(text, to: path, reusing: previous)
        }
        @Sendable func writeBytes(_ relative: String, _ bytes: [UInt8]) throws(OutputError) {
            let (path, previous) = try paths(relative)
            try FileWriter.write(bytes, to: path, reusing: previous)
        }
        do {
            for folder in ["fr/concepts", "fr/domains", "en/concepts", "en/domains", "search"] {
                try fm.createDirectory(atPath: (root as NSString).appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            try fm.copyItem(atPath: assetsDirectory, toPath: (root as NSString).appendingPathComponent("assets"))
        } catch {
            throw .write(path: root, reason: error.localizedDescription)
        }
        // The search script as pages load it: without comments and indentation.
        let script = (assetsDirectory as NSString).appendingPathComponent("search.js")
        if let source = fm.contents(atPath: script) {
            try write("assets/search.js", ScriptMinifier.minify(String(decoding: source, as: UTF8.self)))
        }

        let started = Date()
        let model = SiteModel(knowledgeBase: knowledgeBase, baseURL: baseURL)
        let templates = self.templates
        let concepts = knowledgeBase.concepts
        let log = BuildLog()
        // Every page and the search index are independent jobs, run on every core. The long
        // ones (the index, each A–Z index, each domain) come first, so that no core is left with one of them
        // at the end; then the concepts, both languages of one concept per job, sharing its
        // rendered Markdown.
        enum Job { case search, azIndex(Language), otherPages, domain(Int), concept(Int) }
        let jobs: [Job] =
            [.search] + Language.allCases.map(Job.azIndex) + knowledgeBase.domains.indices.map(Job.domain) + [.otherPages]
            + concepts.indices.map(Job.concept)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
            switch jobs[i] {
            case .search:
                log.time("search") { () throws(OutputError) in
                    let index = SearchIndex(knowledgeBase: knowledgeBase)
                    var stats = BuildLog.SearchStats(terms: index.termCount)
                    for file in index.files() {
                        try write("search/" + file.name, file.contents)
                        let bytes = file.contents.utf8.count
                        stats.total += bytes
                        if file.name == "index.js" { stats.manifest = bytes } else if file.name.hasPrefix("s-") { stats.largest = max(stats.largest, bytes) }
                    }
                    log.search = stats
                }
            case .azIndex(let language):
                log.time("pages") { () throws(OutputError) in
                    try writeBytes(SitePaths.az(language), templates.bytes("az", model.azContext(language)))
                }
            case .otherPages:
                log.time("pages") { () throws(OutputError) in
                    try writeBytes(SitePaths.root, templates.bytes("root", model.rootContext()))
                    try writeBytes(SitePaths.notFound, templates.bytes("404", model.notFoundContext()))
                    for language in Language.allCases {
                        try writeBytes(SitePaths.home(language), templates.bytes("home", model.homeContext(language)))
                    }
                    try write(SitePaths.sitemap, model.sitemap())
                }
            case .domain(let d):
                log.time("pages") { () throws(OutputError) in
                    let domain = knowledgeBase.domains[d]
                    for language in Language.allCases {
                        try writeBytes(SitePaths.domain(domain.id, language), templates.bytes("domain", model.domainContext(domain, language)))
                    }
                }
            case .concept(let c):
                log.time("concepts") { () throws(OutputError) in
                    let concept = concepts[c]
                    let texts = model.renderedTexts(concept)
                    for language in Language.allCases {
                        try writeBytes(
                            SitePaths.concept(concept.id, language),
                            templates.bytes("concept", model.conceptContext(concept, language, texts: texts)))
                    }
                }
            }
        }
        if let failure = log.firstError { throw failure }
        var seconds = log.seconds
        seconds["build"] = Date().timeIntervalSince(started)
        let search = log.search ?? BuildLog.SearchStats(terms: 0)
        let pages = 2 + 4 + 2 * knowledgeBase.domains.count + 2 * concepts.count
        return Report(
            pages: pages, concepts: concepts.count, terms: search.terms,
            searchManifestBytes: search.manifest, searchLargestShardBytes: search.largest, searchTotalBytes: search.total,
            seconds: seconds.mapValues { ($0 * 1000).rounded() / 1000 })
    }
}

/// What the build's parallel jobs report: the first error, the seconds spent on each part of
/// the build, and the search index's sizes. A class with a lock, not `Sendable` by value: the
/// jobs share it, and the lock serialises their writes.
final class BuildLog: @unchecked Sendable {
    struct SearchStats {
        var terms: Int
        var manifest = 0, largest = 0, total = 0
    }

    private let lock = NSLock()
    private var errors: [OutputError] = []
    private var spent: [String: Double] = [:]
    private var searchStats: SearchStats?

    /// Runs `work`, adding its duration to `phase` and keeping its error, if any.
    func time(_ phase: String, _ work: () throws(OutputError) -> Void) {
        let start = Date()
        var failure: OutputError?
        do { try work() } catch { failure = error }
        let elapsed = Date().timeIntervalSince(start)
        lock.lock(); defer { lock.unlock() }
        spent[phase, default: 0] += elapsed
        if let failure { errors.append(failure) }
    }

    var firstError: OutputError? {
        lock.lock(); defer { lock.unlock() }
        return errors.first
    }

    var seconds: [String: Double] {
        lock.lock(); defer { lock.unlock() }
        return spent
    }

    var search: SearchStats? {
        get { lock.lock(); defer { lock.unlock() }; return searchStats }
        set { lock.lock(); defer { lock.unlock() }; searchStats = newValue }
    }
}
