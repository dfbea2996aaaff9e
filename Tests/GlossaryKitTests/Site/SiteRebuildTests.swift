import Foundation
import Testing

@testable import GlossaryModel
@testable import GlossarySite

@Suite("Site rebuild")
struct SiteRebuildTests {
    func inode(_ url: URL) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int)
    }

    func links(_ url: URL) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.referenceCount] as? Int)
    }

    func publish(_ content: URL, to out: URL) throws {
        let builder = try SiteBuilder(knowledgeBase: SiteTestSupport.knowledgeBase(content), siteDirectory: SiteTestSupport.siteDirectory)
        try SitePublisher.publish(to: out) { (folder) throws(OutputError) in try builder.build(into: folder, reusing: out) }
    }

    @Test("a rebuild reuses the pages that did not change and writes the others")
    func reusesUnchangedPages() throws {
        let content = try SiteTestSupport.copy(SiteTestSupport.fixtureContent)
        let out = try SiteTestSupport.temporaryDirectory().appendingPathComponent("site")
        try publish(content, to: out)
        let unchanged = out.appendingPathComponent("en/concepts/reseau.html")
        let changed = out.appendingPathComponent("fr/concepts/esn.html")
        let (unchangedInode, changedInode) = (try inode(unchanged), try inode(changed))
        let unchangedText = try SiteTestSupport.read(unchanged)

        let file = content.appendingPathComponent("concepts/esn.yaml")
        try SiteTestSupport.read(file).replacingOccurrences(of: "Entreprise qui vend", with: "Entreprise qui fournit")
            .write(to: file, atomically: true, encoding: .utf8)
        try publish(content, to: out)

        #expect(try inode(unchanged) == unchangedInode, "an unchanged page is linked from the previous site")
        #expect(try SiteTestSupport.read(unchanged) == unchangedText)
        #expect(try links(unchanged) == 1, "the previous site is gone")
        #expect(try inode(changed) != changedInode, "a changed page is a new file")
        #expect(try SiteTestSupport.read(changed).contains("Entreprise qui fournit"))

        // The result is the same as a build from scratch.
        let (fresh, _) = try SiteTestSupport.build(content)
        for page in SiteTestSupport.pages(in: fresh) {
            let relative = String(page.path.dropFirst(fresh.path.count))
            #expect(try SiteTestSupport.read(page) == SiteTestSupport.read(URL(fileURLWithPath: out.path + relative)), "\(relative)")
        }
    }

    @Test("a file of the previous site with another link, or a symbolic link, is written anew")
    func reusesOnlyPlainFiles() throws {
        let folder = try SiteTestSupport.temporaryDirectory()
        let previous = folder.appendingPathComponent("previous.html"), elsewhere = folder.appendingPathComponent("elsewhere.html")
        try "same".write(to: previous, atomically: true, encoding: .utf8)
        try FileManager.default.linkItem(at: previous, to: elsewhere)
        try FileWriter.write("same", to: folder.appendingPathComponent("a.html").path, reusing: previous.path)
        #expect(try inode(folder.appendingPathComponent("a.html")) != inode(previous))

        let target = folder.appendingPathComponent("target.html"), symlink = folder.appendingPathComponent("symlink.html")
        try "same".write(to: target, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: symlink, withDestinationURL: target)
        try FileWriter.write("same", to: folder.appendingPathComponent("b.html").path, reusing: symlink.path)
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("b.html").path)
        #expect(attributes[.type] as? FileAttributeType == .typeRegular)
        #expect(try inode(folder.appendingPathComponent("b.html")) != inode(target))

        try FileWriter.write("same", to: folder.appendingPathComponent("c.html").path, reusing: target.path)
        #expect(try inode(folder.appendingPathComponent("c.html")) == inode(target), "a plain identical file is linked")
        try FileWriter.write("other", to: folder.appendingPathComponent("d.html").path, reusing: target.path)
        #expect(try SiteTestSupport.read(folder.appendingPathComponent("d.html")) == "other")
    }

    @Test("deleting a replaced site removes its whole tree and never follows a symbolic link")
    func folderRemover() throws {
        let fm = FileManager.default
        let root = try SiteTestSupport.temporaryDirectory()
        let outside = root.appendingPathComponent("outside")
        try fm.createDirectory(at: outside, withIntermediateDirectories: true)
        try "keep".write(to: outside.appendingPathComponent("kept.txt"), atomically: false, encoding: .utf8)
        let site = root.appendingPathComponent("site")
        for folder in ["fr/concepts", "fr/domains", "en/concepts/deeper/deepest", "search", "empty"] {
            try fm.createDirectory(at: site.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for file in ["index.html", "fr/concepts/a.html", "en/concepts/deeper/deepest/b.html", "search/s-ab.js", ".hidden"] {
            try "x".write(to: site.appendingPathComponent(file), atomically: false, encoding: .utf8)
        }
        try fm.createSymbolicLink(at: site.appendingPathComponent("fr/link-to-outside"), withDestinationURL: outside)
        try fm.createSymbolicLink(at: site.appendingPathComponent("dangling"), withDestinationURL: root.appendingPathComponent("nothing"))
        #expect(FolderRemover.entries(of: site.path)?.map(\.name).sorted() == [".hidden", "dangling", "empty", "en", "fr", "index.html", "search"])
        #expect(FolderRemover.entries(of: site.path)?.first { $0.name == "dangling" }?.isFolder == false)

        FolderRemover.remove(site.path, parallelDepth: 2)

        #expect(!fm.fileExists(atPath: site.path))
        #expect(try SiteTestSupport.read(outside.appendingPathComponent("kept.txt")) == "keep", "a link's target is left alone")
        #expect(FolderRemover.entries(of: site.path) == nil)
    }
}
