import ArgumentParser
import Foundation
import GlossaryModel
import GlossarySearch
import GlossarySite
import GlossaryStore

/// `glossary-bench`: index build time, search latency and peak memory on synthetic content.
/// Benchmarks/run.sh runs it at several sizes and compares with the sqlite3 CLI.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary-bench",
        abstract: "Measure indexing and search on N synthetic concepts; prints one JSON object."
    )

    @Option(help: "How many synthetic concepts to generate.")
    var concepts: Int = 1000

    @Option(help: "Keep the generated content and index in this folder (default: a temporary folder, removed after).")
    var keep: String?

    @Flag(help: "Reuse the content generated in the --keep folder by an earlier run with the same --concepts.")
    var reuse = false

    @Flag(
        help:
            "With --reuse: search the index an earlier run left in the --keep folder when it is up to date, instead of building one (build figures are then absent)."
    )
    var reuseIndex = false

    @Option(help: "Search repetitions per query.")
    var repeats: Int = 20

    @Option(help: "Search only the sample queries of this kind (exact, prefix, typo, definition; repeat for several): to profile one kind.")
    var kind: [String] = []

    @Option(help: "Instead: time each speed path that shadows a library or Foundation over the texts of this content folder (Shortcuts.swift).")
    var shortcuts: String?

    @Option(
        help:
            "Instead: for each word of stdin, print it folded and whether this rule takes it for a real word: forms (today's) or stems (the earlier one) (SpellingRules.swift)."
    )
    var spelling: String?

    func run() throws {
        if let spelling {
            let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            print(try SpellingRules.run(spelling, input: input).joined(separator: "\n"))
            return
        }
        if let shortcuts {
            let knowledgeBase = try ContentLoader(directory: shortcuts).load().knowledgeBase
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            for row in Shortcuts(knowledgeBase: knowledgeBase).rows() {
                print(String(decoding: try encoder.encode(row), as: UTF8.self))
            }
            return
        }
        let root =
            keep.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("glossary-bench-\(UUID().uuidString)")
        let content = root.appendingPathComponent("Content")
        let indexPath = root.appendingPathComponent("index.sqlite").path
        if reuse {
            guard keep != nil else { throw ValidationError("--reuse needs --keep") }
            if !reuseIndex { try? FileManager.default.removeItem(atPath: indexPath) }
        } else {
            guard !reuseIndex else { throw ValidationError("--reuse-index needs --reuse") }
            try? FileManager.default.removeItem(at: root)
        }
        var generator = SyntheticContent(count: concepts)
        let samples = try generator.write(to: content, files: !reuse)

        let loadStart = Date()
        if !reuseIndex { _ = try ContentLoader(directory: content.path).load() }
        let loadSeconds = Date().timeIntervalSince(loadStart)
        let buildStart = Date(), buildCPUStart = Self.cpuSeconds()
        let opened = try GlossaryIndex.open(content: content.path, path: indexPath)
        let buildSeconds = Date().timeIntervalSince(buildStart), buildCPU = Self.cpuSeconds() - buildCPUStart
        let report: IndexBuilder.Report?
        switch opened.freshness {
        case .rebuilt(let built): report = built
        case .upToDate where reuseIndex: report = nil
        default: throw ValidationError("expected a build")
        }

        let engine = SearchEngine(index: opened.index)
        var latencies: [String: [Double]] = [:]
        var all: [Double] = []
        // The process's CPU time per search as well: on a machine shared with other work, wall
        // time counts the waits for a core.
        var cpu: [String: [Double]] = [:]
        var allCPU: [Double] = []
        for (kind, queries) in samples.sorted(by: { $0.key < $1.key }) where self.kind.isEmpty || self.kind.contains(kind) {
            for query in queries {
                _ = try engine.search(query) // warm the page cache
                for _ in 0..<repeats {
                    let cpuStart = Self.cpuSeconds()
                    let start = DispatchTime.now().uptimeNanoseconds
                    let response = try engine.search(query)
                    let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
                    let cpuMS = (Self.cpuSeconds() - cpuStart) * 1000
                    cpu[kind, default: []].append(cpuMS)
                    allCPU.append(cpuMS)
                    // A typo that Snowball stems like a real word ("férta") is not corrected:
                    // the answer is then the near concepts, as "see also".
                    precondition(
                        !response.results.isEmpty || !response.seeAlso.isEmpty, "no result for \(kind) query '\(query)'")
                    latencies[kind, default: []].append(ms)
                    all.append(ms)
                }
            }
        }
        func percentile(_ values: [Double], _ p: Double) -> Double {
            let sorted = values.sorted()
            return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
        }
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        let indexBytes = (try? FileManager.default.attributesOfItem(atPath: indexPath)[.size] as? Int) ?? 0
        var result: [String: Any] = [
            "concepts": concepts,
            "search_cpu_p50_ms": (percentile(allCPU, 0.5) * 1000).rounded() / 1000,
            "search_cpu_p99_ms": (percentile(allCPU, 0.99) * 1000).rounded() / 1000,
            "index_mb": Double(indexBytes / 10_000) / 100,
            "peak_rss_mb": usage.ru_maxrss / 1024,
            "search_p50_ms": (percentile(all, 0.5) * 1000).rounded() / 1000,
            "search_p99_ms": (percentile(all, 0.99) * 1000).rounded() / 1000,
            "index_path": indexPath,
            "content_path": content.path,
            "sample_definition_query": samples["definition"]?.first ?? ""
        ]
        if let report {
            result["load_validate_s"] = (loadSeconds * 1000).rounded() / 1000
            result["index_build_s"] = (buildSeconds * 1000).rounded() / 1000
            result["index_build_cpu_s"] = (buildCPU * 1000).rounded() / 1000
            result["index_phases_s"] = Dictionary(report.phases.map { ($0.name, ($0.seconds * 1000).rounded() / 1000) }, uniquingKeysWith: +)
            result["index_alongside_s"] = Dictionary(report.alongside.map { ($0.name, ($0.seconds * 1000).rounded() / 1000) }, uniquingKeysWith: +)
        }
        for (kind, values) in latencies {
            result["\(kind)_p50_ms"] = (percentile(values, 0.5) * 1000).rounded() / 1000
            result["\(kind)_p99_ms"] = (percentile(values, 0.99) * 1000).rounded() / 1000
        }
        for (kind, values) in cpu {
            result["\(kind)_cpu_p50_ms"] = (percentile(values, 0.5) * 1000).rounded() / 1000
            result["\(kind)_cpu_p99_ms"] = (percentile(values, 0.99) * 1000).rounded() / 1000
        }
        let data = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
        if keep == nil { try? FileManager.default.removeItem(at: root) }
    }

    /// CPU time the process has used so far, every thread's, user and system.
    static func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
