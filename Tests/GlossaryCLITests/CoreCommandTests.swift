import Foundation
import Testing

@Suite("CLI end to end: search, show, list, check, index")
final class CoreCommandTests: Sendable {
    let cache: URL
    let base: [String]

    init() throws {
        cache = try CLIRunner.temporaryDirectory()
        base = ["--content", CLIRunner.fixture, "--index", cache.appendingPathComponent("index.sqlite").path]
    }

    deinit { try? FileManager.default.removeItem(at: cache) }

    func run(_ args: [String], env: [String: String] = [:]) throws -> CLIRunner.Output {
        try CLIRunner.run(args + base, environment: env)
    }

    @Test func searchPrintsBothHeadwordsTheMatchAndASnippet() throws {
        let out = try run(["search", "SSII"])
        #expect(out.status == 0)
        #expect(out.stdout.contains("ESN · IT services company"))
        #expect(out.stdout.contains("SSII (fr, obsolete, acronym) → ESN"))
        #expect(out.stdout.contains("Entreprise qui vend"))
        #expect(!out.stdout.contains("\u{1B}["), "no colour when stdout is not a terminal")
    }

    @Test func searchWithNoResultExitsOne() throws {
        let out = try run(["search", "zzzzqqq"])
        #expect(out.status == 1)
        #expect(out.stdout.isEmpty)
        #expect(out.stderr.contains("No concept matches 'zzzzqqq'"))
    }

    @Test func approximateResultsAreAnnounced() throws {
        let out = try run(["search", "infogeranse"])
        #expect(out.status == 0)
        #expect(out.stdout.contains("approximate results for 'infogérance'"))
    }

