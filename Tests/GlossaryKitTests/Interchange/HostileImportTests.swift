import Foundation
import Testing

@testable import GlossaryInterchange
@testable import GlossaryModel

/// Hostile and large TBX files: no crash on depth, libxml2's errors in words, no size limit.
struct HostileImportTests {
    static func tbx(_ body: String) -> Data {
        Data(("<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\"><text><body>" + body + "</body></text></tbx>").utf8)
    }

    static func entry(_ id: String, _ note: String = "") -> String {
        "<conceptEntry id=\"\(id)\"><langSec xml:lang=\"en\"><termSec><term>\(id) term</term></termSec></langSec>\(note)</conceptEntry>\n"
    }

    @Test func aDocumentNested60000DeepImportsWithoutRecursion() throws {
        let depth = 60_000
        let inline = String(repeating: "<hi>", count: depth) + "deep" + String(repeating: "</hi>", count: depth)
        let wrapped = String(repeating: "<div>", count: depth) + Self.entry("outer") + String(repeating: "</div>", count: depth)
        let result = try TBXImporter(domains: []).read(Self.tbx(Self.entry("deep", "<note>\(inline)</note>") + wrapped), path: "deep.tbx")
        #expect(result.concepts.map(\.id) == ["deep", "outer"])
        #expect(result.concepts[0].en.notes == ["deep"])
    }

    @Test func libxml2ErrorsAreInWordsWithTheirPosition() {
        for (xml, words, column) in [
            ("<tbx>\n<text>&nbsp;</text></tbx>", "an entity that is not defined", 13),
            ("<tbx>\n<text a=1></text></tbx>", "attribute value is not quoted", 9)
        ] {
            #expect {
                try TBXImporter(domains: []).read(Data(xml.utf8), path: "bad.tbx")
            } throws: { error in
                guard case ImportError.malformedInput(_, let line, let col, let reason) = error else { return false }
                return line == 2 && col == column && reason.contains(words) && !reason.contains("NSXMLParserErrorDomain")
            }
        }
    }

    @Test func manyEntityReferencesAreReadWhole() throws {
        let count = 50_000
        let result = try TBXImporter(domains: []).read(
            Self.tbx(Self.entry("e", "<note>" + String(repeating: "a&amp;&#233;", count: count) + "</note>")), path: "e.tbx")
        #expect(result.concepts.first?.en.notes.first?.count == 3 * count)
    }

    @Test func filesPastLibxml2sTenMegabyteLimitAreRead() throws {
        let count = 40_000
        let padding = "<note>" + String(repeating: "x", count: 250) + "</note>"
        var body = ""
        body.reserveCapacity(count * 400)
        for i in 0..<count { body += Self.entry("c\(i)", padding) }
        let data = Self.tbx(body)
        #expect(data.count > 12_000_000)
        let result = try TBXImporter(domains: []).read(data, path: "big.tbx")
        #expect(result.concepts.count == count)
        #expect(result.concepts.last?.id == "c\(count - 1)")
    }
}
