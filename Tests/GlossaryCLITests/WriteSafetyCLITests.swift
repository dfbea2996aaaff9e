import Foundation
import GlossaryTestSupport
import Testing

/// End-to-end: commands that write (import, export) write all or nothing, only what they
/// were given, and never replace what is not theirs.
struct WriteSafetyCLITests {
    func run(_ arguments: [String]) throws -> CLIRunner.Output {
        try CLIRunner.run(arguments, environment: ["NO_COLOR": "1", "XDG_CACHE_HOME": TestScratch.root.appendingPathComponent("cache").path])
    }

    @Test func importThatCannotWriteOneFileWritesNone() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let concepts = folder.appendingPathComponent("concepts").path
        try FileManager.default.createDirectory(atPath: concepts + "/zeta.yaml", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CLIRunner.fixture + "/domains.yaml", toPath: folder.path + "/domains.yaml")
        let tbx = """
            <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
            <conceptEntry id="alpha"><langSec xml:lang="en"><termSec><term>alpha</term></termSec></langSec></conceptEntry>
            <conceptEntry id="zeta"><langSec xml:lang="en"><termSec><term>zeta</term></termSec></langSec></conceptEntry>
            </body></text></tbx>
            """
        try tbx.write(toFile: folder.path + "/in.tbx", atomically: true, encoding: .utf8)
        let imported = try run(["import", "--format", "tbx", folder.path + "/in.tbx", "--content", folder.path])
        #expect(imported.status == 74, "\(imported.stderr)")
        #expect(imported.stderr.contains("zeta.yaml") && imported.stderr.contains("nothing was written"), "\(imported.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: concepts) == ["zeta.yaml"])
    }

    @Test func exportNeverReplacesAFolderOrALink() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let mine = folder.appendingPathComponent("mine").path
        try FileManager.default.createDirectory(atPath: mine, withIntermediateDirectories: true)
        try "thesis".write(toFile: mine + "/thesis.docx", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/link.csv", withDestinationPath: mine + "/thesis.docx")
        for out in [mine, folder.path + "/link.csv"] {
            let export = try run(["export", "--format", "csv", "--content", CLIRunner.fixture, "--out", out])
            #expect(export.status == 73, "\(export.stderr)")
        }
        #expect(try String(contentsOfFile: mine + "/thesis.docx", encoding: .utf8) == "thesis")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["link.csv", "mine"])
    }
}

extension WriteSafetyCLITests {
    @Test func theIndexIsNeverWrittenOverAUsersFile() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("notes.txt").path
        try "mine".write(toFile: file, atomically: true, encoding: .utf8)
        for command in [["index"], ["search", "externalisation"]] {
            let run = try run(command + ["--content", CLIRunner.fixture, "--index", file])
            #expect(run.status == 73, "\(command): \(run.stderr)")
            #expect(run.stderr.contains("not an index built by glossary"))
        }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "mine")
    }
}
