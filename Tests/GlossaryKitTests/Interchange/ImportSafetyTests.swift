import Foundation
import Testing

@testable import GlossaryInterchange
@testable import GlossaryModel

/// Import writes all of its files or none, only under the folder it was given, and leaves no
/// temporary files behind, even after a kill.
struct ImportSafetyTests {
    func listing(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    /// The pid of a process that has ended.
    static func deadPID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func everyTargetIsCheckedBeforeAnyIsWritten() throws {
        let folder = try InterchangeSupport.temporaryContent()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let concepts = folder + "/concepts"
        try FileManager.default.createDirectory(atPath: concepts + "/taken.yaml", withIntermediateDirectories: true)
        let long = String(repeating: "a", count: 300)
        for bad in [
            [InterchangeSupport.concept("first"), InterchangeSupport.concept(long)],
            [InterchangeSupport.concept("first"), InterchangeSupport.concept("../escape")],
            [InterchangeSupport.concept("first"), InterchangeSupport.concept("taken")]
        ] {
            #expect {
                try ImportPlan(concepts: bad, directory: concepts, overwrite: true).apply()
            } throws: { error in
                guard case OutputError.write(_, let reason) = error else { return false }
                return reason.contains("nothing was written")
            }
            #expect(try listing(concepts) == ["taken.yaml"])
            #expect(try listing(folder) == ["concepts"])
        }
    }

    @Test func aFailedRenameTakesBackTheFilesAlreadyMoved() throws {
        let folder = try InterchangeSupport.temporaryContent()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let concepts = folder + "/concepts"
        let old = InterchangeSupport.concept("kept")
        try ConceptYAML.text(old).write(toFile: concepts + "/kept.yaml", atomically: true, encoding: .utf8)
        var changed = old
        changed.en.definition = "Changed."
        let plan = try ImportPlan(
            concepts: [InterchangeSupport.concept("a"), changed, InterchangeSupport.concept("b")],
            directory: concepts, overwrite: true)
        #expect(plan.items.map(\.action) == [.create, .update, .create])
        // Another program creates b.yaml between the plan and the writing: it is not replaced,
        // and the import takes back a.yaml and the previous kept.yaml.
        try "mine".write(toFile: concepts + "/b.yaml", atomically: true, encoding: .utf8)
        #expect(throws: OutputError.self) { try plan.apply() }
        #expect(try listing(concepts) == ["b.yaml", "kept.yaml"])
        #expect(try String(contentsOfFile: concepts + "/b.yaml", encoding: .utf8) == "mine")
        #expect(try String(contentsOfFile: concepts + "/kept.yaml", encoding: .utf8) == ConceptYAML.text(old))
    }

    @Test func tooLongIdsAreShortenedOnImport() throws {
        let headword = Array(repeating: "externalisation", count: 30).joined(separator: " ")
        let csv = "concept,language,term,status\r\n\(String(repeating: "x", count: 300)),fr,\(headword),preferred\r\n"
        let result = try CSVImporter(domains: []).read(Data(csv.utf8), path: "x.csv")
        let id = try #require(result.concepts.first?.id)
        #expect(id.utf8.count <= ImportAssembler.maximumIDLength && ContentValidator.isSlug(id))
        let folder = try InterchangeSupport.temporaryContent()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try ImportPlan(concepts: result.concepts, directory: folder + "/concepts", overwrite: false).apply()
        #expect(try listing(folder + "/concepts") == ["\(id).yaml"])
    }

    @Test func temporaryFilesOfEndedProcessesAreRemoved() throws {
        let folder = try InterchangeSupport.temporaryContent()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let concepts = folder + "/concepts"
        let dead = try Self.deadPID()
        let debris = [".glossary-import-\(dead)-1f2e", ".x.yaml.\(dead)-9a.tmp"]
        try FileManager.default.createDirectory(atPath: concepts + "/" + debris[0], withIntermediateDirectories: true)
        try "half".write(toFile: concepts + "/" + debris[1], atomically: false, encoding: .utf8)
        // A running process's folder (ours) and a file that only looks alike are kept.
        let alive = ".glossary-import-\(getpid())-77"
        try FileManager.default.createDirectory(atPath: concepts + "/" + alive, withIntermediateDirectories: true)
        try ImportPlan(concepts: [InterchangeSupport.concept("new")], directory: concepts, overwrite: false).apply()
        #expect(try listing(concepts) == [".x.yaml.\(dead)-9a.tmp", alive, "new.yaml"].sorted())
        try AtomicFile.write(Data("x".utf8), to: concepts + "/x.yaml")
        #expect(try listing(concepts) == [alive, "new.yaml", "x.yaml"].sorted())
    }

    @Test func atomicWritesReplaceOnlyRegularFiles() throws {
        let folder = try InterchangeSupport.temporaryContent()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder + "/link", withDestinationPath: folder + "/concepts")
        for target in [folder + "/concepts", folder + "/link"] {
            #expect {
                try AtomicFile.write(Data("x".utf8), to: target)
            } throws: { error in
                if case OutputError.refusedOutput = error { true } else { false }
            }
        }
        #expect(try listing(folder) == ["concepts", "link"])
    }
}
