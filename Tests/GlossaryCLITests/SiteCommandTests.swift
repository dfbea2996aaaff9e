import Foundation
import GlossaryTestSupport
import Testing

/// End-to-end tests of `glossary site`, running the built binary.
@Suite("Site command")
struct SiteCommandTests {
    static let repository = CLIRunner.root
    static let fixture = URL(fileURLWithPath: CLIRunner.fixture)

    /// Runs the built `glossary` in `directory`, without colour, its index cache in this
    /// run's scratch folder.
    func glossary(_ arguments: [String], in directory: URL) throws -> CLIRunner.Output {
        try CLIRunner.run(arguments, environment: ["NO_COLOR": "1", "XDG_CACHE_HOME": TestScratch.root.appendingPathComponent("cache").path],
                          directory: directory)
    }

    func workspace() throws -> URL {
        let root = TestScratch.path("glossary-site-cli")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.fixture, to: root.appendingPathComponent("Content"))
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("Site"), to: root.appendingPathComponent("Site"))
        return root
    }

    @Test("builds into _site by default, from ./Content and ./Site")
    func defaults() throws {
        let root = try workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try glossary(["site"], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Built 26 pages"))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("_site/fr/concepts/infogerance.html").path))
    }

    @Test("invalid content exits 65 with the diagnostics and keeps the previous site")
    func invalidContent() throws {
        let root = try workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try glossary(["site", "--out", "out"], in: root).status == 0)
        try "id: broken\ndomains: [nowhere]\n".write(to: root.appendingPathComponent("Content/concepts/broken.yaml"), atomically: true, encoding: .utf8)
        let run = try glossary(["site", "--out", "out"], in: root)
        #expect(run.status == 65)
        #expect(run.stderr.contains("Content/concepts/broken.yaml:"))
        #expect(run.stderr.contains("left as it was"))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("out/fr/concepts/infogerance.html").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["Content", "Site", "out"])
    }

    @Test("a template error exits 65 with file and line; --templates picks another folder")
    func templateError() throws {
        let root = try workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.moveItem(at: root.appendingPathComponent("Site"), to: root.appendingPathComponent("Theme"))
        #expect(try glossary(["site"], in: root).status == 66)
        #expect(try glossary(["site", "--templates", "Theme"], in: root).status == 0)
        try "{{<layout}}\n{{$main}}\n{{#domain}}\n{{/main}}\n{{/layout}}\n"
            .write(to: root.appendingPathComponent("Theme/templates/domain.mustache"), atomically: true, encoding: .utf8)
        let run = try glossary(["site", "--templates", "Theme"], in: root)
        #expect(run.status == 65)
        #expect(run.stderr.contains("Theme/templates/domain.mustache:"))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("_site/index.html").path))
    }

    @Test("--base-url must be a web address")
    func baseURL() throws {
        let root = try workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try glossary(["site", "--base-url", "example.org"], in: root).status == 64)
        #expect(try glossary(["site", "--base-url", "https://example.org/g/"], in: root).status == 0)
        let sitemap = try String(contentsOf: root.appendingPathComponent("_site/sitemap.xml"), encoding: .utf8)
        #expect(sitemap.contains("<loc>https://example.org/g/fr/index.html</loc>"))
    }
}
