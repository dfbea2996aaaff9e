import Foundation
import GlossaryTestSupport
import Testing

@testable import GlossaryModel
@testable import GlossarySearch
@testable import GlossaryStore

/// Search as a learner uses it, over the shipped knowledge base (issue 17): stop words,
/// question frames, translation intents, comparisons, word families, descriptions, typos that
/// cannot mislead, and BM25 that ranks.
@Suite("glossary search over the shipped content: what a learner means")
struct RankedSearchTests {
    static let root = TestScratch.path("ranked")
    static let index = try! GlossaryIndex.open(
        content: KnowledgeBaseTests.contentPath,
        path: root.appendingPathComponent("i.sqlite").path
    ).index
    static let engine = SearchEngine(index: index)

    /// (query, concept expected first)
    static let firsts: [(String, String)] = [
        // Articles, elided or not, straight or curly apostrophes; question frames.
        ("l'infogérance", "infogerance"), ("l’infogérance", "infogerance"), ("la réversibilité", "reversibilite"),
        ("une ESN", "esn"), ("c'est quoi une ESN", "esn"), ("qu'est-ce que l'infogérance", "infogerance"),
        ("qu’est-ce qu’un prestataire", "prestataire"), ("what is shared hosting", "hebergement-mutualise"),
        ("what is BPO", "bpo"), ("définition de la scalabilité", "scalabilite"),
        // Terms made of stop words still match whole.
        ("cœur de métier", "coeur-de-metier"), ("SI", "systeme-information"), ("loi Informatique et Libertés", "loi-informatique-libertes"),
        // Snowball stems and word families.
        ("externaliser", "externalisation"), ("héberger", "hebergement"), ("européen", "rgpd"), ("délocaliser", "delocalisation"),
        ("confidentiel", "confidentialite"),
        // Translation intents.
        ("infogérance in English", "infogerance"), ("infogérance en anglais", "infogerance"), ("French for outsourcing", "externalisation"),
        ("traduction de sous-traitance", "sous-traitance"), ("how do you say réversibilité in English", "reversibilite"),
        // Descriptions: words spread over a concept's fields add up.
        ("récupérer ses données à la fin du contrat", "reversibilite"), ("sharing servers between several customers", "hebergement-mutualise"),
        ("pay only for what you use", "paiement-usage"), ("plusieurs prestataires pour différents lots", "multisourcing"),
        // Typos, by sound or by edit.
        ("infogairance", "infogerance"), ("numérik", "transformation-numerique"), ("ofshore", "offshore"), ("sous-traitanse", "sous-traitance")
    ]

    @Test(arguments: firsts)
    func findsTheConceptFirst(query: String, expected: String) throws {
        let results = try Self.engine.search(query).results
        #expect(results.first?.concept.id == expected, "'\(query)' found \(results.prefix(3).map(\.concept.id))")
    }

    /// A derived word (a verb, an agent noun, a participle, an adjective) finds the base concept
    /// of its family first, before a longer compound that starts with it and before a concept
    /// that only mentions it, unless the query names the compound whole.
    static let derivedFirsts: [(String, String)] = [
        ("hébergeur", "hebergement"), ("hébergeurs", "hebergement"), ("hébergeur de données de santé", "hebergeur-donnees-sante"),
        ("outsource", "externalisation"), ("outsourced", "externalisation"), ("outsourcer", "externalisation"),
        ("outsourced software development", "developpement-logiciel-externalise"),
        ("subcontractor", "sous-traitance"), ("subcontractors", "sous-traitance"), ("subcontracted", "sous-traitance"),
        ("sous-traiter", "sous-traitance"), ("disponible", "disponibilite"), ("disponibles", "disponibilite"),
        // A complete word that starts a compound and names no other concept still finds it.
        ("portage", "portage-salarial"), ("séquestre", "sequestre-code-source")
    ]

    @Test(arguments: derivedFirsts)
    func aDerivedWordFindsItsBaseConceptFirst(query: String, expected: String) throws {
        let results = try Self.engine.search(query).results
        #expect(results.first?.concept.id == expected, "'\(query)' found \(results.prefix(3).map(\.concept.id))")
    }

    /// A term named exactly stays first; the base concept of its family comes next.
    @Test func anExactTermStaysFirstItsFamilyNext() throws {
        let ids = try Self.engine.search("sous-traitant").results.prefix(2).map(\.concept.id)
        #expect(ids == ["sous-traitant-rgpd", "sous-traitance"])
    }

    /// "où" (where) folds to "ou" (or) but splits no comparison: the description is read whole.
    @Test func whereIsNotOr() throws {
        #expect(QueryAnalysis("contrat où l'on paie au temps passé").parts.count == 1)
        #expect(QueryAnalysis("régie ou forfait").parts.count == 2)
        #expect(QueryAnalysis("Régie OÙ forfait").parts.count == 1)
        #expect(QueryAnalysis("re\u{301}gie ou\u{300} forfait").parts.count == 1)
        #expect(try Self.engine.search("contrat où l'on paie au temps passé").results.first?.concept.id == "regie")
    }

