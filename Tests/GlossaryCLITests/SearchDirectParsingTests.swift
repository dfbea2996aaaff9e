import ArgumentParser
import Testing
@testable import GlossaryCLI

/// `SearchCommand.parsedDirectly` (the shortcut past ArgumentParser for plain searches) must
/// build the same command as ArgumentParser, and decline everything else.
@Suite("search: the direct parser agrees with ArgumentParser")
struct SearchDirectParsingTests {
    @Test(arguments: [
        [],
        ["infogérance"],
        ["sous", "traitance", "--lang", "fr"],
        ["--json", "outsourcing"],
        ["--limit", "3", "cloud", "--json", "--lang", "en"],
        ["x", "--content", "Content", "--index", "/tmp/i.sqlite", "y"],
        ["--index", "", "help"],
        ["--limit", "007", "SSII"],
    ])
    func buildsTheCommandArgumentParserBuilds(_ arguments: [String]) throws {
        let direct = try #require(SearchCommand.parsedDirectly(arguments))
        let parsed = try SearchCommand.parse(arguments)
        #expect(direct.query == parsed.query)
        #expect(direct.lang == parsed.lang)
        #expect(direct.limit == parsed.limit)
        #expect(direct.json == parsed.json)
        #expect(direct.options.content == parsed.options.content)
        #expect(direct.options.index == parsed.options.index)
    }

    @Test(arguments: [
        ["--help"], ["-h"], ["x", "--version"], ["--lang=fr", "x"], ["--", "-x"], ["-x"],
        ["--lang", "de", "x"], ["--lang", "FR", "x"], ["--limit", "0", "x"], ["--limit", "-1", "x"],
        ["--limit", "ten", "x"], ["--limit", "2", "--limit", "3", "x"], ["--json", "--json", "x"],
        ["x", "--index"], ["--index", "--json", "x"], ["--generate-completion-script", "bash"],
    ])
    func leavesEverythingElseToArgumentParser(_ arguments: [String]) {
        #expect(SearchCommand.parsedDirectly(arguments) == nil)
    }
}
