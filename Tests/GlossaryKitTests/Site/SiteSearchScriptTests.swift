import Foundation
import Testing

@testable import GlossaryModel

let nodePath: String? = ["/usr/bin/node", "/usr/local/bin/node", "/usr/bin/nodejs"].first { FileManager.default.isExecutableFile(atPath: $0) }

/// Runs Site/assets/search.js under Node (skipped when `node` is not installed; the browser
/// test in Tests/Browser covers the same ground in Chromium).
@Suite("Site search script", .enabled(if: nodePath != nil, "node is not installed"))
struct SiteSearchScriptTests {
    static var node: String? { nodePath }

    struct Response: Decodable {
        struct Search: Decodable {
            var query: String; var ids: [String]; var corrected: String?
            var unnamed: [String]?; var seeAlso: [String]
        }
        var fold: [String]
        var search: [Search]
        /// Whether search.js takes each `known` word for correctly spelt French or English.
        var known: [Bool]
        /// Index files the script asked for that do not exist (a browser's failed loads).
        var missing: [String]
    }

    func run(site: URL, fold: [String] = [], search: [String] = [], known: [String] = []) throws -> Response {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.node!)
        process.arguments = [SiteTestSupport.repository.appendingPathComponent("Tests/Browser/search-node.js").path, site.path]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(try JSONSerialization.data(withJSONObject: ["fold": fold, "search": search, "known": known]))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try JSONDecoder().decode(Response.self, from: data)
    }

    @Test("the script folds text exactly as TextFolding does")
    func foldParity() throws {
        let (out, _) = try SiteTestSupport.build(SiteTestSupport.richContent)
        let kb = try SiteTestSupport.knowledgeBase(SiteTestSupport.richContent)
        var texts = kb.concepts.flatMap { c in Language.allCases.flatMap { c[$0].terms.map(\.text) } }
        texts += [
            "INFOGÉRANCE", "infoge\u{301}rance", "Cœur de MÉTIER", "ÆGIS", "l’externalisation", "sous--traitance ",
            "Straße", "ＦＵＬＬ", "e-commerce", "« tierce maintenance »", "Ça va", "naïveté", "Øresund", "12 % SLA"
        ]
        let response = try run(site: out, fold: texts)
        for (text, folded) in zip(texts, response.fold) {
            #expect(folded == TextFolding.fold(text), "\(text)")
        }
    }

    @Test("the script ranks like the CLI: exact first, prefixes, old names, acronyms, typos, ligatures")
    func ranking() throws {
        let (out, _) = try SiteTestSupport.build(SiteTestSupport.richContent)
        let response = try run(
            site: out,
            search: [
                "infogerence", "INFOGÉRANCE", "infog", "SSII", "ssii", "reseua", "coeur de metier",
                "cœur", "sous traitance", "soustraitance", "TMA", "offshore", "x", "zzzzzz"
            ])
        let first = Dictionary(uniqueKeysWithValues: response.search.map { ($0.query, $0.ids.first) })
        #expect(first["infogerence"] == "infogerance")
        #expect(response.search[0].corrected != nil)
        #expect(first["INFOGÉRANCE"] == "infogerance")
        #expect(first["infog"] == "infogerance")
        #expect(first["SSII"] == "esn")
        #expect(first["ssii"] == "esn")
        #expect(first["coeur de metier"] == "coeur-de-metier")
        #expect(first["cœur"] == "coeur-de-metier")
        #expect(first["sous traitance"] == "sous-traitance")
        #expect(first["soustraitance"] == "sous-traitance")
        #expect(first["TMA"] == "tma")
        #expect(first["offshore"] == "offshore")
        #expect(first["x"] == .some(nil))
        #expect(first["zzzzzz"] == .some(nil))
        let fixture = try SiteTestSupport.build(SiteTestSupport.fixtureContent).0
        #expect(try run(site: fixture, search: ["reseua"]).search[0].ids.first == "reseau")
    }
}
