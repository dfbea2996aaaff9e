import Foundation
import Testing

@testable import GlossaryInterchange
@testable import GlossaryModel

/// CSV exports are safe to open in a spreadsheet (no cell starts a formula) and our own
/// files import back to the same text.
struct CSVFormulaTests {
    static let hostile = ["=HYPERLINK(\"http://x\",\"y\")", "+33 1 23", "-ware", "@SUM(A1)", "\tcmd", "'=already", "''-two", "it's", "plain"]

    @Test func cellsThatStartAFormulaAreGuardedAndRestored() throws {
        for text in Self.hostile {
            let guarded = CSVTable.neutralisingFormula(text)
            #expect(!CSVTable.formulaStarts.contains(guarded.first!), "\(text)")
            #expect(CSVTable.restoringFormula(guarded) == text)
        }
        #expect(CSVTable.neutralisingFormula("plain") == "plain")
        #expect(CSVTable.neutralisingFormula("it's") == "it's")
        #expect(CSVTable.neutralisingFormula("=1+1") == "'=1+1")
    }

    @Test func exportedCellsNeverStartAFormulaAndImportBack() throws {
        var concept = InterchangeSupport.concept("formules")
        concept.fr.terms = Self.hostile.enumerated().map { Term(text: $1, status: $0 == 0 ? .preferred : .admitted) }
        concept.fr.definition = "=1+1"
        concept.en.terms[0].note = "-note"
        let csv = CSVExporter().export(KnowledgeBase(concepts: [concept], domains: []))
        let records = try CSVTable.parse(csv, path: "x.csv")
        for record in records {
            for field in record.fields {
                #expect(field.first.map { !CSVTable.formulaStarts.contains($0) } ?? true, "\(field)")
            }
        }
        #expect(csv.contains(",'=1+1,"))
        let imported = try CSVImporter(domains: []).read(Data(csv.utf8), path: "x.csv")
        let back = try #require(imported.concepts.first)
        // The importer trims cells, as it does for any spreadsheet.
        #expect(back.fr.terms.map(\.text) == Self.hostile.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
        #expect(back.fr.definition == "=1+1")
        #expect(back.en.terms[0].note == "-note")
    }

    @Test func otherToolsFilesAreReadAsWritten() throws {
        let csv = "concept,language,term,status\r\nx,fr,'=quoted,preferred\r\n"
        let concept = try #require(try CSVImporter(domains: []).read(Data(csv.utf8), path: "x.csv").concepts.first)
        #expect(concept.fr.terms.map(\.text) == ["'=quoted"])
    }
}
