import Foundation
import GlossaryTestSupport
import Testing

/// End-to-end tests of `glossary export` and `glossary import`, run on the built binary.
struct InterchangeCLITests {
    static let fixtures = CLIRunner.fixture

    /// Runs the built `glossary` without colour, its index cache in this run's scratch folder.
    func run(_ arguments: [String]) throws -> CLIRunner.Output {
        try CLIRunner.run(arguments, environment: ["NO_COLOR": "1", "XDG_CACHE_HOME": TestScratch.root.appendingPathComponent("cache").path])
    }

    @Test func exportThenImportIntoAnEmptyFolder() throws {
        let folder = TestScratch.path("glossary-cli").path
        try FileManager.default.createDirectory(atPath: folder + "/concepts", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: Self.fixtures + "/domains.yaml", toPath: folder + "/domains.yaml")

        let export = try run(["export", "--format", "tbx", "--content", Self.fixtures, "--out", folder + "/kb.tbx"])
        #expect(export.status == 0, "\(export.stderr)")
        let stdout = try run(["export", "--format", "csv", "--content", Self.fixtures])
        #expect(stdout.status == 0 && stdout.stdout.hasPrefix("concept,language,term,"))
        #expect(try run(["export", "--format", "anki", "--content", Self.fixtures]).status == 64)

        let dryRun = try run(["import", "--format", "tbx", folder + "/kb.tbx", "--content", folder, "--dry-run"])
        #expect(dryRun.status == 0)
        #expect(dryRun.stdout.contains("would create 7"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/concepts").isEmpty)

        let imported = try run(["import", "--format", "tbx", folder + "/kb.tbx", "--content", folder])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("created 7"))
        #expect(imported.stdout.contains("check: 0 error(s)"))

        // Changed file, no --overwrite: refused, nothing written.
        let path = folder + "/concepts/esn.yaml"
        let original = try String(contentsOfFile: path, encoding: .utf8)
        try original.replacingOccurrences(of: "Entreprise qui vend", with: "Société qui vend")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let refused = try run(["import", "--format", "tbx", folder + "/kb.tbx", "--content", folder])
        #expect(refused.status == 73)
        #expect(refused.stderr.contains("--overwrite"))
        let forced = try run(["import", "--format", "tbx", folder + "/kb.tbx", "--content", folder, "--overwrite"])
        #expect(forced.status == 0 && forced.stdout.contains("updated 1"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == original)

