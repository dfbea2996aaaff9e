import Foundation
import GRDB
import GlossaryTestSupport
import Testing
import ZIPFoundation

@testable import GlossaryInterchange
@testable import GlossaryModel

/// What the exporters write, checked without the external readers (the CI script
/// `.ci/checks/interchange.sh` runs those).
struct ExportTests {
    let kb: KnowledgeBase

    init() throws { kb = try InterchangeSupport.load(InterchangeSupport.fixtureContent) }

    @Test func tbxIsTBXBasicDCA() throws {
        let tbx = TBXExporter(version: .v3).export(kb)
        #expect(tbx.contains("<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"fr\" xmlns=\"urn:iso:std:iso:30042:ed-2\">"))
        #expect(tbx.contains("<termNote type=\"administrativeStatus\">supersededTerm-admn-sts</termNote>")) // obsolete SSII
        #expect(tbx.contains("<hi type=\"entailedTerm\" target=\"externalisation\">Externalisation</hi>"))
        #expect(tbx.contains("<ref type=\"crossReference\" target=\"externalisation\">broader: "))
        let root = try XMLTree.parse(Data(tbx.utf8), path: "kb.tbx")
        #expect(root.name == "tbx")
        let v2 = TBXExporter(version: .v2).export(kb)
        #expect(v2.contains("<martif type=\"TBX-Basic\" xml:lang=\"fr\">") && v2.contains("<tig>") && v2.contains("<termEntry id=\"esn\">"))
    }

    @Test func xmlIDsNeverStartWithADigit() {
        #expect(TBXExporter.xmlID("3d") == "_3d")
        #expect(TBXExporter.xmlID("esn") == "esn")
        #expect(ImportAssembler.clean("_3d") == "3d")
    }

    @Test func csvHasOneRowPerTerm() throws {
        let csv = CSVExporter().export(kb)
        let records = try CSVTable.parse(csv, path: "kb.csv")
        let terms = kb.concepts.reduce(0) { $0 + $1.fr.terms.count + $1.en.terms.count }
        #expect(records.count == terms + 1)
        #expect(Array(records[0].fields.prefix(8)) == ["concept", "language", "term", "status", "type", "gender", "definition", "domain"])
        #expect(csv.hasSuffix("\r\n"))
    }

    @Test func skosRelationsAreSymmetricAndNeverBothRelatedAndHierarchical() {
        let ttl = SKOSExporter().export(kb)
        /// The statements about one concept, up to the " ." that ends them.
        func block(_ id: String) -> String {
            guard let start = ttl.range(of: "c:\(id) a skos:Concept") else { return "" }
            let rest = ttl[start.lowerBound...]
            return String(rest[..<(rest.range(of: " .\n")?.lowerBound ?? rest.endIndex)])
        }
        // coeur-de-metier says related externalisation; externalisation says it back.
        #expect(block("coeur-de-metier").contains("skos:related c:externalisation"))
        #expect(block("externalisation").contains("skos:related c:coeur-de-metier"))
        // externalisation lists infogerance as related, but infogerance is narrower: hierarchy only.
        #expect(block("externalisation").contains("skos:narrower c:infogerance"))
        #expect(block("infogerance").contains("skos:broader c:externalisation"))
        #expect(!block("externalisation").contains("skos:related c:infogerance"))
        #expect(!block("infogerance").contains("skos:related c:externalisation"))
        // Every related pair is stated both ways.
        for concept in kb.concepts {
            for line in block(concept.id).components(separatedBy: "\n") where line.contains("skos:related c:") {
                let other = line.components(separatedBy: "skos:related c:")[1].trimmingCharacters(in: CharacterSet(charactersIn: " ;"))
                #expect(block(other).contains("skos:related c:\(concept.id)"), "\(concept.id) → \(other)")
            }
        }
    }

    @Test func skosHasOnePrefLabelPerLanguage() {
        let ttl = SKOSExporter().export(kb)
        #expect(ttl.contains("c:esn a skos:Concept"))
        #expect(ttl.components(separatedBy: "skos:prefLabel \"ESN\"@fr").count == 2)
        #expect(ttl.contains("skos:hiddenLabel \"SSII\"@fr"))
        #expect(ttl.contains("skos:altLabel \"gérance de l'informatique\"@fr"))
        #expect(Turtle.string("a \"b\" \\ c\nd") == "\"a \\\"b\\\" \\\\ c\\nd\"")
    }

    @Test func jsonIsStableAndComplete() throws {
        let first = try KnowledgeBaseJSON.data(kb)
        #expect(try KnowledgeBaseJSON.data(kb) == first)
        let decoded = try JSONDecoder().decode(KnowledgeBaseJSON.self, from: first)
        #expect(decoded.concepts.map(\.concept) == kb.concepts)
        #expect(decoded.domains == kb.domains)
        #expect(decoded.concepts.first { $0.concept.id == "externalisation" }?.narrower.contains("infogerance") == true)
    }

    @Test func ankiPackageHoldsACollection() throws {
        let data = try AnkiExporter(now: Date(timeIntervalSince1970: 1_800_000_000)).export(kb)
        let folder = TestScratch.path("anki-test")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let apkg = folder.appendingPathComponent("kb.apkg")
        try data.write(to: apkg)
        let archive = try Archive(url: apkg, accessMode: .read)
        #expect(Set(archive.map(\.path)) == ["collection.anki2", "media"])
        _ = try archive.extract(try #require(archive["collection.anki2"]), to: folder.appendingPathComponent("c.anki2"))
        let db = try DatabaseQueue(path: folder.appendingPathComponent("c.anki2").path)
        let (notes, cards, guid, tags, version) = try db.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM notes"),
                try Int.fetchOne(db, sql: "SELECT count(*) FROM cards"),
                try String.fetchOne(db, sql: "SELECT guid FROM notes WHERE flds LIKE '%' || char(31) || 'esn'"),
                try String.fetchOne(db, sql: "SELECT tags FROM notes WHERE guid = 'glossary/esn'"),
                try Int.fetchOne(db, sql: "SELECT ver FROM col")
            )
        }
        #expect(notes == kb.concepts.count)
        #expect(cards == kb.concepts.count * 2)
        #expect(guid == "glossary/esn")
        #expect(tags == " acteurs ")
        #expect(version == 11)
        try db.close()
    }

    @Test func sha1MatchesKnownDigest() {
        let hex = SHA1.digest(Array("abc".utf8)).map { String(format: "%02x", $0) }.joined()
        #expect(hex == "a9993e364706816aba3e25717850c26c9cd0d89d")
    }
}
