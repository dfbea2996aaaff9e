import Foundation
import GlossaryModel
import GlossaryStore

/// Finds the concepts a learner means, whatever they type.
///
/// A query is first read by ``QueryAnalysis``: translation intents ("en anglais", "French for")
/// and question frames ("c'est quoi", "how do I") are set aside, leading articles dropped, and
/// the words that carry meaning kept apart from stop words (``StopWords``). Then, from best:
///
/// | match | score |
/// |---|---|
/// | the whole query equals a term | 1.0 |
/// | equal once plurals are removed | 0.97 |
/// | a term starts with the query | 0.80–0.90, closer to 0.90 the more of the term is typed |
/// | the query is of a term's word family ("externaliser": externalisation; "subcontractor": subcontracting), see ``sameStems(_:coreCount:language:tokens:into:in:)`` | 0.73–0.765 |
/// | a longer term starts with the query's whole words ("hébergeur": hébergeur de données de santé) | 0.70–0.72 |
/// | every word of the query is in a term | 0.60–0.70 |
/// | ranked retrieval: any meaningful word anywhere in the concept | 0–0.5 |
///
/// Term scores are multiplied by the term's ``TermStatus/weight``. "A vs B", "A ou B", "A or B"
/// also match each side's terms on its own. Ranked retrieval ranks whole concepts (one document
/// per concept and language: terms, keywords, definition, other texts) by FTS5's BM25 with
/// field weights (``ConceptDocument/Field/weight``) over Snowball stems (``SearchTokens``), so
/// words spread over a concept's fields add up and "externaliser" meets "externalisation" (the
/// index keeps each token's impact on each document, and a search adds them up to FTS5's own
/// scores: ``GlossaryIndex/Reader/rankedDocuments(anyOf:prefixes:pairs:language:limit:)``); its
/// score is `0.5 × (0.47 × coverage + 0.45 × bm25 / best bm25 + 0.08 × phrase)`, coverage
/// being the share of the meaningful words found in the concept, and phrase 1 when those words,
/// in the query's order, stand next to each other in one of its terms or learner phrasings
/// ("qualité de service": SLA's "niveau de qualité de service garanti" before plan d'assurance
/// qualité, which holds "qualité" in a term and "service" elsewhere). Coverage counts every
/// word alike: weighting it by rarity (inverse document frequency) ranked worse on the three
/// tuning sets, since BM25 already weighs rarity (BENCHMARKS.md, 2026-12-02).
///
/// **Typos.** A meaningful word of four letters or more that occurs nowhere in the index is
/// compared with the terms' vocabulary: every word within the edits
/// ``EditDistance/allowedTypos(forLength:)`` allows is a candidate, a word with the same
/// ``PhoneticKey`` counts as closest; all candidates at the best distance are kept (same sound
/// first, then an added or dropped letter, then the most frequent), and the query runs again
/// with each, its results merged and flagged approximate at 0.85 times their score. A word that
/// is correctly spelt French or English (``SpellingDictionary``) is never replaced: when it is
/// the whole query and no term or keyword holds it, the response names it in
/// ``SearchResponse/unnamedWords`` (its results are then only texts that mention it) and offers
/// the near concepts as ``SearchResponse/seeAlso``.
///
/// User text never reaches FTS5 syntax: every word is folded and quoted, and ranked retrieval's
/// tokens are `[a-z0-9]` only.
public struct SearchEngine: Sendable {
    package let index: GlossaryIndex
    /// Stemmers and their memory of tokens, reused by the engine's searches.
    private let tokensPool = SearchTokensPool()
    /// The typo vocabulary's bands read so far, kept for the engine's later typos.
    private let vocabularyBands = VocabularyBands()

    /// A search over `index`.
    public init(index: GlossaryIndex) { self.index = index }

    struct Hit {
        var score: Double
        var match: SearchMatch
        var approximate = false
        /// For ranked hits: the tokens that matched, to pick and highlight a passage.
        var tokens: Set<String> = []
        var field: ConceptDocument.Field?
    }

