import Foundation
import Testing

/// "Did you mean": a mistyped subcommand or option is answered with the closest one, exit 64.
struct SuggestionCLITests {
    func run(_ arguments: [String]) throws -> CLIRunner.Output {
        try CLIRunner.run(arguments, environment: ["NO_COLOR": "1"])
    }

    @Test func aMistypedSubcommandSuggestsTheClosest() throws {
        let out = try run(["serch", "foo"])
        #expect(out.status == 64)
        #expect(out.stderr.contains("unknown command 'serch'; did you mean 'search'?"), "\(out.stderr)")
        #expect(out.stdout.isEmpty)
        #expect(try run(["exprot"]).stderr.contains("did you mean 'export'?"))
        #expect(try run(["impotr", "x.tbx"]).stderr.contains("did you mean 'import'?"))
    }

    @Test func aWordFarFromEveryCommandListsThem() throws {
        let out = try run(["frobnicate"])
        #expect(out.status == 64)
        #expect(out.stderr.contains("unknown command 'frobnicate'; the commands are search, show,"), "\(out.stderr)")
        #expect(!out.stderr.contains("did you mean"))
    }

    @Test func aMistypedOptionSuggestsTheClosest() throws {
        let out = try run(["import", "--formt", "tbx", "x.tbx"])
        #expect(out.status == 64)
        #expect(out.stderr.contains("'--formt'. Did you mean '--format'?"), "\(out.stderr)")
    }

    @Test func commandsHelpAndVersionStillWork() throws {
        #expect(try run(["--version"]).status == 0)
        #expect(try run(["help", "search"]).stdout.contains("search"))
        #expect(try run(["check", "--content", CLIRunner.fixture]).status == 0)
    }
}

/// Messages about what the user typed show it as typed: never folded ("parite") or lowercased.
struct UserSpellingCLITests {
    @Test func showAndQuizKeepTheWordAsTyped() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let common = ["--content", CLIRunner.fixture, "--index", folder.appendingPathComponent("index.sqlite").path]
        for word in ["Parité", "ÉCHÉANCE"] {
            let show = try CLIRunner.quiz.run(["show", word] + common)
            #expect(show.status != 0)
            #expect(show.stderr.contains("'\(word)'"), "\(show.stderr)")
            #expect(!show.stderr.contains("'\(word.lowercased())'") && !show.stderr.contains("parite") && !show.stderr.contains("echeance"))
            let quiz = try CLIRunner.quiz.run(
                ["quiz", "--concept", word, "--cram", "--progress", folder.appendingPathComponent("p.sqlite").path, "--create"] + common)
            #expect(quiz.status != 0)
            #expect(quiz.stderr.contains("'\(word)'"), "\(quiz.stderr)")
        }
    }

    @Test func importNamesSubjectFieldsAsTheFileSpellsThem() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        try FileManager.default.copyItem(atPath: CLIRunner.fixture, toPath: content.path)
        let tbx = CLIRunner.root.appendingPathComponent("Tests/GlossaryKitTests/Fixtures/interchange/Example_Astronomy_DCA_VALID.tbx").path
        let result = try CLIRunner.quiz.run(["import", tbx, "--into", content.path, "--dry-run"])
        #expect(
            result.stderr.contains("subject field(s) not in domains.yaml: General (general), Stellar Birth (stellar-birth), Stellar Death (stellar-death)"),
            "\(result.stderr)")
        let fresh = try CLIRunner.quiz.run(["import", tbx, "--into", folder.appendingPathComponent("new").path, "--dry-run"])
        #expect(fresh.stdout.contains("from the file's subject fields: General (general), Stellar Birth (stellar-birth)"), "\(fresh.stdout)")
    }
}