    /// A correctly spelt word that names no concept is reported as the user wrote it.
    @Test(arguments: ["parité", "Parité", "PARITÉ"])
    func anUnnamedWordIsReportedAsTyped(query: String) throws {
        #expect(try Self.engine.search(query).unnamedWords == [query])
        #expect(try Self.engine.search("c'est quoi la \(query)").unnamedWords == [query])
    }

    /// "A vs B", "A ou B", "A or B" return both first.
    @Test(arguments: [
        ("offshore vs nearshore", ["offshore", "nearshore"]), ("SaaS ou PaaS", ["saas", "paas"]),
        ("onshore or offshore", ["onshore", "offshore"]), ("SLA vs KPI", ["sla", "kpi"]),
        ("SaaS PaaS IaaS", ["saas", "paas", "iaas"])
    ])
    func comparisonsReturnEverySide(query: String, expected: [String]) throws {
        let ids = try Self.engine.search(query).results.prefix(expected.count).map(\.concept.id)
        #expect(Set(ids) == Set(expected), "'\(query)' found \(ids)")
    }

    @Test func translationIntentAnswersInTheOtherLanguage() throws {
        #expect(try Self.engine.search("infogérance in English").answerLanguage == .en)
        #expect(try Self.engine.search("French for outsourcing").answerLanguage == .fr)
        #expect(try Self.engine.search("traduction de sous-traitance").answerLanguage == .en)
        #expect(try Self.engine.search("infogérance").answerLanguage == nil)
    }

    @Test func ofshoreMergesEveryCandidateAtTheBestDistanceOffshoreFirst() throws {
        let response = try Self.engine.search("ofshore")
        #expect(response.results.prefix(2).map(\.concept.id) == ["offshore", "onshore"])
        #expect(response.results[0].approximate && response.results[1].approximate)
        #expect(response.correctedQuery == "offshore")
    }

    @Test func correctedQueryIsWrittenAsAUserWould() throws {
        #expect(try Self.engine.search("numérik").correctedQuery == "numérique")
        #expect(try Self.engine.search("infogairance").correctedQuery == "infogérance")
        #expect(try Self.engine.search("sous-traitanse").correctedQuery == "sous-traitance")
    }

    /// A word corrected even when the other words matched.
    @Test func aTypoIsCorrectedBesideWordsThatMatched() throws {
        let response = try Self.engine.search("offshore vs nearshre")
        #expect(Set(response.results.prefix(2).map(\.concept.id)) == ["offshore", "nearshore"])
        #expect(response.correctedQuery == "offshore vs nearshore")
    }

    /// A correctly spelt word is never replaced by another concept's word: never corrected,
    /// never answered by a term of the opposite concept. (The content may mention it:
    /// externalisation's note names internalisation as its reverse.)
    @Test(arguments: [("relocalisation", "delocalisation"), ("internalisation", "externalisation"), ("onshoring", "delocalisation")])
    func aRealWordIsNeverReplaced(word: String, opposite: String) throws {
        let response = try Self.engine.search(word)
        #expect(!response.results.contains { $0.concept.id == opposite && $0.match.kind.isTerm }, "'\(word)' answered \(opposite)")
        #expect(!response.results.contains { $0.approximate })
        #expect(response.correctedQuery == nil)
    }

