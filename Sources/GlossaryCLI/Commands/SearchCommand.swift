import ArgumentParser
import GlossaryModel
import GlossarySearch

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find concepts by term, acronym, old name or words of a definition, in French or English.",
        discussion: """
            Case, accents, hyphens, spaces inside words, œ/oe and apostrophes are ignored; \
            plurals match; typos are tolerated when nothing matches exactly (the results are \
            then marked approximate). Exit status: 0 with results, 1 with none.

            Examples:
              glossary search infogerance
              glossary search SSII
              glossary search "sous traitance" --lang fr
              glossary search outsourcing --json
            """
    )

    @Argument(help: "What to look for: a term, part of a term, or words of a definition.")
    var query: [String] = []

    @Option(help: ArgumentHelp("Only match terms and texts in this language (fr or en).", valueName: "lang"))
    var lang: Language?

    @Option(help: "The most results to show.")
    var limit: Int = 10

    @Flag(help: "Print one JSON object (documented in README.md).")
    var json = false

    @OptionGroup var options: ContentOptions

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let text = query.joined(separator: " ")
        let index = try options.openIndex().index
        let response = try Failure.report { try SearchEngine(index: index).search(text, language: lang, limit: limit) }
        if json {
            struct SeeAlso: Encodable { var id: String; var headword: [String: String] }
            struct Output: Encodable {
                var query: String; var corrected: String?; var answerLanguage: String?
                var unnamed: [String]; var seeAlso: [SeeAlso]; var results: [ConceptJSON]
            }
            let results = try Failure.report { try response.results.map { try ConceptJSON(result: $0, index: index) } }
            let seeAlso = response.seeAlso.map { c in SeeAlso(id: c.id, headword: ["fr": c.headword(.fr), "en": c.headword(.en)]) }
            print(
                try JSONOutput.encode(
                    Output(
                        query: text, corrected: response.correctedQuery, answerLanguage: response.answerLanguage?.rawValue,
                        unnamed: response.unnamedWords, seeAlso: seeAlso, results: results)))
        } else {
            try Failure.report { try printHuman(response) }
        }
        if response.results.isEmpty { throw ExitCode(1) }
    }

    private func printHuman(_ response: SearchResponse) throws {
        let out = Terminal.stdout
        let seeAlso = response.seeAlso.map { "\($0.name()) [\($0.id)]" }.joined(separator: "; ")
        if !response.unnamedWords.isEmpty {
            let words = response.unnamedWords.map { "'\(ControlCharacters.escaped($0))'" }.joined(separator: ", ")
            let message = "No concept is named \(words)" + (seeAlso.isEmpty ? "." : "; see also: \(seeAlso).")
            if response.results.isEmpty { Terminal.stderr.print(message); return }
            out.print(out.style(message + " Texts that mention it:", .yellow))
            out.print()
        }
        guard !response.results.isEmpty else {
            let reason = TextFolding.words(response.query).isEmpty ? "type a term or a few words" : "try fewer words, or the other language"
            Terminal.stderr.print("No concept matches '\(ControlCharacters.escaped(response.query))': \(reason).")
            return
        }
        if let corrected = response.correctedQuery {
            out.print(
                out.style(
                    "No exact match for '\(ControlCharacters.escaped(response.query))'; approximate results for '\(ControlCharacters.escaped(corrected))':",
                    .yellow))
            out.print()
        }
        // A translation asked for: the wanted language's headword first.
        let first = response.answerLanguage ?? .fr
        let width = min(out.width, 120)
        for (i, result) in response.results.enumerated() {
            let c = result.concept
            let heading = c.headwords(first: first).map { out.style($0, .bold) }.joined(separator: " · ")
            out.print("\(i + 1). \(heading)  " + out.style("[\(c.id)]", .gray))
            let match = result.match
            if let term = match.term {
                var details = [match.language.rawValue, term.status.rawValue]
                if let type = term.type { details.append(type.rawValue) }
                let status =
                    term.status.isRecommended
                    ? out.style(details.joined(separator: ", "), .green)
                    : out.style(details.joined(separator: ", "), .yellow)
                var line = "   " + out.style(term.text, .cyan) + " (\(status))"
                if term.text != c.headword(match.language) {
                    line += " → " + c.headword(match.language)
                }
                var visible = term.text + " (" + details.joined(separator: ", ") + ")"
                if term.text != c.headword(match.language) { visible += " → " + c.headword(match.language) }
                if let note = term.note {
                    let room = width - 3 - visible.count - 3
                    if room > 10 {
                        line += " — " + (note.count > room ? String(note.prefix(room - 1)) + "…" : note)
                    }
                }
                out.print(line)
            } else {
                let words = match.words.isEmpty ? "" : " (" + match.words.joined(separator: ", ") + ")"
                out.print("   " + out.style("in the \(match.language == .fr ? "French" : "English") \(match.kind.field)\(words)", .gray))
            }
            let snippet = result.snippet.rendered(open: out.colored ? "\u{1B}[1;33m" : "", close: out.colored ? "\u{1B}[0m" : "")
            out.print("   " + Wrap.truncate(snippet, visible: result.snippet.text, to: width - 3))
        }
    }
}

extension Language: ExpressibleByArgument {}
