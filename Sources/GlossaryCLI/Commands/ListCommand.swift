import ArgumentParser
import GlossaryModel
import GlossarySearch

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the concepts in dictionary order (é with e, œ with oe, case ignored)."
    )

    @Option(help: ArgumentHelp("Sort by the headwords of this language (fr or en).", valueName: "lang"))
    var lang: Language = .fr

    @Option(help: ArgumentHelp("Only the concepts of this domain (an id from domains.yaml).", valueName: "domain"))
    var domain: String?

    @Flag(help: "Print one JSON object.")
    var json = false

    @OptionGroup var options: ContentOptions

    func run() throws {
        let index = try options.openIndex().index
        var concepts = try Failure.report { try index.allConcepts() }
        if let domain {
            let known = Set(concepts.flatMap(\.domains))
            guard known.contains(domain) else {
                let hint = EditDistance.suggestion(for: domain, in: known).map { "did you mean '\($0)'? " } ?? ""
                throw ValidationError("no domain '\(domain)': \(hint)known domains: \(known.sorted().joined(separator: ", "))")
            }
            concepts = concepts.filter { $0.domains.contains(domain) }
        }
        concepts.sort { FrenchCollation.areInIncreasingOrder($0.headword(lang), $1.headword(lang)) }
        if json {
            struct Item: Encodable { var id: String; var headword: [String: String]; var terms: [String: [ConceptJSON.TermJSON]]; var domains: [String] }
            struct Output: Encodable { var concepts: [Item] }
            let items = concepts.map { c in
                Item(
                    id: c.id, headword: ["fr": c.headword(.fr), "en": c.headword(.en)],
                    terms: ["fr": c.fr.terms.map(ConceptJSON.TermJSON.init), "en": c.en.terms.map(ConceptJSON.TermJSON.init)],
                    domains: c.domains)
            }
            print(try JSONOutput.encode(Output(concepts: items)))
            return
        }
        let out = Terminal.stdout
        let width = concepts.map { $0.headword(lang).count }.max() ?? 0
        for c in concepts {
            let head = c.headword(lang)
            out.print(
                Wrap.pad(out.style(head, .bold), visibleCount: head.count, to: width) + "  " + c.headword(lang.other) + "  " + out.style("[\(c.id)]", .gray))
        }
    }
}