    /// Over content where relocalisation and internalisation are no concept (the shipped
    /// content now has both): the answer says so and offers the near concepts as see also.
    @Test func aRealWordThatNamesNoConceptSaysSoWithSeeAlso() throws {
        let content = try TestContent(empty: true)
        defer { content.cleanUp() }
        func concept(_ id: String, fr: String, en: String, related: String, definition: String) -> String {
            """
            id: \(id)
            domains: [modeles]
            related: [\(related)]
            fr:
              terms:
                - { text: "\(fr)", status: preferred, gender: f, pos: noun }
              definition: "\(definition)"
            en:
              terms:
                - { text: "\(en)", status: preferred, pos: noun }
              definition: "Definition of \(en)."
            sources:
              - { title: "Test" }
            """
        }
        try content.write(
            "delocalisation",
            concept(
                "delocalisation", fr: "délocalisation", en: "offshoring", related: "externalisation",
                definition: "Transfert d'activités vers un autre pays."))
        try content.write(
            "externalisation",
            concept(
                "externalisation", fr: "externalisation", en: "outsourcing", related: "onshore",
                definition: "Confier une activité à un prestataire ; l'inverse est l'internalisation."))
        try content.write(
            "onshore",
            concept(
                "onshore", fr: "onshore", en: "onshore outsourcing", related: "offshore",
                definition: "Externalisation dans le même pays."))
        try content.write(
            "offshore",
            concept(
                "offshore", fr: "offshore", en: "offshore outsourcing", related: "onshore",
                definition: "Externalisation dans un pays lointain."))
        let engine = SearchEngine(index: try content.index())
        for (word, near) in [("relocalisation", "delocalisation"), ("internalisation", "externalisation")] {
            let response = try engine.search(word)
            #expect(response.unnamedWords == [word])
            #expect(response.correctedQuery == nil)
            #expect(response.results.allSatisfy { !$0.match.kind.isTerm && !$0.approximate }, "\(word): \(response.results.map(\.match.kind))")
            let offered = response.seeAlso.map(\.id) + response.results.map(\.concept.id)
            #expect(offered.contains(near), "\(word): \(offered)")
        }
        // Mentioned in a definition: a result, but not as a term, under "no concept is named".
        #expect(try engine.search("internalisation").results.map(\.concept.id) == ["externalisation"])
        #expect(try engine.search("relocalisation").results.isEmpty)
        // onshoring is onshore's word family: found, not corrected, never délocalisation's offshoring.
        let onshoring = try engine.search("onshoring")
        #expect(onshoring.results.first?.concept.id == "onshore")
        #expect(onshoring.unnamedWords.isEmpty && onshoring.correctedQuery == nil)
        // ofshore: every candidate at the best distance, offshore (same sound) first.
        let ofshore = try engine.search("ofshore")
        #expect(ofshore.results.prefix(2).map(\.concept.id) == ["offshore", "onshore"])
        #expect(ofshore.correctedQuery == "offshore")
    }

    /// A query with one meaningful word that occurs in the content never returns nothing:
    /// every word of every definition, with a stop word and a word that occurs nowhere.
    @Test func aWordOfTheContentAlwaysFindsSomething() throws {
        var words = Set<String>()
        for concept in try Self.index.allConcepts() {
            for language in Language.allCases {
                for word in TextFolding.words(concept[language].definition) where word.count > 3 && !StopWords.contains(word) { words.insert(word) }
            }
        }
        #expect(words.count > 300)
        for word in words.sorted() {
            let results = try Self.engine.search("le \(word) zqxwv").results
            #expect(!results.isEmpty, "'\(word)' occurs in a definition but found nothing")
        }
    }

    /// The match says which field matched and with which words.
    @Test func matchCarriesItsFieldAndWords() throws {
        let first = try #require(try Self.engine.search("récupérer ses données à la fin du contrat").results.first)
        #expect(["keywords", "definition"].contains(first.match.kind.field))
        #expect(first.match.words.count >= 2)
        #expect(Set(first.match.words).isSubset(of: ["recuperer", "donnees", "fin", "contrat"]))
        #expect(!first.snippet.highlights.isEmpty)
    }

    /// BM25 must rank: with FTS5's contentless, column-detail table it was -0.0 for every row.
    @Test func bm25ScoresVary() throws {
        let documents = try Self.index.read { db in
            try db.rankedDocuments(anyOf: ["donne", "contrat", "prestatair"], language: nil, limit: 50)
        }
        #expect(documents.count >= 10)
        #expect(Set(documents.map(\.bm25)).count > documents.count / 2, "BM25: \(documents.map(\.bm25))")
        #expect(documents.allSatisfy { $0.bm25 > 0 })
        #expect(documents.map(\.bm25) == documents.map(\.bm25).sorted(by: >))
    }

    /// A concept file of the fixtures' shape: one French term and definition, one French `field`
    /// (notes, keywords…) holding `text`, one item each, an English term and definition.
    static func concept(_ id: String, related: String, term: String, definition: String, field: String, text: String...) -> String {
        """
        id: \(id)
        domains: [modeles]
        related: [\(related)]
        fr:
          terms:
            - { text: "\(term)", status: preferred, gender: m, pos: noun }
          definition: "\(definition)"
          \(field): [\(text.map { "\"\($0)\"" }.joined(separator: ", "))]
        en:
          terms:
            - { text: "\(id) term", status: preferred, pos: noun }
          definition: "Definition of \(id)."
        sources:
          - { title: "Test" }
        """
    }

    /// Field weights: the same word in a term outranks it in a definition, which outranks a note.
    @Test func termsOutrankDefinitionsOutrankNotes() throws {
        let content = try TestContent(empty: true)
        defer { content.cleanUp() }
        func concept(_ id: String, term: String, definition: String, note: String) -> String {
            Self.concept(id, related: id == "a" ? "b" : "a", term: term, definition: definition, field: "notes", text: note)
        }
        try content.write("a", concept("a", term: "note zorglub", definition: "Une définition.", note: "Rien."))
        try content.write("b", concept("b", term: "bidule", definition: "Une définition du zorglub ici.", note: "Rien."))
        try content.write("c", concept("c", term: "machin", definition: "Une définition.", note: "Une note sur le zorglub."))
        let results = try SearchEngine(index: content.index()).search("le zorglub géant").results
        #expect(results.map(\.concept.id) == ["a", "b", "c"])
        #expect(results.map(\.match.kind.field) == ["terms", "definition", "notes"])
    }