    /// The best `limit` concepts for `query`, in `language` only when given, ranked as
    /// ``SearchEngine`` describes.
    public func search(_ query: String, language: Language? = nil, limit: Int = 10) throws -> SearchResponse {
        var analysis = QueryAnalysis(query)
        guard !analysis.core.isEmpty, limit > 0 else { return SearchResponse(query: query, results: []) }
        return try index.read { db in
            let tokens = tokensPool.take()
            defer { tokensPool.give(tokens) }
            func addFamilies(_ analysis: inout QueryAnalysis) throws {
                // Only for correctly spelt words: a typo's family would be a guess. The word
                // itself is looked for too, so its family only adds concepts.
                for word in Set(analysis.meaningful) where word.count >= 6 {
                    let roots = Set((language.map { [$0] } ?? Language.allCases).compactMap { tokens.familyRoot(word, $0) })
                    if !roots.isEmpty, SpellingDictionary.knows(word) {
                        analysis.families[word] = roots.sorted()
                    }
                }
            }
            try addFamilies(&analysis)
            var hits = try run(analysis, language: language, limit: limit, tokens: tokens, in: db)
            if hits.isEmpty, analysis.wantsTranslation {
                // "french" or "traduction" was a word of the query after all.
                analysis = QueryAnalysis(query, intents: false)
                try addFamilies(&analysis)
                hits = try run(analysis, language: language, limit: limit, tokens: tokens, in: db)
            }
            // Each folded word as the user wrote it ("parité", not "parite").
            let typed = Self.typedWords(query)
            let typos = try TypoPlan(analysis, typed: typed, hits: hits, language: language, tokens: tokens, bands: vocabularyBands, in: db)
            var correctedWords: [String: String] = [:]
            for (n, alternative) in typos.alternatives.enumerated() {
                let found = try run(alternative.analysis, language: language, limit: limit, tokens: tokens, in: db)
                guard !found.isEmpty else { continue }
                for (word, surface) in alternative.replaced where correctedWords[word] == nil { correctedWords[word] = surface }
                // Earlier alternatives are the closer candidates: a hair more weight.
                let factor = 0.85 - 0.001 * Double(n)
                for (id, hit) in found where (hits[id]?.score ?? 0) < hit.score * factor {
                    var hit = hit
                    hit.score *= factor
                    hit.approximate = true
                    hits[id] = hit
                }
            }
            let ranked = hits.sorted { a, b in
                a.value.score != b.value.score ? a.value.score > b.value.score : a.key < b.key
            }.prefix(limit)
            let concepts = try db.concepts(ranked.map(\.key))
            var results: [SearchResult] = []
            for (id, hit) in ranked {
                guard let concept = concepts[id] else { continue }
                let (match, snippet) = try describe(hit, concept: concept, tokens: tokens, in: db)
                results.append(
                    SearchResult(
                        concept: concept, score: (hit.score * 1000).rounded() / 1000,
                        approximate: hit.approximate, match: match, snippet: snippet))
            }
            var response = SearchResponse(query: query, results: results)
            if results.contains(where: \.approximate) {
                response.correctedQuery = Self.rewrite(query, replacing: correctedWords)
            }
            if !typos.unnamed.isEmpty {
                response.unnamedWords = typos.unnamed.map { typed[$0.word] ?? $0.word }
                var seen = Set(results.map(\.concept.id))
                var seeAlso: [String] = []
                for alternative in typos.unnamed.flatMap(\.alternatives) {
                    // Every hit, not only the best five: those already shown are passed over.
                    // Equal scores by id, as results: the same query always offers the same.
                    let found = try run(alternative.analysis, language: language, limit: 5, tokens: tokens, everyHit: true, in: db)
                    let ranked = found.sorted { a, b in a.value.score != b.value.score ? a.value.score > b.value.score : a.key < b.key }
                    for (id, _) in ranked where seen.insert(id).inserted { seeAlso.append(id) }
                }
                let seeAlsoConcepts = try db.concepts(Array(seeAlso.prefix(5)))
                response.seeAlso = seeAlso.prefix(5).compactMap { seeAlsoConcepts[$0] }
            }
            if analysis.wantsTranslation {
                response.answerLanguage = analysis.targetLanguage ?? results.first.map { $0.match.language == .fr ? .en : .fr }
            }
            return response
        }
    }

    // MARK: - Running one reading of the query

