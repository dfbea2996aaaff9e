import Foundation
import Testing

@testable import GlossaryModel
@testable import GlossarySearch

@Suite("glossary search: what a learner types")
struct SearchTests {
    static let content = try! TestContent()
    static let engine = SearchEngine(index: try! content.index())

    /// (query, concept expected first, approximate?)
    static let table: [(String, String, Bool)] = [
        ("infogérance", "infogerance", false),
        ("infogerance", "infogerance", false),
        ("INFOGÉRANCE", "infogerance", false),
        ("infoge\u{301}rance", "infogerance", false), // decomposed (NFD)
        ("sous-traitance", "sous-traitance", false),
        ("sous traitance", "sous-traitance", false),
        ("soustraitance", "sous-traitance", false),
        ("SOUS TRAITANCE", "sous-traitance", false),
        ("cœur de métier", "coeur-de-metier", false),
        ("coeur de metier", "coeur-de-metier", false),
        ("gérance de l’informatique", "infogerance", false), // typographic apostrophe
        ("gerance de l'informatique", "infogerance", false),
        ("SSII", "esn", false), // obsolete acronym
        ("ssii", "esn", false),
        ("société de services en ingénierie informatique", "esn", false),
        ("ESN", "esn", false),
        ("entreprise de services du numérique", "esn", false),
        ("IT outsourcing", "infogerance", false), // English finds the French concept
        ("facilities management", "infogerance", false),
        ("outsourcing", "externalisation", false),
        ("subcontracting", "sous-traitance", false),
        ("délocalisations", "delocalisation", false), // plural
        ("infog", "infogerance", false), // prefix as you type
        ("réseau", "reseau", false), // a word of a term
        ("donneur d'ordre", "sous-traitance", false), // words of a definition
        ("relocation abroad", "delocalisation", false), // deprecated term
        ("infogerence", "infogerance", true), // one typo
        ("infogeranse", "infogerance", true), // one typo, same sound
        ("reseua", "reseau", true), // transposition
        ("sous-traitanse", "sous-traitance", true),
        ("externalisaton", "externalisation", true),
        ("subcontractnig", "sous-traitance", true)
    ]

    @Test(arguments: table)
    func findsTheConceptFirst(query: String, expected: String, approximate: Bool) throws {
        let response = try Self.engine.search(query)
        let first = try #require(response.results.first, "no result for '\(query)'")
        #expect(first.concept.id == expected, "'\(query)' found \(response.results.map(\.concept.id))")
        #expect(first.approximate == approximate, "'\(query)'")
        #expect(response.approximate == approximate)
    }

    @Test func obsoleteTermShowsItsStatusAndNote() throws {
        let first = try #require(try Self.engine.search("SSII").results.first)
        #expect(first.match.term?.status == .obsolete)
        #expect(first.match.term?.note?.contains("2013") == true)
        #expect(first.concept.headword(.fr) == "ESN")
    }

    @Test func rankingPrefersATermEqualToTheQueryOverATermHoldingItsWords() throws {
        // "outsourcing" equals a term of externalisation, and is a word of infogerance's term
        // "IT outsourcing".
        let results = try Self.engine.search("outsourcing").results
        #expect(results.first?.concept.id == "externalisation")
        #expect(results[0].match.kind == .exact)
        let infogerance = try #require(results.first { $0.concept.id == "infogerance" })
        #expect(infogerance.match.kind <= .words)
        #expect(results[0].score > infogerance.score)
        // Term matches outrank every concept found by the words of its texts only.
        let lastTerm = try #require(results.lastIndex { $0.match.kind.isTerm && $0.match.kind <= .words })
        #expect(results.prefix(lastTerm + 1).allSatisfy { $0.match.kind.isTerm })
    }