    /// Phrase bonus: when two concepts cover the same words, the one holding them together, in
    /// the query's order, in a term or a learner phrasing comes first (stop words between them
    /// are not tokens). "service de qualité" is not that phrase.
    static let phraseFirsts: [(String, String)] = [
        ("qualité de service", "s"), ("qualité du service", "s"), ("service de qualité", "p")
    ]

    @Test(arguments: phraseFirsts)
    func aPhraseOfATermOrKeywordComesFirst(query: String, expected: String) throws {
        let content = try TestContent(empty: true)
        defer { content.cleanUp() }
        func concept(_ id: String, term: String, definition: String, keyword: String) -> String {
            Self.concept(id, related: id == "p" ? "s" : "p", term: term, definition: definition, field: "keywords", text: keyword)
        }
        // p holds "qualité" in its term, s "service": BM25 alone puts p first.
        try content.write("p", concept("p", term: "plan qualité", definition: "Document du service fourni.", keyword: "service de qualité"))
        try content.write(
            "s", concept("s", term: "accord de service", definition: "Engagement du fournisseur.", keyword: "niveau de qualité de service garanti"))
        let results = try SearchEngine(index: content.index()).search(query).results
        #expect(results.first?.concept.id == expected, "'\(query)' found \(results.map(\.concept.id))")
    }

    /// Over the shipped content: SLA's phrasing "quality of service" outranks the quality plan.
    @Test(arguments: [("qualité de service", "sla"), ("quality of service", "sla")])
    func aPhraseOfTheContentComesFirst(query: String, expected: String) throws {
        let results = try Self.engine.search(query).results
        #expect(results.first?.concept.id == expected, "'\(query)' found \(results.prefix(3).map(\.concept.id))")
    }

    /// A pair is a phrase of one term or keyword only: the last word of one keyword and the
    /// first of the next are neighbours in the field's tokens, but no phrase.
    @Test func aPairNeverSpansTwoKeywords() throws {
        let content = try TestContent(empty: true)
        defer { content.cleanUp() }
        try content.write(
            "apart",
            Self.concept(
                "apart", related: "together", term: "terme écarté", definition: "Définition.", field: "keywords", text: "plan qualité", "service rendu"))
        try content.write(
            "together",
            Self.concept("together", related: "apart", term: "terme joint", definition: "Définition.", field: "keywords", text: "plan", "qualité service rendu")
        )
        let documents = try content.index().read { db in
            try db.rankedDocuments(anyOf: ["qualit", "servic"], pairs: ["qualit servic"], language: .fr, limit: 10)
        }
        let apart = try #require(documents.first { $0.conceptID == "apart" })
        let together = try #require(documents.first { $0.conceptID == "together" })
        #expect(apart.fields[.keywords] == ["qualit", "servic"])
        #expect(apart.adjacent[.keywords, default: []].isEmpty)
        #expect(together.adjacent[.keywords] == ["qualit servic"])
    }

    /// The index reports a pair only where its two tokens are neighbours in a field.
    @Test func rankedDocumentsReportAdjacentPairs() throws {
        let documents = try Self.index.read { db in
            try db.rankedDocuments(anyOf: ["qualit", "servic"], pairs: ["qualit servic"], language: .fr, limit: 200)
        }
        let sla = try #require(documents.first { $0.conceptID == "sla" })
        #expect(sla.adjacent[.keywords] == ["qualit servic"])
        let plan = try #require(documents.first { $0.conceptID == "plan-assurance-qualite" })
        #expect(plan.adjacent[.terms] == nil)
        // Every reported pair has both tokens in that field.
        for document in documents {
            for (field, pairs) in document.adjacent {
                #expect(pairs == ["qualit servic"])
                #expect(document.fields[field]?.isSuperset(of: ["qualit", "servic"]) == true)
            }
        }
    }

    /// Every string of the hostile corpus (issue 18) through search and show's lookup: no
    /// error, whatever the string.
    @Test func hostileCorpusNeverThrows() throws {
        let corpus = HostileStrings.corpus()
        #expect(corpus.count >= 5000)
        for text in corpus {
            do {
                _ = try Self.engine.search(text, language: text.count % 3 == 0 ? .en : nil, limit: 3)
                _ = try Self.index.concept(text)
            } catch {
                Issue.record("\(text.unicodeScalars.map { String($0.value, radix: 16) }): \(error)")
            }
        }
    }
}
