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
        try CLIRunner.run(
            arguments, environment: ["NO_COLOR": "1", "XDG_CACHE_HOME": TestScratch.root.appendingPathComponent("cache").path],
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

    @Test("--out refuses a folder it did not build, the current folder, the content, a file; nothing is touched")
    func refusesUserData() throws {
        let root = try workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("mine"), withIntermediateDirectories: true)
        try "data".write(to: root.appendingPathComponent("mine/thesis.docx"), atomically: true, encoding: .utf8)
        try "# notes".write(to: root.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        let before = try fm.contentsOfDirectory(atPath: root.path).sorted()
        for out in ["mine", ".", "Content", "Content/concepts", "Site", "README.md", "/", root.path, ".."] {
            let run = try glossary(["site", "--out", out], in: root)
            #expect(run.status == 73, "--out \(out): \(run.stderr)")
            #expect(run.stderr.contains("refusing to write"), "--out \(out): \(run.stderr)")
        }
        #expect(try String(contentsOf: root.appendingPathComponent("mine/thesis.docx"), encoding: .utf8) == "data")
        #expect(try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8) == "# notes")
        #expect(try fm.contentsOfDirectory(atPath: root.path).sorted() == before)
        #expect(try fm.contentsOfDirectory(atPath: root.appendingPathComponent("mine").path) == ["thesis.docx"])
        // --force replaces a non-empty folder, never the current folder or the content.
        #expect(try glossary(["site", "--out", ".", "--force"], in: root).status == 73)
        #expect(try glossary(["site", "--out", "Content", "--force"], in: root).status == 73)
        let forced = try glossary(["site", "--out", "mine", "--force"], in: root)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(!fm.fileExists(atPath: root.appendingPathComponent("mine/thesis.docx").path))
    }

    @Test("--out replaces an empty folder and a site it built (marked), and cleans a dead build's debris, marked folders only")
    func replacesOwnSite() throws {
        let root = try workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("empty"), withIntermediateDirectories: true)
        #expect(try glossary(["site", "--out", "empty"], in: root).status == 0)
        #expect(fm.fileExists(atPath: root.appendingPathComponent("empty/.glossary-site").path))
        #expect(fm.fileExists(atPath: root.appendingPathComponent("empty/index.html").path))
        try "stale".write(to: root.appendingPathComponent("empty/stale.html"), atomically: true, encoding: .utf8)
        #expect(try glossary(["site", "--out", "empty"], in: root).status == 0)
        #expect(!fm.fileExists(atPath: root.appendingPathComponent("empty/stale.html").path))
        // A build killed midway leaves a folder named after its process; the next build removes it.
        let debris = root.appendingPathComponent(".empty.new-999999999-deadbeef")
        try fm.createDirectory(at: debris, withIntermediateDirectories: true)
        try "".write(to: debris.appendingPathComponent(".glossary-site"), atomically: true, encoding: .utf8)
        // One without the marker was not made by glossary: it is left alone.
        let unmarked = root.appendingPathComponent(".empty.old-999999999-cafe")
        try fm.createDirectory(at: unmarked, withIntermediateDirectories: true)
        #expect(try glossary(["site", "--out", "empty"], in: root).status == 0)
        #expect(!fm.fileExists(atPath: debris.path))
        #expect(fm.fileExists(atPath: unmarked.path))
    }
}
