import Foundation
import Testing

@testable import GlossaryInterchange
@testable import GlossaryModel

/// A concept with terms in one language only and no definition (the shape LTAC's TBX-Basic
/// example imports as) keeps every field through TBX v3, TBX v2 and CSV, including what its
/// termless language holds (notes, examples, keywords, its side of a contrast); JSON carries
/// it whole; SKOS carries every source field as text.
struct OneLanguageRoundTripTests {
    /// English terms only, no definition, every other field set; French: no term, but notes,
    /// an example, keywords and its side of the contrast.
    static func englishOnly() -> Concept {
        let sources = [
            Source(
                title: "Glossary of outsourcing", publisher: "Some Publisher", url: "https://example.org/rec-12",
                seed: "seed text", note: "The term and its abbreviation.", id: "rec-12", date: "2020-01-02"),
            Source(title: "Second source", publisher: "Other")
        ]
        return Concept(
            id: "offshore-delivery-centre", domains: ["modeles"], broader: ["base"], related: ["other"],
            contrasts: [Contrast(with: "other", fr: "Le [[other]] est en France.", en: "An [[other]] is onshore.")],
            fr: LanguageSection(
                terms: [], definition: "", notes: ["Une note sans terme, voir [[other]]."], examples: ["Un exemple."],
                keywords: ["mot-clé"]),
            en: LanguageSection(
                terms: [
                    Term(
                        text: "offshore delivery centre", status: .preferred, pos: .noun, note: "Mostly British spelling.",
                        geo: ["en-GB"], register: .technical,
                        authority: [AuthorityVerdict(by: "IATE", verdict: .admitted, record: "rec-12")]),
                    Term(text: "ODC", status: .deprecated, type: .abbreviation, pos: .noun)
                ],
                definition: "", notes: ["A note in English."], examples: ["The firm opened an offshore delivery centre in Pune."],
                keywords: ["centre abroad"]),
            sources: sources)
    }

    static func knowledgeBase() -> KnowledgeBase {
        let other = Concept(
            id: "other", domains: ["modeles"], related: ["offshore-delivery-centre"],
            fr: LanguageSection(terms: [Term(text: "centre de services", status: .preferred, gender: .m, pos: .noun)], definition: ""),
            en: LanguageSection(terms: [], definition: ""), sources: [Source(title: "FranceTerme", publisher: "DGLFLF")])
        let base = InterchangeSupport.concept("base")
        return KnowledgeBase(
            concepts: [base, englishOnly(), other], domains: [Domain(id: "modeles", fr: .init(name: "M"), en: .init(name: "M"))])
    }

    @Test(arguments: [(ExportFormat.tbx, ImportFormat.tbx), (.tbx2, .tbx2), (.csv, .csv)])
    func everyFieldComesBack(_ formats: (ExportFormat, ImportFormat)) throws {
        let kb = Self.knowledgeBase()
        let data = try Exporter.data(kb, format: formats.0)
        let result = try InterchangeSupport.importer(formats.1, kb.domains)(data, "kb")
        #expect(result.warnings.isEmpty, "\(formats.0): \(result.warnings)")
        let imported = try #require(result.concepts.first { $0.id == "offshore-delivery-centre" })
        let original = Self.englishOnly()
        #expect(imported.sources == original.sources, "\(formats.0)")
        #expect(imported.fr == original.fr, "\(formats.0)")
        #expect(imported.en == original.en, "\(formats.0)")
        #expect(imported.contrasts == original.contrasts, "\(formats.0)")
        #expect(imported == original, "\(formats.0)")
        #expect(result.concepts.sorted { $0.id < $1.id } == kb.concepts, "\(formats.0)")
    }

    @Test func theTBXStaysValidTBXBasic() throws {
        let tbx = String(decoding: try Exporter.data(Self.knowledgeBase(), format: .tbx), as: UTF8.self)
        // No language section without a term; the French fields at entry level, marked.
        #expect(!tbx.contains("<langSec xml:lang=\"fr\">\n          <note>Une note"))
        #expect(tbx.contains("<note xml:lang=\"fr\">keyword: mot-clé</note>"))
        #expect(tbx.contains("<note xml:lang=\"fr\">example: Un exemple.</note>"))
        let entry = try #require(tbx.range(of: "<conceptEntry id=\"offshore-delivery-centre\">"))
        let rest = tbx[entry.upperBound...]
        let end = try #require(rest.range(of: "</conceptEntry>"))
        #expect(rest[..<end.lowerBound].components(separatedBy: "<langSec").count == 2)
    }

    @Test func jsonAndSKOSCarryEverySource() throws {
        let kb = Self.knowledgeBase()
        let json = try #require(
            try JSONSerialization.jsonObject(with: try Exporter.data(kb, format: .json)) as? [String: Any])
        let concepts = try #require(json["concepts"] as? [[String: Any]])
        let concept = try #require(concepts.first { $0["id"] as? String == "offshore-delivery-centre" })
        let sources = try #require(concept["sources"] as? [[String: Any]])
        #expect(sources.count == 2)
        #expect(sources[0]["id"] as? String == "rec-12" && sources[0]["date"] as? String == "2020-01-02")
        #expect(sources[0]["note"] as? String == "The term and its abbreviation.")
        let french = try #require(concept["fr"] as? [String: Any])
        #expect(french["keywords"] as? [String] == ["mot-clé"])
        #expect(french["examples"] as? [String] == ["Un exemple."])
        let skos = String(decoding: try Exporter.data(kb, format: .skos), as: UTF8.self)
        #expect(
            skos.contains(
                "dct:source \"Some Publisher, Glossary of outsourcing, rec-12, 2020-01-02, https://example.org/rec-12. The term and its abbreviation.\""
            ))
        #expect(skos.contains("dct:source \"Other, Second source\""))
        #expect(skos.contains("skos:scopeNote \"Une note sans terme, voir centre de services.\"@fr"))
    }
}
