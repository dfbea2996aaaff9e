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