    @Test func preferredBeatsDeprecatedForTheSameKindOfMatch() throws {
        let content = try TestContent()
        defer { content.cleanUp() }
        try content.write("alpha", TestContent.concept("alpha", fr: "alpha", en: "widget", extra: "related: [esn]"))
        try content.write(
            "beta",
            TestContent.concept("beta", fr: "beta", en: "beta", extra: "related: [esn]")
                .replacingOccurrences(
                    of: "    - { text: \"beta\", status: preferred, pos: noun }",
                    with: "    - { text: \"beta\", status: preferred, pos: noun }\n    - { text: widget, status: deprecated }"))
        let results = try SearchEngine(index: try content.index()).search("widget").results
        #expect(results.map(\.concept.id) == ["alpha", "beta"])
    }

    @Test func languageRestriction() throws {
        let fr = try Self.engine.search("outsourcing", language: .fr).results
        #expect(fr.first?.concept.id == "externalisation") // the French anglicism
        #expect(fr.allSatisfy { $0.match.language == .fr })
        #expect(try Self.engine.search("infogérance", language: .en).results.isEmpty)
    }

    @Test func limit() throws {
        #expect(try Self.engine.search("e", limit: 2).results.count <= 2)
    }

    @Test func definitionMatchHighlightsTheWords() throws {
        let first = try #require(try Self.engine.search("donneurs d'ordres").results.first)
        #expect(first.match.kind == .definition)
        #expect(first.snippet.rendered(open: "[", close: "]").contains("[donneur] d'[ordre]"))
    }

    @Test(arguments: [
        "\"", "\"\"", "*", "-", "- infogerance", "AND", "OR", "NOT", "NEAR(", "NEAR(a b", "(", ")", "^", ":",
        "infogérance AND", "col:value", "a\"b", "'", "’", "", " ", "\u{0}", "%", "_", "\\", ";DROP TABLE term;--",
        String(repeating: "a", count: 5000), "🙂", "中文", "{", "[[esn]]", "e*"
    ])
    func hostileQueriesNeverThrow(query: String) throws {
        _ = try Self.engine.search(query)
        _ = try Self.engine.search(query, language: .en, limit: 1)
    }

    /// Passages are ranked by BM25 within the first matches only (stored definitions first,
    /// shortest first); with more matches than that, a definition still beats every note.
    @Test func aWordInManyPassagesStillRanksDefinitionsFirst() throws {
        let content = try TestContent(empty: true)
        defer { content.cleanUp() }
        func concept(_ id: String, related: String, definition: String, note: String) -> String {
            """
            id: \(id)
            domains: [modeles]
            related: [\(related)]
            fr:
              terms:
                - { text: "terme \(id)", status: preferred, gender: m, pos: noun }
              definition: "\(definition)"
              notes: ["\(note)"]
            en:
              terms:
                - { text: "term \(id)", status: preferred, pos: noun }
              definition: "Definition of \(id)."
            sources:
              - { title: "Test" }
            """
        }
        for i in 0..<120 {
            try content.write(
                "c\(i)",
                concept(
                    "c\(i)", related: "c\((i + 1) % 120)", definition: "Définition numéro \(i).",
                    note: "Une note sur le zorglub \(i)."))
        }
        try content.write(
            "cible",
            concept(
                "cible", related: "c0",
                definition: "Une définition longue, bien plus longue que les notes, qui mentionne le zorglub une seule fois parmi beaucoup d'autres mots.",
                note: "Rien."))
        let results = try SearchEngine(index: content.index()).search("zorglub").results
        #expect(results.count == 10)
        #expect(results.first?.concept.id == "cible")
        #expect(results.first?.match.kind == .definition)
        #expect(results.dropFirst().allSatisfy { $0.match.kind == .note })
    }

    @Test func ftsPatternQuotesEveryWordAndDoublesQuotes() {
        #expect(SearchEngine.ftsPattern(["sous", "traitance"], lastIsPrefix: false) == #""sous" "traitance""#)
        #expect(SearchEngine.ftsPattern(["near(", "a\"b"], lastIsPrefix: true) == #""near(" "a""b"*"#)
        #expect(SearchEngine.ftsPattern(["\""], lastIsPrefix: false) == String(repeating: "\"", count: 4))
    }