    /// Words are shown as the user wrote them, accents included, in text and in JSON, over
    /// the shipped content: the unnamed word and the corrected query.
    @Test func wordsAreShownAsTyped() throws {
        let shipped = ["--content", CLIRunner.root.appendingPathComponent("Content").path, "--index", cache.appendingPathComponent("shipped.sqlite").path]
        let text = try CLIRunner.run(["search", "parité"] + shipped, environment: ["NO_COLOR": "1"])
        #expect(text.stderr.contains("No concept is named 'parité'"), "\(text.stderr)")
        let json = try CLIRunner.run(["search", "--json", "Parité"] + shipped)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["unnamed"] as? [String] == ["Parité"])
        let corrected = try CLIRunner.run(["search", "--json", "hebergemant"] + shipped)
        let correctedObject = try #require(try JSONSerialization.jsonObject(with: Data(corrected.stdout.utf8)) as? [String: Any])
        #expect(correctedObject["corrected"] as? String == "hébergement")
        let show = try CLIRunner.run(["show", "parité"] + shipped)
        #expect(show.stderr.contains("'parité'") && !show.stderr.contains("'parite'"), "\(show.stderr)")
    }

    @Test func searchJSON() throws {
        let out = try run(["search", "sous traitance", "--json"])
        #expect(out.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        #expect(object["query"] as? String == "sous traitance")
        let results = try #require(object["results"] as? [[String: Any]])
        let first = try #require(results.first)
        #expect(first["id"] as? String == "sous-traitance")
        #expect(first["approximate"] as? Bool == false)
        #expect((first["score"] as? Double ?? 0) > 0.9)
        let matched = try #require(first["matched"] as? [String: Any])
        #expect(matched["lang"] as? String == "fr" && matched["status"] as? String == "preferred" && matched["text"] as? String == "sous-traitance")
        let terms = try #require(first["terms"] as? [String: [[String: Any]]])
        #expect(terms["en"]?.first?["text"] as? String == "subcontracting")
        #expect(terms["fr"]?.first?["gender"] as? String == "f")
        let definition = try #require(first["definition"] as? [String: String])
        #expect(definition["fr"]?.hasPrefix("Exécution par un tiers") == true)
    }

    @Test func hostileQueriesExitCleanly() throws {
        for query in ["\"", "NEAR(", "*", "AND", "-", "(", "'", ""] {
            let out = try run(["search", query])
            #expect(out.status == 0 || out.status == 1, "'\(query)' exited \(out.status): \(out.stderr)")
            #expect(!out.stderr.contains("SQLite") && !out.stderr.contains("fts5"), "\(out.stderr)")
        }
    }

    @Test func usageErrorsExit64() throws {
        #expect(try run(["search", "x", "--limit", "0"]).status == 64)
        #expect(try run(["search", "x", "--lang", "de"]).status == 64)
        #expect(try CLIRunner.run(["serch"]).status == 64)
    }

    @Test func helpEverywhere() throws {
        for command in ["search", "show", "list", "check", "index"] {
            let out = try CLIRunner.run([command, "--help"])
            #expect(out.status == 0)
            #expect(out.stdout.contains("USAGE: glossary \(command)"))
            #expect(out.stdout.contains("--content"))
        }
    }

    @Test func showByIDAndByTerm() throws {
        let byID = try run(["show", "infogerance"])
        #expect(byID.status == 0)
        #expect(byID.stdout.contains("gérance de l'informatique"))
        #expect(byID.stdout.contains("Broader:"))
        #expect(byID.stdout.contains("externalisation · outsourcing [externalisation]"))
        let byTerm = try run(["show", "SSII"])
        #expect(byTerm.stdout.contains("[esn]"))
        let missing = try run(["show", "infogerence-x-y"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("error:"))
    }

    @Test func showJSONHasRelations() throws {
        let out = try run(["show", "externalisation", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        #expect(object["narrower"] as? [String] == ["infogerance", "sous-traitance"])
        #expect(object["related"] as? [String] == ["infogerance"])
        #expect((object["contrasts"] as? [[String: Any]])?.first?["with"] as? String == "delocalisation")
        #expect((object["examples"] as? [String: [String]])?["fr"]?.count == 1)
        #expect((object["sources"] as? [[String: Any]])?.first?["title"] as? String == "Fixture")
    }

    @Test func listSortsWithFrenchCollation() throws {
        let out = try run(["list"])
        let ids = out.stdout.split(separator: "\n").compactMap { line in line.split(separator: "[").last?.dropLast() }.map(String.init)
        #expect(ids == ["coeur-de-metier", "delocalisation", "esn", "externalisation", "infogerance", "reseau", "sous-traitance"])
        let english = try run(["list", "--lang", "en", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(english.stdout.utf8)) as? [String: [[String: Any]]])
        #expect(object["concepts"]?.first?["id"] as? String == "reseau") // "computer network"
        #expect(try run(["list", "--domain", "acteurs"]).stdout.contains("[esn]"))
        #expect(try run(["list", "--domain", "nope"]).status == 64)
    }

    @Test func checkReportsErrorsWithPositionsAndExits65() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(atPath: CLIRunner.fixture, toPath: dir.appendingPathComponent("c").path)
        let file = dir.appendingPathComponent("c/concepts/esn.yaml")
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "  definition:", with: "  defintion:")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let out = try CLIRunner.run(["check", "--content", dir.appendingPathComponent("c").path])
        #expect(out.status == 65)
        #expect(out.stderr.contains("c/concepts/esn.yaml:10:3: error: unknown key 'defintion' in the 'fr' section: did you mean 'definition'?"))
        #expect(out.stdout.contains("error(s)"))
        let ok = try CLIRunner.run(["check", "--content", CLIRunner.fixture, "--strict"])
        #expect(ok.status == 0)
        #expect(ok.stdout.contains("7 concepts"))
    }

    @Test func missingContentFolderExits66() throws {
        let out = try CLIRunner.run(["search", "x", "--content", "/nonexistent"])
        #expect(out.status == 66)
        #expect(out.stderr.contains("no content folder at '/nonexistent'"))
    }

    @Test func indexRebuildsAndReportsAndContentEnvVariable() throws {
        let out = try CLIRunner.run(
            ["index", "--index", cache.appendingPathComponent("env.sqlite").path],
            environment: ["GLOSSARY_CONTENT": CLIRunner.fixture])
        #expect(out.status == 0)
        #expect(out.stdout.contains("Indexed 7 concepts"))
        #expect(FileManager.default.fileExists(atPath: cache.appendingPathComponent("env.sqlite").path))
    }

    @Test func defaultIndexGoesToXDGCache() throws {
        let out = try CLIRunner.run(["search", "esn", "--content", CLIRunner.fixture], environment: ["XDG_CACHE_HOME": cache.path])
        #expect(out.status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: cache.appendingPathComponent("glossary").path)
        #expect(files.contains { $0.hasSuffix(".sqlite") })
    }

    @Test func indexJSONSaysWhereTheTimeWent() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try CLIRunner.run(["index", "--json", "--content", CLIRunner.fixture, "--index", dir.appendingPathComponent("i.sqlite").path])
        #expect(out.status == 0)
        struct Phase: Decodable { var name: String; var seconds: Double }
        struct Report: Decodable { var concepts: Int; var seconds: Double; var phases: [Phase]; var alongside: [Phase] }
        let report = try JSONDecoder().decode(Report.self, from: Data(out.stdout.utf8))
        #expect(report.concepts > 0)
        #expect(report.phases.map(\.name).contains("read and check content"))
        #expect(report.alongside.map(\.name) == ["concept words (FTS5)"])
        // The phases are laps of one clock: together they are the whole build, give or take
        // the moments between laps.
        let total = report.phases.map(\.seconds).reduce(0, +)
        #expect(abs(total - report.seconds) < 0.05)
    }

    @Test func staleContentFallsBackWithAWarning() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let content = dir.appendingPathComponent("c").path
        try FileManager.default.copyItem(atPath: CLIRunner.fixture, toPath: content)
        let index = dir.appendingPathComponent("i.sqlite").path
        #expect(try CLIRunner.run(["search", "esn", "--content", content, "--index", index]).status == 0)
        try "id: esn\nfr: [".write(toFile: content + "/concepts/esn.yaml", atomically: true, encoding: .utf8)
        let out = try CLIRunner.run(["search", "SSII", "--content", content, "--index", index])
        #expect(out.status == 0)
        #expect(out.stdout.contains("[esn]"))
        #expect(out.stderr.contains("using the index built before"))
        let rebuild = try CLIRunner.run(["index", "--content", content, "--index", index])
        #expect(rebuild.status == 65)
        #expect(rebuild.stderr.contains("the index was left as it was"))
    }
}