    /// The best hit of each concept: the term tiers on the whole query and on each side of a
    /// comparison, then ranked retrieval on the meaningful words.
    ///
    /// Without `everyHit`, hits that cannot be among the best `limit` nor change what a search
    /// does with them may be left out (see ``stemsSettled(_:_:limit:)``).
    func run(
        _ analysis: QueryAnalysis, language: Language?, limit: Int, tokens: SearchTokens, everyHit: Bool = false, in db: GlossaryIndex.Reader
    ) throws -> [String: Hit] {
        var hits: [String: Hit] = [:]
        try termTiers(analysis.core, language: language, limit: limit, tokens: tokens, everyHit: everyHit, into: &hits, in: db)
        if everyHit || analysis.isComparison || !Self.stemsSettled(analysis, hits, limit: limit) {
            try sameStems(analysis.meaningful, coreCount: analysis.core.count, language: language, tokens: tokens, into: &hits, in: db)
        }
        if analysis.isComparison {
            for part in analysis.parts {
                try termTiers(part, language: language, limit: limit, tokens: tokens, everyHit: everyHit, into: &hits, in: db)
            }
        }
        if hits.count < limit || hits.values.count(where: { $0.score > 0.5 }) < limit {
            try ranked(analysis.meaningful, families: analysis.families, language: language, limit: limit, tokens: tokens, into: &hits, in: db)
        }
        return hits
    }

    /// Whether ``sameStems(_:coreCount:language:tokens:into:in:)`` can change nothing a search
    /// returns: `limit` hits already score above any term of the query's family (0.765), so
    /// ranked retrieval is skipped with or without it, and its hits, lower, are neither among
    /// the best `limit` nor (0.85 times their score, for a corrected reading) above those of
    /// the reading's best `limit`; and every meaningful word is already named by a term or
    /// keyword, so ``TypoPlan`` leaves them all alone either way.
    static func stemsSettled(_ analysis: QueryAnalysis, _ hits: [String: Hit], limit: Int) -> Bool {
        hits.count >= limit && hits.values.count(where: { $0.score > stemsCeiling }) >= limit
            && analysis.meaningful.allSatisfy { word in
                hits.values.contains { $0.match.kind <= .keywords && $0.match.words.contains(word) }
            }
    }

    /// Above the best score of a term of the query's family (0.765).
    static let stemsCeiling = 0.77

    /// Shares of ranked retrieval's score (see the type's documentation); they add up to 1.
    static let coverageShare = 0.47, bm25Share = 0.45, phraseShare = 0.08

    static func offer(_ id: String, _ hit: Hit, into hits: inout [String: Hit]) {
        if let existing = hits[id], existing.score >= hit.score { return }
        hits[id] = hit
    }

    /// Ranked retrieval over whole concepts (see the type's documentation).
    private func ranked(
        _ words: [String], families: [String: [String]], language: Language?, limit: Int, tokens: SearchTokens,
        into hits: inout [String: Hit], in db: GlossaryIndex.Reader
    ) throws {
        guard !words.isEmpty else { return }
        let languages = language.map { [$0] } ?? Language.allCases
        // Each word's token in each language: a document is matched by the tokens of its own
        // language only ("infogerence" stems to English "infoger", which is not French).
        let groups: [[Language: String]] = words.map { word in
            Dictionary(uniqueKeysWithValues: languages.map { ($0, tokens.token(word, $0)) })
        }
        var all: [String] = []
        for group in groups { for l in languages where !all.contains(group[l]!) { all.append(group[l]!) } }
        let prefixes = words.map { families[$0] ?? [] }
        // Consecutive meaningful words, as the tokens of each language: a phrase of the query.
        var pairs = Set<String>()
        for (a, b) in zip(groups, groups.dropFirst()) { for l in languages { pairs.insert("\(a[l]!) \(b[l]!)") } }
        let documents = try db.rankedDocuments(
            anyOf: all, prefixes: Array(Set(prefixes.joined())).sorted(), pairs: pairs, language: language,
            limit: max(30, 3 * limit))
        var matched: [(document: GlossaryIndex.Reader.RankedDocument, words: [String], tokens: Set<String>, field: ConceptDocument.Field)] = []
        for document in documents {
            var matchedWords: [String] = []
            var matchedTokens = Set<String>()
            var bestField: ConceptDocument.Field?
            for (i, (word, group)) in zip(words, groups).enumerated() {
                for field in ConceptDocument.Field.allCases {
                    var found = group[document.language].map { document.fields[field]?.contains(Substring($0)) == true ? [$0] : [] } ?? []
                    for root in prefixes[i] { found += document.fields[field]?.filter { $0.hasPrefix(root) }.map(String.init) ?? [] }
                    guard !found.isEmpty else { continue }
                    matchedWords.append(word)
                    matchedTokens.formUnion(found)
                    if bestField == nil || field < bestField! { bestField = field }
                    break
                }
            }
            if let bestField { matched.append((document, matchedWords, matchedTokens, bestField)) }
        }
        guard let best = matched.map(\.document.bm25).max(), best > 0 else { return }
        for (document, matchedWords, matchedTokens, bestField) in matched {
            let coverage = Double(matchedWords.count) / Double(words.count)
            // The whole query, stop words aside, is a phrase of a term or of a learner phrasing.
            let named = document.adjacent[.terms, default: []].union(document.adjacent[.keywords, default: []])
            let isPhrase =
                words.count > 1
                && zip(groups, groups.dropFirst()).allSatisfy { a, b in
                    named.contains("\(a[document.language]!) \(b[document.language]!)")
                }
            let phrase: Double = isPhrase ? 1 : 0
            let score = 0.5 * (Self.coverageShare * coverage + Self.bm25Share * document.bm25 / best + Self.phraseShare * phrase)
            let kind: SearchMatch.Kind =
                switch bestField as ConceptDocument.Field? {
                case .terms: .termWords
                case .keywords: .keywords
                case .definition: .definition
                default: .note
                }
            let match = SearchMatch(kind: kind, language: document.language, text: "", term: nil, words: matchedWords)
            Self.offer(document.conceptID, Hit(score: score, match: match, tokens: matchedTokens, field: bestField), into: &hits)
        }
    }

