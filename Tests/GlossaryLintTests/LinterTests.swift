import Foundation
import GlossaryModel
import Testing

@testable import GlossaryLint

/// `glossary lint` over documents written for the tests, against a small knowledge base of
/// concepts with obsolete, deprecated, ambiguous and authority-flagged terms.
@Suite("Lint")
struct LinterTests {
    static let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")
    static let concepts: [Concept] = {
        let result = try! ContentLoader(directory: fixtures.appendingPathComponent("content").path).load()
        precondition(result.isValid, "\(result.diagnostics)")
        return result.knowledgeBase.concepts
    }()

    func lint(_ name: String, _ options: Linter.Options = Linter.Options()) throws -> [LintFinding] {
        let url = Self.fixtures.appendingPathComponent("documents/\(name)")
        let bytes = Array(try Data(contentsOf: url))
        return Linter(concepts: Self.concepts, options: options).lint(bytes, file: name, format: DocumentFormat(path: name))
    }

    func positions(_ findings: [LintFinding]) -> [String] {
        findings.map { "\($0.line):\($0.column) \($0.concept) \($0.text.split(whereSeparator: \.isWhitespace).joined(separator: " "))" }
    }

    @Test("Markdown: every expected finding, nothing in front matter, code, link addresses or attributes")
    func markdownFindings() throws {
        let found = try lint("rapport.md")
        #expect(
            positions(found) == [
                "6:7 esn SSII",
                "6:35 transformation-numerique digitalisation",
                "7:7 transformation-numerique Transformation digitale",
                "10:5 esn SSII",
                "10:17 esn sociétés de services et d'ingénierie informatique",
                "20:21 plan-assurance-securite PAS"
            ])
        #expect(found[0].message == "« SSII » est un terme obsolète ; employez « ESN » / « entreprise de services du numérique » [esn]")
        #expect(found[0].endColumn == 11)
        #expect(found[2].endLine == 8 && found[2].message.contains("« Transformation digitale »"))
        // Written with a capital in the text, a multi-word term still suggests the preferred term.
        #expect(found[4].suggestions == ["entreprise de services du numérique", "ESN"])
    }

    @Test("HTML: prose only; an ambiguous form needs its concept named in the paragraph; --authority")
    func htmlFindings() throws {
        #expect(positions(try lint("note.html")) == ["5:43 cloud-computing cloud", "6:59 transformation-numerique digitalisation"])
        let strict = try lint("note.html", Linter.Options(authority: true))
        #expect(positions(strict) == ["5:43 cloud-computing cloud", "6:41 infogerance infogérance", "6:59 transformation-numerique digitalisation"])
        #expect(strict[1].message == "« infogérance » n'est pas recommandé par FranceTerme (INFO711) ; employez « gérance de l'informatique » [infogerance]")
        #expect(strict[1].rule == .authority && strict[1].status == "notRecommended")
        #expect(strict[0].message == "“cloud” is deprecated; use “cloud computing” [cloud-computing]")
    }

    @Test("correct text gives no finding, in both languages, even with --authority")
    func cleanText() throws {
        for name in ["propre.md", "clean.txt"] {
            #expect(try lint(name, Linter.Options(authority: true)).isEmpty, "\(name)")
        }
    }

    @Test("--min-status obsolete keeps obsolete terms only; --lang forces the language")
    func strictnessAndLanguage() throws {
        #expect(try lint("rapport.md", Linter.Options(minStatus: .obsolete)).map(\.concept) == ["esn", "esn", "esn"])
        #expect(try lint("rapport.md", Linter.Options(language: .en)).isEmpty)
    }

    @Test("whole words only; an acronym that is an ordinary word matches only in capitals; acronyms do not inflect")
    func wordsAndAcronyms() {
        let linter = Linter(concepts: Self.concepts)
        func found(_ text: String) -> [String] {
            linter.lint(Array(text.utf8), file: "t", format: .text).map(\.text)
        }
        #expect(found("Je ne sais pas si le PAS est prêt.") == ["PAS"])
        #expect(found("Les ASSII, les SSIIX et les SSIIs de la ville.") == ["SSIIs"])
        #expect(found("La société a choisi la digitalisation et les digitalisations.") == ["digitalisation", "digitalisations"])
        #expect(found("L’infogérance et la transformation numérique de la SSII.") == ["SSII"])
        #expect(found("La DIGITALISATION et la Digitalisation.") == ["DIGITALISATION", "Digitalisation"])
    }

    @Test("--fix: preferred term, case pattern, plural, French article agreement; fixing twice changes nothing")
    func fixing() throws {
        let linter = Linter(concepts: Self.concepts)
        let text = """
            La SSII a lancé la digitalisation. Une SSII et le PAS. Les sociétés de services et d'ingénierie informatique.
            DIGITALISATION partout.

            """
        let bytes = Array(text.utf8)
        let findings = linter.lint(bytes, file: "t.txt", format: .text)
        let edits = LintFixer.edits(bytes, findings: findings, concepts: Self.concepts)
        let fixed = String(decoding: LintFixer.apply(edits, to: bytes), as: UTF8.self)
        #expect(
            fixed == """
                L'ESN a lancé la transformation numérique. Une ESN et le plan d'assurance sécurité. Les entreprises de services du numérique.
                TRANSFORMATION NUMÉRIQUE partout.

                """)
        let again = Array(fixed.utf8)
        #expect(linter.lint(again, file: "t.txt", format: .text).isEmpty)
        let diff = UnifiedDiff.make(old: bytes, edits: edits, path: "t.txt")
        #expect(diff.hasPrefix("--- t.txt\n+++ t.txt\n@@ -1,2 +1,2 @@\n-La SSII a lancé"))
        #expect(diff.contains("\n+TRANSFORMATION NUMÉRIQUE partout.\n"))
    }

    @Test(arguments: [
        ("la ", Gender.f, "ESN", "l'"), ("le ", .m, "informatique", "l'"), ("l'", .f, "transformation", "la"),
        ("du ", .f, "gérance", "de la"), ("Le ", .f, "gérance", "La"), ("l’", .m, "plan", "le"), ("au ", .f, "ESN", "à l'")
    ])
    func articleAgreement(article: String, gender: Gender, word: String, expected: String) {
        #expect(LintFixer.agree(article, gender: gender, before: word) == expected)
    }

    @Test func articleLeftAloneWhenItCannotBeTold() {
        #expect(LintFixer.agree("le ", gender: .m, before: "hébergement") == nil)
        #expect(LintFixer.agree("la ", gender: .f, before: "gérance") == nil)
    }

    @Test("JSON and SARIF carry every finding")
    func reports() throws {
        let found = try lint("rapport.md")
        let json = try JSONEncoder().encode(found)
        let decoded = try JSONDecoder().decode([LintFinding].self, from: json)
        #expect(decoded.map(\.line) == found.map(\.line) && decoded.map(\.concept) == found.map(\.concept))
        let object = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(SARIFLog(findings: found, toolVersion: "1"))) as? [String: Any]
        #expect(object?["version"] as? String == "2.1.0")
        let runs = object?["runs"] as? [[String: Any]]
        #expect((runs?.first?["results"] as? [Any])?.count == found.count)
    }

    @Test("any bytes: invalid UTF-8, control characters, unclosed markup, deep nesting; no crash")
    func hostileInput() {
        let linter = Linter(concepts: Self.concepts)
        var generator = SystemRandomNumberGenerator()
        let samples: [[UInt8]] =
            [
                [0xFF, 0xFE, 0x53, 0x53, 0x49, 0x49, 0xC3], Array("<<<<<<SSII".utf8), Array(String(repeating: "`", count: 999).utf8),
                Array(("SSII " + String(repeating: "[", count: 5000) + "](" + String(repeating: "(", count: 5000)).utf8),
                Array("<!-- SSII".utf8), Array("\u{0}\u{1B}[31mSSII\u{7}".utf8)
            ] + (0..<50).map { _ in (0..<300).map { _ in UInt8.random(in: 0...255, using: &generator) } }
        for sample in samples {
            for format in DocumentFormat.allCases { _ = linter.lint(sample, file: "x", format: format) }
        }
        #expect(linter.lint(Array("\u{0}SSII\u{7}".utf8), file: "x", format: .text).count == 1)
    }
}
