import ArgumentParser
import GlossaryModel
import GlossarySearch
import GlossaryStore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a concept's full entry: terms, definitions, notes and relations in both languages.",
        discussion: """
            Give a concept id (infogerance) or any term (SSII, "cloud computing"): a term is \
            resolved through search and its best match is shown. On a wide terminal the two \
            languages stand side by side.
            """
    )

    @Argument(help: "A concept id or a term.")
    var concept: [String]

    @Flag(help: "Print the entry as JSON: the search result object plus notes, examples, domains and relations.")
    var json = false

    @OptionGroup var options: ContentOptions

    func validate() throws {
        guard !concept.joined().trimming(newlines: false).isEmpty else { throw ValidationError("give a concept id or a term") }
    }

    func run() throws {
        let query = concept.joined(separator: " ")
        let index = try options.openIndex().index
        let found = try Failure.report { () throws -> Concept in
            if let c = try index.concept(query) { return c }
            // A term of the concept, not words found in its texts: `show` opens one entry.
            let response = try SearchEngine(index: index).search(query, limit: 5)
            if let best = response.results.first, best.match.kind <= .words { return best.concept }
            // Otherwise what was found and, for a correctly spelt word that names no concept,
            // its near concepts, never one of them opened in its place.
            let ids = try index.conceptIDs()
            let close =
                response.results.map(\.concept.id) + response.seeAlso.map(\.id)
                + ids.filter { EditDistance.distance($0, query, limit: 3) != nil }
            var seen = Set<String>()
            throw ContentError.conceptNotFound(query, suggestions: Array(close.filter { seen.insert($0).inserted }.prefix(5)))
        }
        if json {
            print(try JSONOutput.encode(try ConceptJSON(concept: found, index: index, full: true)))
        } else {
            try Failure.report { try EntryPrinter(index: index, out: .stdout).print(found) }
        }
    }
}

/// Lays out one entry for the terminal.
struct EntryPrinter {
    let index: GlossaryIndex
    let out: Terminal

    func print(_ c: Concept) throws {
        let width = min(out.width, 140)
        out.print(c.headwords().map { out.style($0, .bold) }.joined(separator: " · ") + "  " + out.style("[\(c.id)]", .gray))
        out.print(out.style("domains: " + c.domains.joined(separator: ", "), .gray))
        out.print()
        let sideBySide = width >= 100
        let column = sideBySide ? (width - 3) / 2 : width
        let blocks: [(String, (Language) throws -> [String])] = [
            // A concept in one language only (imported) says so in the other column.
            ("Terms", { lang in c.has(lang) ? c[lang].terms.map(termLine) : ["(none in this language)"] }),
            (
                "Definition",
                { lang in
                    c[lang].definition.isEmpty ? ["(none in this language)"] : [try index.plainText(c[lang].definition, language: lang)]
                }
            ),
            ("Notes", { lang in try c[lang].notes.map { "• " + (try index.plainText($0, language: lang)) } }),
            ("Examples", { lang in try c[lang].examples.map { "« " + (try index.plainText($0, language: lang)) + " »" } })
        ]
        if sideBySide {
            out.print(Wrap.pad(out.style("FRANÇAIS", .bold, .blue), visibleCount: 8, to: column) + " │ " + out.style("ENGLISH", .bold, .blue))
        }
        for (title, make) in blocks {
            let fr = try make(.fr), en = try make(.en)
            if fr.isEmpty && en.isEmpty { continue }
            if sideBySide {
                out.print(Wrap.pad(out.style(title, .bold), visibleCount: title.count, to: column) + " │ " + out.style(title, .bold))
                let left = fr.flatMap { Wrap.lines($0, width: column - 2).map { "  " + $0 } }
                let right = en.flatMap { Wrap.lines($0, width: column - 2).map { "  " + $0 } }
                for i in 0..<max(left.count, right.count) {
                    let l = i < left.count ? left[i] : ""
                    out.print(Wrap.pad(l, visibleCount: l.count, to: column) + " │ " + (i < right.count ? right[i] : ""))
                }
            } else {
                for (lang, lines) in [(Language.fr, fr), (.en, en)] where !lines.isEmpty {
                    out.print(out.style("\(title) (\(lang.rawValue))", .bold))
                    for line in lines { for wrapped in Wrap.lines(line, width: width - 2) { out.print("  " + wrapped) } }
                }
            }
            out.print()
        }
        let narrower = try index.narrower(c.id)
        let linked = Set(c.references + narrower)
        let names = try index.headwords(linked)
        func name(_ id: String) -> String {
            let fr = names[id]?[.fr] ?? id, en = names[id]?[.en] ?? id
            return (fr == en ? fr : "\(fr) · \(en)") + " [\(id)]"
        }
        for (label, ids) in [("Broader", c.broader), ("Narrower", narrower), ("Related", c.related)] where !ids.isEmpty {
            out.print(out.style(label + ":", .bold))
            for id in ids { out.print("  " + name(id)) }
        }
        if !c.contrasts.isEmpty {
            out.print(out.style("Not to be confused with:", .bold))
            for contrast in c.contrasts {
                out.print("  " + name(contrast.with))
                for lang in Language.allCases {
                    for line in Wrap.lines(try index.plainText(contrast[lang], language: lang), width: width - 9) {
                        out.print("    " + out.style(lang.rawValue, .gray) + "  " + line)
                    }
                }
            }
        }
        out.print(out.style("Sources:", .bold))
        for source in c.sources {
            var parts = [source.publisher, source.id, "« \(source.title) »", source.date].compactMap { $0 }
            if let url = source.url { parts.append(url) }
            out.print("  - " + parts.joined(separator: ", "))
        }
    }

    private func termLine(_ term: Term) -> String {
        var details = [term.status.rawValue]
        if let type = term.type { details.append(type.rawValue) }
        if let gender = term.gender { details.append(gender == .m ? "n.m." : "n.f.") }
        if let register = term.register { details.append(register.rawValue) }
        details += term.geo
        for verdict in term.authority {
            details.append("\(verdict.by): \(verdict.verdict.rawValue)" + (verdict.record.map { " \($0)" } ?? ""))
        }
        var line = term.text + "  (" + details.joined(separator: ", ") + ")"
        if let note = term.note { line += " — " + note }
        return line
    }
}