    /// The match as shown (the term or passage that matched) and its snippet.
    private func describe(_ hit: Hit, concept: Concept, tokens: SearchTokens, in db: GlossaryIndex.Reader) throws -> (SearchMatch, Snippet) {
        var match = hit.match
        let language = match.language
        let definition = { try db.plainText(concept[language].definition, language: language) }
        let isMatched = { (folded: String) in !StopWords.contains(folded) && hit.tokens.contains(tokens.token(folded, language)) }
        switch hit.field {
        case nil:
            match.term = concept[language].terms.first { $0.text == match.text }
            return (match, Snippet.make(text: try definition(), queryWords: [], lastIsPrefix: false))
        case .terms?:
            let term = concept[language].terms.first { TextFolding.words($0.text).contains(where: isMatched) } ?? concept[language].headword
            match.text = term?.text ?? concept.headword(language)
            match.term = term
            return (match, Snippet.make(text: try definition(), matches: isMatched))
        case .keywords?:
            match.text =
                concept[language].keywords.max { a, b in
                    TextFolding.words(a).count(where: isMatched) < TextFolding.words(b).count(where: isMatched)
                } ?? ""
            return (match, Snippet.make(text: try definition(), matches: isMatched))
        case .definition?, .other?:
            // The passage holding most of the matched words.
            var best: (kind: PassageKind, text: String, count: Int)?
            for passage in try db.passages(of: concept.id, language: language) {
                if hit.field == .definition && passage.kind != .definition { continue }
                if hit.field == .other && passage.kind == .definition { continue }
                let count = Set(TextFolding.words(passage.text).filter(isMatched)).count
                if count > (best?.count ?? 0) { best = (passage.kind, passage.text, count) }
            }
            let fallback = try definition()
            let passage = best ?? (.definition, fallback, 0)
            match.kind = SearchMatch.Kind(rawValue: passage.kind.rawValue) ?? .note
            match.text = passage.text
            return (match, Snippet.make(text: passage.text, matches: isMatched))
        }
    }

    /// Each folded word of `query` and the word as typed ("parite": "Parité").
    static func typedWords(_ query: String) -> [String: String] {
        var typed: [String: String] = [:]
        var word = ""
        func flush() {
            let folded = TextFolding.words(word)
            if folded.count == 1, typed[folded[0]] == nil { typed[folded[0]] = word }
            word = ""
        }
        for character in query {
            if character.isLetter || character.isNumber { word.append(character) } else { flush() }
        }
        flush()
        return typed
    }

    /// `query` with each folded word of `replacements` written as its replacement, keeping
    /// everything else as typed.
    static func rewrite(_ query: String, replacing replacements: [String: String]) -> String {
        var out = ""
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            let folded = TextFolding.words(word)
            if folded.count == 1, let replacement = replacements[folded[0]] ?? replacements[TextFolding.stem(folded[0])] {
                out += replacement
            } else {
                out += word
            }
            word = ""
        }
        for character in query {
            if character.isLetter || character.isNumber { word.append(character) } else { flush(); out.append(character) }
        }
        flush()
        return out
    }
}
