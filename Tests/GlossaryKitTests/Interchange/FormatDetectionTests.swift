import Foundation
import GlossaryTestSupport
import Testing

@testable import GlossaryInterchange
@testable import GlossaryModel

/// `glossary import` without `--format`: the extension, then the content.
struct FormatDetectionTests {
    func file(_ name: String, _ text: String) throws -> String {
        let folder = TestScratch.path("detect")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func theExtensionDecidesFirst() throws {
        #expect(try ImportFormat.detect(path: file("a.tbx", "not even XML")) == .tbx)
        #expect(try ImportFormat.detect(path: file("a.TBX", "")) == .tbx)
        #expect(try ImportFormat.detect(path: file("a.csv", "")) == .csv)
    }

    @Test func xmlWithATBXRootIsTBX() throws {
        let v3 = """
            \u{FEFF}<?xml version="1.0" encoding="UTF-8"?>
            <?xml-model href="TBXcoreStructV03.rng" type="application/xml"?>
            <!-- a comment with <tags> -->
            <!DOCTYPE tbx [ <!ENTITY x "y"> ]>
            <tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic"><text/></tbx>
            """
        #expect(try ImportFormat.detect(path: file("export.xml", v3)) == .tbx)
        #expect(try ImportFormat.detect(path: file("export", "<martif type=\"TBX-Basic\"></martif>")) == .tbx)
        #expect(try ImportFormat.detect(path: file("export.xml", "<t:tbx xmlns:t=\"urn:iso:std:iso:30042:ed-2\"/>")) == .tbx)
        let tbx = URL(fileURLWithPath: InterchangeSupport.interchangeFixtures + "/Example_Astronomy_DCA_VALID.tbx")
        #expect(ImportFormat.detect(head: try Data(contentsOf: tbx)) == .tbx)
    }

    @Test func aHeaderWithConceptLanguageTermIsCSV() throws {
        #expect(try ImportFormat.detect(path: file("sheet.txt", "concept,language,term,status\r\nesn,fr,ESN,preferred\r\n")) == .csv)
        #expect(try ImportFormat.detect(path: file("sheet", "\u{FEFF}\"ID\", Lang ,Term\nesn,fr,ESN\n")) == .csv)
    }

    @Test func anythingElseIsAClearError() throws {
        for (name, text) in [("notes.txt", "concept,term\nesn,ESN\n"), ("page.xml", "<html><body/></html>"), ("empty", "")] {
            let path = try file(name, text)
            #expect {
                try ImportFormat.detect(path: path)
            } throws: { error in
                guard case .malformedInput(let p, 1, 1, let reason) = error as? ImportError else { return false }
                return p == path && reason.contains("pass --format tbx, tbx2 or csv")
            }
        }
        #expect(throws: ImportError.inputNotFound("/nonexistent/x")) { try ImportFormat.detect(path: "/nonexistent/x") }
    }
}
