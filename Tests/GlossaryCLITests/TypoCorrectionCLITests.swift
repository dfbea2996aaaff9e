import Foundation
import Testing

/// Issue 17, "typo correction that cannot mislead", through the binary on the shipped content:
/// a typo of a term's word is corrected to that term (it is no French or English word, however
/// close to one by its stem), a correctly spelt word is never replaced.
@Suite(
    "CLI: typos corrected, real words kept",
    .enabled(
        if: ["/usr/share/hunspell/fr.dic", "/usr/share/hunspell/en_US.dic"].allSatisfy { FileManager.default.fileExists(atPath: $0) },
        "hunspell-fr and hunspell-en-us are not installed"))
final class TypoCorrectionCLITests: Sendable {
    let cache: URL
    let shipped: [String]

    init() throws {
        cache = try CLIRunner.temporaryDirectory()
        shipped = ["--content", CLIRunner.root.appendingPathComponent("Content").path, "--index", cache.appendingPathComponent("shipped.sqlite").path]
    }

    deinit { try? FileManager.default.removeItem(at: cache) }

    /// The JSON answer to `query`: the corrected query, the unnamed words, the concepts' ids.
    func search(_ query: String) throws -> (corrected: String?, unnamed: [String], ids: [String]) {
        let out = try CLIRunner.run(["search", "--json", "--limit", "5", query] + shipped)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any], "\(out.stderr)")
        let results = object["results"] as? [[String: Any]] ?? []
        return (object["corrected"] as? String, object["unnamed"] as? [String] ?? [], results.compactMap { $0["id"] as? String })
    }

    /// Typos the earlier rule (an entry's Snowball stem) took for real words, so the answer was
    /// "no concept is named so": each is corrected, the meant concept among the results.
    @Test(
        "a typo is corrected to the term it misspells",
        arguments: [
            ("comtié", "comité", "comite-pilotage"), ("libretés", "libertés", "loi-informatique-libertes"),
            ("odering", "ordering", "donneur-ordre"), ("intégation", "intégration", "siam"), ("clint", "client", "centre-appels")
        ])
    func typoCorrected(_ query: String, _ corrected: String, _ id: String) throws {
        let answer = try search(query)
        #expect(answer.corrected == corrected && answer.unnamed.isEmpty, "\(answer)")
        #expect(answer.ids.contains(id), "\(answer.ids)")
    }

    @Test(
        "a correctly spelt word, inflected or typed without accents, is searched as typed",
        arguments: [
            ("relocalisation", "relocalisation"), ("libertés", "loi-informatique-libertes"), ("liberte", "loi-informatique-libertes"),
            ("reversibilite", "reversibilite"), ("onshoring", "onshore"), ("internalisation", "internalisation")
        ])
    func realWordKept(_ query: String, _ id: String) throws {
        let answer = try search(query)
        #expect(answer.corrected == nil && answer.ids.first == id, "\(answer)")
    }

    @Test("a real word that names no concept is said so, never replaced")
    func unnamedWord() throws {
        let answer = try search("Lille")
        #expect(answer.corrected == nil && answer.unnamed == ["Lille"], "\(answer)")
    }
}