        try "<tbx>\n<text>\n</tbx>\n".write(toFile: folder + "/bad.tbx", atomically: true, encoding: .utf8)
        let malformed = try run(["import", "--format", "tbx", folder + "/bad.tbx", "--content", folder])
        #expect(malformed.status == 65)
        #expect(malformed.stderr.contains("bad.tbx:3:"))
    }

    @Test func importWithoutFormatTellsItFromTheFile() throws {
        let folder = TestScratch.path("glossary-cli").path
        try FileManager.default.createDirectory(atPath: folder + "/concepts", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: Self.fixtures + "/domains.yaml", toPath: folder + "/domains.yaml")
        // Names that say nothing: the content decides.
        for (format, name) in [("csv", "sheet.txt"), ("tbx2", "terms.xml"), ("tbx", "terms.tbx")] {
            let export = try run(["export", "--format", format, "--content", Self.fixtures, "--out", folder + "/" + name])
            #expect(export.status == 0, "\(export.stderr)")
            let dryRun = try run(["import", folder + "/" + name, "--content", folder, "--dry-run"])
            #expect(dryRun.status == 0, "\(format): \(dryRun.stderr)")
            #expect(dryRun.stdout.contains("would create 7"), "\(format): \(dryRun.stdout)")
        }
        try "just some notes\n".write(toFile: folder + "/notes.txt", atomically: true, encoding: .utf8)
        let unknown = try run(["import", folder + "/notes.txt", "--content", folder])
        #expect(unknown.status == 65)
        #expect(unknown.stderr.contains("notes.txt:1:1: cannot tell the format"), "\(unknown.stderr)")
        #expect(unknown.stderr.contains("pass --format"))
    }

    @Test func importIntoANewFolderCreatesAContentFolderThatPassesCheck() throws {
        let folder = TestScratch.path("glossary-cli").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for format in ["tbx", "tbx2", "csv"] {
            let file = folder + "/kb." + (format == "csv" ? "csv" : "tbx")
            #expect(try run(["export", "--format", format, "--content", Self.fixtures, "--out", file]).status == 0)
            let new = folder + "/new-" + format
            let dryRun = try run(["import", file, "--into", new, "--dry-run"])
            #expect(dryRun.status == 0, "\(dryRun.stderr)")
            #expect(dryRun.stdout.contains("would create: \(new)/domains.yaml"), "\(dryRun.stdout)")
            #expect(!FileManager.default.fileExists(atPath: new), "a dry run writes nothing")

            let imported = try run(["import", file, "--into", new])
            #expect(imported.status == 0, "\(format): \(imported.stderr)")
            #expect(imported.stdout.contains("check: 0 error(s)"), "\(format): \(imported.stdout)")
            #expect(!imported.stderr.contains("not in domains.yaml"), "no warning about domains it wrote itself")
            let check = try run(["check", "--content", new])
            #expect(check.status == 0, "\(format): \(check.stdout)\(check.stderr)")
            // The subject fields are domain ids: named after them.
            let domains = try String(contentsOfFile: new + "/domains.yaml", encoding: .utf8)
            #expect(domains.contains("- id: modeles\n"), "\(domains)")
        }
        // An empty folder given with --content is prepared the same way.
        let empty = folder + "/empty"
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        #expect(try run(["import", folder + "/kb.tbx", "--content", empty]).status == 0)
        #expect(try run(["check", "--content", empty]).status == 0)
        // --into names the content folder, not its concepts/.
        let misuse = try run(["import", folder + "/kb.tbx", "--into", empty + "/concepts"])
        #expect(misuse.status == 64)
        #expect(misuse.stderr.contains("--into names the content folder"), "\(misuse.stderr)")
    }

    @Test func importOfLTACsExampleNamesTheDomainsAfterItsSubjectFields() throws {
        let folder = TestScratch.path("glossary-cli").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let example = CLIRunner.root.appendingPathComponent("Tests/GlossaryKitTests/Fixtures/interchange/Example_Astronomy_DCA_VALID.tbx").path
        let imported = try run(["import", example, "--into", folder])
        let domains = try String(contentsOfFile: folder + "/domains.yaml", encoding: .utf8)
        #expect(domains.contains("- id: stellar-birth\n  fr: {name: \"Stellar Birth\"}\n  en: {name: \"Stellar Birth\"}"), "\(domains)")
        #expect(domains.contains("- id: general\n"))
        // check passes: the example has no French, which check flags as a warning per concept
        // (nothing invented); never its domains.
        let check = try run(["check", "--content", folder])
        let report = check.stdout + check.stderr
        #expect(check.status == 0, "\(report)")
        #expect(!report.contains("unknown domain") && !report.contains("domains.yaml:"), "\(report)")
        #expect(!imported.stderr.contains("not in domains.yaml"))
        #expect(report.contains("warning: no French terms: the concept is shown in English only"))
        #expect(try run(["check", "--content", folder, "--strict"]).status == 65)

        // Every command handles a concept in English only.
        let show = try run(["show", "c1", "--content", folder])
        #expect(show.status == 0 && show.stdout.hasPrefix("open cluster  [c1]") && show.stdout.contains("(none in this language)"), "\(show.stdout)")
        let search = try run(["search", "black hole", "--content", folder])
        #expect(search.status == 0 && search.stdout.contains("1. black hole  [c3]"), "\(search.stdout)")
        let site = try run(["site", "--content", folder, "--out", folder + "/_site"])
        #expect(site.status == 0, "\(site.stderr)")
        let page = try String(contentsOfFile: folder + "/_site/fr/concepts/c1.html", encoding: .utf8)
        #expect(page.contains("Aucun terme dans cette langue") && !page.contains("class=\"other-headword\""))
        for format in ["tbx", "csv", "skos", "json", "anki"] {
            let export = try run(["export", "--content", folder, "--format", format, "--out", folder + "/kb.\(format)"])
            #expect(export.status == 0, "\(format): \(export.stderr)")
        }
        // The quiz in French has no card for them; in English it asks their definitions.
        let progress = folder + "/progress.sqlite"
        let review = try run(["review", "c3:def-term@en", "good", "--content", folder, "--progress", progress, "--create"])
        #expect(review.status == 0, "\(review.stderr)")
        #expect(try run(["review", "c3:fr-en", "good", "--content", folder, "--progress", progress]).status != 0)
    }

    @Test func ankiExportWithProgressCarriesTheReviewedCards() throws {
        let folder = TestScratch.path("glossary-cli").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let progress = folder + "/progress.sqlite"
        // A missing progress file is an error, never created by an export.
        let missing = try run(["export", "--format", "anki", "--content", Self.fixtures, "--with-progress", "--progress", progress, "--out", folder + "/a.apkg"]
        )
        #expect(missing.status != 0 && !FileManager.default.fileExists(atPath: progress) && !FileManager.default.fileExists(atPath: folder + "/a.apkg"))
        for card in ["esn:fr-en", "esn:def-term"] {
            let review = try run(["review", card, "easy", "--content", Self.fixtures, "--progress", progress, "--create", "--no-fuzz"])
            #expect(review.status == 0, "\(review.stderr)")
        }
        let export = try run(["export", "--format", "anki", "--content", Self.fixtures, "--with-progress", "--progress", progress, "--out", folder + "/a.apkg"])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stderr.contains("progress: 1 reviewed card(s) carried") && export.stderr.contains("1 other card(s)"), "\(export.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder + "/a.apkg"))
        // --with-progress only goes with the Anki deck, --progress only with --with-progress.
        #expect(try run(["export", "--format", "csv", "--content", Self.fixtures, "--with-progress"]).status == 64)
        #expect(try run(["export", "--format", "anki", "--content", Self.fixtures, "--progress", progress, "--out", folder + "/b.apkg"]).status == 64)
    }

    /// The files of a content folder's concepts/, by name.
    func files(_ content: String) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: content + "/concepts") {
            out[name] = FileManager.default.contents(atPath: content + "/concepts/" + name)
        }
        return out
    }

    @Test func reimportingAnUnchangedExportHasNothingToDoWhateverTheLayout() throws {
        let folder = TestScratch.path("glossary-cli").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let content = folder + "/content"
        try FileManager.default.copyItem(atPath: Self.fixtures, toPath: content)
        // Hand-written layouts the import would not write: block style, other quoting, a comment.
        let esn = content + "/concepts/esn.yaml"
        let hand = try String(contentsOfFile: esn, encoding: .utf8)
            .replacingOccurrences(of: "domains: [acteurs]", with: "# reviewed\ndomains:\n  - acteurs")
            .replacingOccurrences(
                of: "definition: \"Company that sells IT services to other organisations.\"",
                with: "definition: >-\n    Company that sells IT services\n    to other organisations.")
        try hand.write(toFile: esn, atomically: true, encoding: .utf8)
        let before = try files(content)

        for (format, name) in [("tbx", "kb.tbx"), ("tbx2", "kb2.tbx"), ("csv", "kb.csv")] {
            #expect(try run(["export", "--format", format, "--content", content, "--out", folder + "/" + name]).status == 0)
            let again = try run(["import", folder + "/" + name, "--content", content])
            #expect(again.status == 0, "\(format): \(again.stderr)")
            #expect(again.stdout.contains("skipped 7 unchanged"), "\(format): \(again.stdout)")
            #expect(again.stdout.contains("nothing to do"), "\(format): \(again.stdout)")
            #expect(try files(content) == before, "\(format): no file touched")
        }

        // One concept changed in the folder: only it differs from the export.
        let changed = hand.replacingOccurrences(of: "Entreprise qui vend", with: "Société qui vend")
        try changed.write(toFile: esn, atomically: true, encoding: .utf8)
        let refused = try run(["import", folder + "/kb.tbx", "--content", content])
        #expect(refused.status == 73)
        #expect(refused.stdout.contains("exists, differs (needs --overwrite): \(esn)"))
        #expect(refused.stdout.contains("1 would overwrite"), "\(refused.stdout)")
        let forced = try run(["import", folder + "/kb.tbx", "--content", content, "--overwrite"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stdout.contains("updated 1, skipped 6 unchanged"), "\(forced.stdout)")
        let after = try files(content)
        for (name, data) in before where name != "esn.yaml" { #expect(after[name] == data, "\(name) untouched") }
        // The rewritten file is in the documented layout, as an import into an empty folder writes it.
        let fresh = folder + "/fresh"
        #expect(try run(["import", folder + "/kb.tbx", "--into", fresh]).status == 0)
        #expect(after["esn.yaml"] == FileManager.default.contents(atPath: fresh + "/concepts/esn.yaml"))
        #expect(String(decoding: after["esn.yaml"] ?? Data(), as: UTF8.self).contains("Entreprise qui vend"))
    }
}
