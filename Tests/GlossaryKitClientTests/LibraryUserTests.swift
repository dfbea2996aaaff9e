import Foundation
import GlossaryKit
import GlossaryTestSupport
import Testing

/// What a library user does, through `import GlossaryKit` alone: this target has no package
/// access and no `@testable`, so it compiles only if the public API is enough for each task
/// (README, "Architecture: what a library user gets"). Runs on the shipped content.
struct LibraryUserTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let content = root.appendingPathComponent("Content").path

    static func loadContent() throws -> KnowledgeBase {
        let loaded = try ContentLoader(directory: content).load()
        #expect(loaded.isValid, "\(loaded.diagnostics.errors.map(\.description))")
        return loaded.knowledgeBase
    }

    @Test func loadAndCheckTheContent() throws {
        let loaded = try ContentLoader(directory: Self.content).load()
        #expect(loaded.diagnostics.errors.isEmpty)
        let kb = loaded.knowledgeBase
        #expect(kb.concepts.count > 100)
        let concept = try #require(kb.concept("infogerance"))
        #expect(concept.headword(.fr) == "infogérance")
        #expect(concept[.fr].headword?.status == .preferred)
        #expect(concept.broader.contains("externalisation"))
        #expect(kb.narrower("externalisation").contains("infogerance"))
        #expect(!kb.domains.isEmpty && kb.domain(concept.domains[0]) != nil)
        #expect(!kb.plainText(concept[.en].definition, language: .en).contains("[["))
    }

    @Test func buildTheIndexSearchAndShowAConcept() throws {
        let path = TestScratch.path("client-index").path
        let opened = try GlossaryIndex.open(content: Self.content, path: path)
        guard case .rebuilt(let report) = opened.freshness else {
            Issue.record("a new index is built, got \(opened.freshness)")
            return
        }
        #expect(report.concepts > 100 && report.terms > report.concepts)
        #expect(try GlossaryIndex.open(content: Self.content, path: path).freshness == .upToDate)

        let response = try SearchEngine(index: opened.index).search("infogérance", limit: 5)
        let first = try #require(response.results.first)
        #expect(first.concept.id == "infogerance")
        #expect(first.match.kind.rawValue.isEmpty == false)
        #expect(!response.approximate)
        let typo = try SearchEngine(index: opened.index).search("infogerence")
        #expect(typo.results.first?.concept.id == "infogerance")

        let index = try GlossaryIndex.openReadOnly(path)
        let concept = try #require(try index.concept("externalisation"))
        #expect(try index.conceptIDs().contains("infogerance"))
        #expect(try index.narrower(concept.id).contains("infogerance"))
        #expect(try index.headwords(["infogerance"])["infogerance"]?[.en]?.isEmpty == false)
        #expect(!(try index.plainText(concept[.fr].definition, language: .fr)).contains("[["))
    }

    @Test func exportInEveryFormatAndImportBack() throws {
        let kb = try Self.loadContent()
        for format in ExportFormat.allCases {
            #expect(try !Exporter.data(kb, format: format).isEmpty, "\(format)")
        }
        let folder = TestScratch.path("client-import")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let domains = ContentLoader(directory: Self.content).domains()
        for format in [ExportFormat.tbx, .csv] {
            let file = folder.appendingPathComponent("export.\(format.rawValue)")
            try Exporter.data(kb, format: format).write(to: file)
            #expect(try ImportFormat.detect(path: file.path).rawValue == format.rawValue)
            let result =
                format == .tbx
                ? try TBXImporter(domains: domains).read(file: file.path)
                : try CSVImporter(domains: domains).read(try Data(contentsOf: file), path: file.path)
            #expect(result.concepts.count == kb.concepts.count)
            let target = folder.appendingPathComponent("\(format.rawValue)/concepts").path
            try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
            let plan = try ImportPlan(concepts: result.concepts, directory: target, overwrite: false)
            #expect(plan.count(.create) == kb.concepts.count)
            try plan.apply()
            #expect(try FileManager.default.contentsOfDirectory(atPath: target).count == kb.concepts.count)
        }
    }

    @Test func quizAndProgress() throws {
        let kb = try Self.loadContent()
        let cards = CardGenerator(knowledgeBase: kb, language: .fr, seed: 1).cards()
        #expect(cards.count > kb.concepts.count)
        let card = try #require(cards.first { $0.kind == .enFr })
        guard case .typed(let expected) = card.answer else {
            Issue.record("an en-fr card asks to type the term")
            return
        }
        let grade = AnswerGrader.grade(expected.preferred.text, expected: expected, lexicon: TermLexicon(knowledgeBase: kb))
        #expect(grade.verdict == .correct && grade.rating >= .good)
        #expect(AnswerGrader.grade("zzzz", expected: expected).rating == .again)

        let store = try ProgressStore.open(path: TestScratch.path("client-progress").path)
        var random = SeededGenerator(seed: 7)
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let outcome = try store.record(card.id, rating: grade.rating, at: now, scheduler: FSRSScheduler(), random: &random)
        #expect(outcome.before == nil && outcome.after.due > now && outcome.after.reps == 1)
        #expect(try store.progress(card.id) == outcome.after)
        #expect(try store.allProgress().map(\.cardID) == [card.id.description])
        #expect(CardID(card.id.description) == card.id)
        let due = try store.dueSummary(at: outcome.after.due)
        #expect(due.overdue == 1)
        #expect(!ProgressLocation.defaultPath().isEmpty)
    }

    @Test func buildTheSite() throws {
        let kb = try Self.loadContent()
        let builder = try SiteBuilder(knowledgeBase: kb, siteDirectory: Self.root.appendingPathComponent("Site").path)
        let output = TestScratch.path("client-site")
        let report = try SitePublisher.publish(to: output) { (folder) throws(OutputError) in try builder.build(into: folder) }
        #expect(report.concepts == kb.concepts.count && report.pages > report.concepts)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
    }

    @Test func lintADocument() throws {
        let kb = try Self.loadContent()
        let text = "Notre SSII gère l'infogérance du système d'information.\n"
        let findings = Linter(concepts: kb.concepts).lint(Array(text.utf8), file: "note.md", format: DocumentFormat(path: "note.md"))
        let finding = try #require(findings.first)
        #expect(finding.concept == "esn" && finding.text == "SSII" && finding.rule == .obsolete)
        #expect(finding.line == 1 && finding.column == 7 && !finding.suggestions.isEmpty)
        #expect(finding.description.hasPrefix("note.md:1:7: warning:"))
    }
}