    @Test func snippetsHighlightWordsAcrossLinesAndAccents() {
        let snippet = Snippet.make(text: "Les Délocalisations\nvers l'Inde, 2024.", queryWords: ["delocalisation", "inde"], lastIsPrefix: false)
        #expect(snippet.text == "Les Délocalisations vers l'Inde, 2024.")
        #expect(snippet.highlights.map { String(snippet.text[$0]) } == ["Délocalisations", "Inde"])
    }

    @Test func emptyQueryFindsNothing() throws {
        #expect(try Self.engine.search("").results.isEmpty)
        #expect(try Self.engine.search("  -- ").results.isEmpty)
    }

    @Test func nothingCloseFindsNothing() throws {
        #expect(try Self.engine.search("zzzzqqq").results.isEmpty)
        #expect(try Self.engine.search("xy").results.isEmpty)
    }
}

@Suite("Text folding")
struct TextFoldingTests {
    @Test func foldsCaseAccentsLigaturesApostrophesHyphens() {
        #expect(TextFolding.fold("Cœur-de-MÉTIER") == "coeur de metier")
        #expect(TextFolding.fold("l’informatique") == TextFolding.fold("l'informatique"))
        #expect(TextFolding.fold("e\u{301}") == TextFolding.fold("é"))
        #expect(TextFolding.compact("sous-traitance") == "soustraitance")
        #expect(TextFolding.fold("Æther straße") == "aether strasse")
    }

    @Test(arguments: [
        "Infogérance", "cœur de métier", "Cœur-de-MÉTIER", "l’informatique", "e\u{301}tude", "Ærø", "ÉTÉ — «été» !",
        "sous-traitance en cascade", "Straße", "naïve Noël", "  spaces  ", "Ça, c'est l'ESN (ex-SSII).", "ŒUVRE"
    ])
    func fastFoldingAgreesWithFoundation(text: String) {
        #expect(TextFolding.fold(text) == TextFolding.foldGeneral(text))
        #expect(TextFolding.foldASCII(text) != nil, "Latin text should take the fast path")
    }

    @Test func stemsSimplePlurals() {
        #expect(TextFolding.stem("delocalisations") == "delocalisation")
        #expect(TextFolding.stem("reseaux") == "reseau")
        #expect(TextFolding.stem("process") == "process")
        #expect(TextFolding.stem("bus") == "bus")
    }

    @Test(arguments: [
        "Les délocalisations des réseaux", "process bus gaz SaaS", "Prix, taxes et flux : 3 offres !", "",
        "Αθήνα και δίκτυα", "Des services 中文 managés", "ss s x xs sss"
    ])
    func stemmedTextIsEachWordStemmed(text: String) {
        #expect(TextFolding.stemmed(text) == TextFolding.words(text).map(TextFolding.stem).joined(separator: " "))
    }

    @Test func editDistance() {
        #expect(EditDistance.distance("reseua", "reseau") == 1)
        #expect(EditDistance.distance("infogerence", "infogerance") == 1)
        #expect(EditDistance.distance("abc", "xyz", limit: 1) == nil)
        #expect(EditDistance.allowedTypos(forLength: 3) == 0)
        #expect(EditDistance.allowedTypos(forLength: 7) == 1)
        #expect(EditDistance.allowedTypos(forLength: 8) == 2)
    }

    @Test func frenchCollation() {
        let sorted = ["zèbre", "Œuvre", "été", "ESN", "offshore", "élan", "cœur", "coude"].sorted(by: FrenchCollation.areInIncreasingOrder)
        #expect(sorted == ["cœur", "coude", "élan", "ESN", "été", "Œuvre", "offshore", "zèbre"])
    }
}
