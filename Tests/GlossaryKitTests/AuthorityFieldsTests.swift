import Foundation
import Testing

@testable import GlossaryInterchange
@testable import GlossaryModel

/// The fields that align an entry with the terminology authorities (record ids and dates on
/// sources; geographical usage, register and authority verdicts on terms) and the learners'
/// own phrasings (`keywords`): read, checked, kept by the index and written back.
@Suite("Authority fields and keywords")
struct AuthorityFieldsTests {
    static let full = """
        id: t-full
        domains: [modeles]
        related: [externalisation]
        fr:
          terms:
            - text: gérance informatique test
              status: preferred
              gender: f
              pos: noun
              register: technical
              geo: [fr-FR, fr-BE]
              authority:
                - { by: FranceTerme, verdict: notRecommended, record: INFO711 }
            - { text: gérance test, status: admitted, gender: f, pos: noun,
                authority: [{ by: FranceTerme, verdict: recommended, record: INFO711 }] }
          definition: "Définition."
          keywords: [confier son informatique à un prestataire, "qui gère mes serveurs ?"]
        en:
          terms:
            - { text: IT test outsourcing, status: preferred, pos: noun, geo: [en-GB, en-US] }
          definition: "Definition."
          keywords: [someone else runs our IT]
        sources:
          - { title: gérance de l'informatique, publisher: FranceTerme, id: INFO711, date: 2000-03-12,
              url: "https://www.culture.fr/franceterme/terme/INFO711" }
        """

    func load(_ name: String, _ yaml: String) throws -> (Concept?, [Diagnostic]) {
        let content = try TestContent()
        defer { content.cleanUp() }
        try content.write(name, yaml)
        let result = try content.load()
        return (result.knowledgeBase.concept(name), result.diagnostics.filter { $0.path.hasSuffix("/\(name).yaml") })
    }

    @Test func everyFieldIsRead() throws {
        let (concept, diagnostics) = try load("t-full", Self.full)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let c = try #require(concept)
        let term = c.fr.terms[0]
        #expect(term.register == .technical)
        #expect(term.geo == ["fr-FR", "fr-BE"])
        #expect(term.authority == [AuthorityVerdict(by: "FranceTerme", verdict: .notRecommended, record: "INFO711")])
        #expect(c.fr.terms[1].authority.first?.verdict == .recommended)
        #expect(c.en.terms[0].geo == ["en-GB", "en-US"])
        #expect(c.fr.keywords == ["confier son informatique à un prestataire", "qui gère mes serveurs ?"])
        #expect(c.sources[0].id == "INFO711" && c.sources[0].date == "2000-03-12")
    }

    @Test(arguments: [
        ("geo: [FR]", "not a region of"),
        ("geo: [en-GB]", "not a region of"),
        ("geo: [fr-ca]", "not a region of"),
        ("register: jargon", "not a valid register"),
        ("authority: [{ by: FranceTerme, verdict: bof, record: INFO711 }]", "not a valid verdict"),
        ("authority: [{ by: FranceTerme, verdict: recommended, record: INFO999 }]", "'INFO999' is not the 'id' of any"),
        ("authority: [{ by: FranceTerme }]", "needs 'verdict'")
    ])
    func badTermFieldsAreReportedOnTheirLine(field: String, message: String) throws {
        // The first term with only `field` beside its text, status, gender and part of speech.
        let lines = Self.full.split(separator: "\n", omittingEmptySubsequences: false)
        let yaml = (lines[0..<9] + ["      \(field)"] + lines[13...]).joined(separator: "\n")
        let (_, diagnostics) = try load("t-full", yaml)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(field): \(diagnostics)")
        #expect(errors.first?.message.contains(message) == true, "\(field): \(diagnostics)")
        #expect((errors.first?.line ?? 0) >= 9)
    }

    @Test(arguments: ["2000-13-01", "12/03/2000", "20", "2000-3", "2000-03-32"])
    func aDateIsYearMonthDay(date: String) throws {
        let (_, diagnostics) = try load("t-full", Self.full.replacingOccurrences(of: "2000-03-12", with: date))
        #expect(diagnostics.contains { $0.severity == .error && $0.message.contains("is not a date") }, "\(date): \(diagnostics)")
    }

    @Test func anAuthoritySourceWithoutItsRecordIsAWarning() throws {
        let yaml = Self.full
            .replacingOccurrences(of: "id: INFO711, ", with: "")
            .replacingOccurrences(of: "record: INFO711", with: "record: X")
        let (_, diagnostics) = try load("t-full", yaml)
        #expect(diagnostics.contains { $0.severity == .warning && $0.message.contains("names its record") }, "\(diagnostics)")
    }

    @Test func theIndexKeepsEveryField() throws {
        let content = try TestContent()
        defer { content.cleanUp() }
        try content.write("t-full", Self.full)
        let loaded = try #require(try content.load().knowledgeBase.concept("t-full"))
        let stored = try content.index().concept("t-full")
        #expect(stored == loaded)
    }

    @Test func writtenBackAsAConceptFileItReadsTheSame() throws {
        let (concept, _) = try load("t-full", Self.full)
        let original = try #require(concept)
        let yaml = try ConceptYAML.text(original)
        let (again, diagnostics) = try load("t-full", yaml)
        #expect(diagnostics.isEmpty, "\(diagnostics)\n\(yaml)")
        #expect(again == original, "\(yaml)")
    }

    @Test func jsonKeepsEveryFieldAndLeavesEmptyOnesOut() throws {
        let (concept, _) = try load("t-full", Self.full)
        let original = try #require(concept)
        let data = try JSONEncoder().encode(original)
        #expect(try JSONDecoder().decode(Concept.self, from: data) == original)
        let plain = Term(text: "x", status: .preferred)
        let json = String(decoding: try JSONEncoder().encode(plain), as: UTF8.self)
        #expect(!json.contains("geo") && !json.contains("authority"))
        #expect(try JSONDecoder().decode(Term.self, from: Data(#"{"text":"x","status":"admitted"}"#.utf8)).geo == [])
    }

    @Test func tbxAndCSVCarryEveryFieldBack() throws {
        let content = try TestContent()
        defer { content.cleanUp() }
        try content.write("t-full", Self.full)
        try RoundTripTests().roundTrip(content.content)
        let kb = try InterchangeSupport.load(content.content)
        let tbx = String(decoding: try Exporter.data(kb, format: .tbx), as: UTF8.self)
        #expect(tbx.contains(#"<termNote type="geographicalUsage">fr-BE</termNote>"#))
    }
}
