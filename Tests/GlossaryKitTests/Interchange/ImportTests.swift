import Foundation
import Testing

@testable import GlossaryInterchange
@testable import GlossaryModel

/// Importing files from other tools: nothing dropped silently, valid unique ids, positions
/// for malformed input, and all or nothing.
struct ImportTests {
    let domains = [Domain(id: "modeles", fr: .init(name: "Modèles d'externalisation"), en: .init(name: "Outsourcing models"))]

    func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: InterchangeSupport.interchangeFixtures + "/" + name))
    }

    @Test func ltacExampleImports() throws {
        let result = try TBXImporter(domains: domains).read(try fixture("Example_Astronomy_DCA_VALID.tbx"), path: "ltac.tbx")
        // 45 entries, 6 of them in Zulu only: left out, since the glossary holds French and English.
        #expect(result.concepts.count == 39)
        #expect(result.warnings.contains { $0.hasPrefix("6 entries have no term in French or English and were left out (c17, c18, c19, c20, c22, c40)") })
        #expect(!result.concepts.contains { $0.id == "c20" })
        // Entries without a source cite the file they came from.
        #expect(
            result.concepts.first { $0.id == "c32" }?.sources == [
                Source(title: "ltac.tbx", note: "imported from this file; the entry names no source of its own")
            ])
        // Its Spanish definition is kept in a note with the source it cites.
        #expect(
            result.concepts.first { $0.id == "c32" }?.en.notes.contains {
                $0.hasPrefix("[es] terms: estrella de neutrones") && $0.hasSuffix("(source: http://www.astroasa.com.ar/diccionario_astro.htm)")
            } == true)
        let first = try #require(result.concepts.first)
        #expect(first.id == "c1")
        #expect(first.en.terms.map(\.text) == ["open cluster", "galactic cluster"])
        #expect(first.en.terms.map(\.status) == [.preferred, .obsolete])
        #expect(first.en.definition == "A group of stars formed together in the spiral arms of a galaxy.")
        #expect(first.en.examples.count == 2)
        #expect(first.en.notes.contains { $0.hasPrefix("[es] terms: cúmulo abierto") })
        #expect(first.sources.map(\.title) == ["Oxford2007"])
        // Spanish and Zulu sections are kept and counted, transactions reported as left out.
        #expect((result.foreign.counts["language 'es'"] ?? 0) == 39)
        #expect((result.foreign.counts["language 'zu'"] ?? 0) == 6)
        #expect((result.foreign.ignored["transaction record (transacGrp)"] ?? 0) == 316)
        // Named as the file spells them, with the id the concepts use.
        #expect(
            result.warnings.contains {
                $0.contains("subject field(s) not in domains.yaml: General (general), Stellar Birth (stellar-birth), Stellar Death (stellar-death);")
            }, "\(result.warnings)")
        // Every concept can be written as a concept file the content reader accepts.
        for concept in result.concepts {
            let (parsed, _, _) = ConceptFile.parse(try ConceptYAML.text(concept), path: "\(concept.id).yaml")
            #expect(parsed == concept) // English only: the file still reads back the same
        }
    }

    @Test func unknownValuesAreKeptAndCounted() throws {
        let result = try TBXImporter(domains: domains).read(try fixture("iate-like.tbx"), path: "iate.tbx")
        let concept = try #require(result.concepts.first { $0.id == "iate-3512345" })
        #expect(concept.domains == ["modeles"]) // matched by the domain's French name
        #expect(concept.fr.terms[0].note == "reliabilityCode: 3")
        #expect(concept.fr.terms[1].status == .admitted)
        #expect(concept.fr.terms[1].note == "administrativeStatus: proposedTerm-admn-sts")
        #expect(concept.en.terms[0].note == "grammaticalGender: neuter")
        #expect(concept.en.notes == ["[de] terms: IT-Outsourcing (preferredTerm-admn-sts)"])
        #expect(result.foreign.total == 4)
        #expect(result.warnings.first?.contains("kept 4 value(s)") == true)
    }

    @Test func idsBecomeUniqueSlugs() throws {
        let result = try TBXImporter(domains: domains).read(try fixture("iate-like.tbx"), path: "iate.tbx")
        #expect(result.concepts.map(\.id) == ["iate-3512345", "foo", "foo-bar"])
        // Terms without status: the first becomes preferred, the others admitted.
        let foo = result.concepts[1]
        #expect(foo.fr.terms.map(\.status) == [.preferred, .admitted])
        #expect(foo.fr.terms.allSatisfy { $0.note == nil })

        let csv =
            "concept,language,term,status\r\nSame Id,fr,un,preferred\r\nSame Id,en,one,preferred\r\nsame-id,fr,deux,preferred\r\nsame-id,en,two,preferred\r\n_3d,fr,trois,preferred\r\n"
        let ids = try CSVImporter(domains: domains).read(Data(csv.utf8), path: "x.csv").concepts.map(\.id)
        #expect(ids == ["un", "same-id", "3d"])
        #expect(Set(ids).count == ids.count)
    }

    @Test func collidingSlugsGetSuffixes() throws {
        let csv = "concept,language,term,status\nA B,fr,x,preferred\nA-B!,fr,y,preferred\nA  b,fr,z,preferred\n"
        let ids = try CSVImporter(domains: domains).read(Data(csv.utf8), path: "x.csv").concepts.map(\.id)
        #expect(ids == ["x", "y", "z"])
        let tbx = """
            <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader><fileDesc><sourceDesc><p/></sourceDesc></fileDesc></tbxHeader><text><body>
            <conceptEntry id="dup"><langSec xml:lang="en"><termSec><term>a</term></termSec></langSec></conceptEntry>
            <conceptEntry id="dup2"><langSec xml:lang="en"><termSec><term>b</term></termSec></langSec></conceptEntry>
            <conceptEntry id="x_dup"><ref type="crossReference" target="dup">related: a</ref><langSec xml:lang="en"><termSec><term>dup</term></termSec></langSec></conceptEntry>
            </body></text></tbx>
            """
        let concepts = try TBXImporter(domains: []).read(Data(tbx.utf8), path: "x.tbx").concepts
        #expect(concepts.map(\.id) == ["dup", "dup2", "dup-2"])
        #expect(concepts[2].related == ["dup"])
    }

    @Test func malformedXMLHasAPosition() {
        let xml = "<tbx>\n  <text>\n    <body>\n  </text>\n</tbx>\n"
        #expect {
            try TBXImporter(domains: []).read(Data(xml.utf8), path: "bad.tbx")
        } throws: { error in
            guard case ImportError.malformedInput(let path, let line, _, let reason) = error else { return false }
            return path == "bad.tbx" && line == 4 && reason.contains("malformed XML")
        }
        #expect(throws: ImportError.self) { try TBXImporter(domains: []).read(Data("<html/>".utf8), path: "x") }
    }

    @Test func malformedCSVHasAPosition() {
        func position(_ csv: String) -> (Int, Int)? {
            do { _ = try CSVImporter(domains: []).read(Data(csv.utf8), path: "x.csv"); return nil } catch {
                if case .malformedInput(_, let line, let column, _) = error { return (line, column) }
                return nil
            }
        }
        #expect(position("concept,language,term\nx,fr,\"open\n\nmore\n") ?? (0, 0) == (2, 6))
        #expect(position("concept,language,term\nx,fr,a\"b\n") ?? (0, 0) == (2, 7))
        #expect(position("concept,language,term\nx,fr,\"a\"b\n") ?? (0, 0) == (2, 9))
        #expect(position("concept,language,term\nx,fr\n") ?? (0, 0) == (2, 1))
        #expect(position("concept,term\nx,a\n") ?? (0, 0) == (1, 1))
    }

    @Test func csvQuotingSurvivesCommasQuotesAndNewlines() throws {
        let fields = ["plain", "a,b", "say \"hi\"", "line\nbreak", "crlf\r\nbreak", " padded ", ""]
        let text = CSVTable.line(fields) + CSVTable.line(["x"])
        #expect(text.hasPrefix("plain,\"a,b\",\"say \"\"hi\"\"\",\"line\nbreak\""))
        let records = try CSVTable.parse(text, path: "x")
        #expect(records.map(\.fields) == [fields, ["x"]])
        #expect(records.map(\.line) == [1, 4])
    }

    @Test func xmlEscaping() {
        #expect(XML.escape("a & b < c > \"d\" 'e'") == "a &amp; b &lt; c &gt; \"d\" 'e'")
        #expect(XML.escape("\"q\"\n\t", attribute: true) == "&quot;q&quot;&#10;&#9;")
        #expect(XML.escape("bell\u{7}\r") == "bell&#13;")
    }

    @Test func importIsAllOrNothing() throws {
        let folder = try InterchangeSupport.temporaryContent()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let concepts = folder + "/concepts"
        let existing = InterchangeSupport.concept("existant")
        try ConceptYAML.text(existing).write(toFile: concepts + "/existant.yaml", atomically: true, encoding: .utf8)
        var changed = existing
        changed.en.definition = "Changed."
        let same = InterchangeSupport.concept("existant")
        let new = InterchangeSupport.concept("nouveau")

        let refused = try ImportPlan(concepts: [new, changed], directory: concepts, overwrite: false)
        #expect(refused.items.map(\.action) == [.create, .conflict])
        #expect(throws: ImportError.wouldOverwrite([concepts + "/existant.yaml"])) { try refused.apply() }
        #expect(!FileManager.default.fileExists(atPath: concepts + "/nouveau.yaml"))

        let unchanged = try ImportPlan(concepts: [same], directory: concepts, overwrite: false)
        #expect(unchanged.items.map(\.action) == [.skip])

        let allowed = try ImportPlan(concepts: [new, changed], directory: concepts, overwrite: true)
        #expect(allowed.items.map(\.action) == [.create, .update])
        try allowed.apply()
        let text = try String(contentsOfFile: concepts + "/existant.yaml", encoding: .utf8)
        #expect(text.contains("Changed."))
        #expect(try FileManager.default.contentsOfDirectory(atPath: concepts).sorted() == ["existant.yaml", "nouveau.yaml"])
    }
}
