import Foundation
import GlossaryModel

/// The concepts and candidate cards of one session, loaded from a ``ConceptSource`` without
/// reading the whole knowledge base: the concepts of the cards that are due, enough concepts
/// with new cards for the day's allowance (drawn in an order fixed by the seed), and around
/// them what the cards need: contrasts, broader, narrower and sibling concepts, link targets,
/// and a sample of other concepts to draw choice distractors from. Its cost depends on the
/// session's size, not on the knowledge base's (beyond listing the ids once), so the first
/// card comes as fast at 100,000 concepts as at 50.
///
/// Wrong-concept answers are recognised among the concepts loaded (``TermLexicon``), which
/// include the most confusable ones; with up to ``sampleSize`` concepts everything is loaded.
package struct SessionDeck: Sendable {
    /// The concepts loaded: the session's and their neighbourhood.
    package var knowledgeBase: KnowledgeBase
    /// The cards to plan from: every card of the session's concepts that passes the filters.
    package var cards: [QuizCard]
    /// The generator the cards came from (for ``CardGenerator/confusable(_:_:)``).
    package var generator: CardGenerator
    /// The contrast drills of the leeches given to ``load(from:language:seed:filter:progress:now:dueConcepts:newConcepts:buried:cram:leeches:)``
    /// that pass the filters and have a look-alike, in the order given.
    package var drills: [QuizCard] = []

    /// Concepts loaded at random beside the session's, for distractors.
    package static let sampleSize = 256

    /// What the session is limited to.
    package struct Filter: Sendable {
        package var kinds: Set<CardKind>
        package var concept: String?
        package var domain: String?

        package init(kinds: Set<CardKind> = Set(CardKind.allCases), concept: String? = nil, domain: String? = nil) {
            self.kinds = kinds
            self.concept = concept
            self.domain = domain
        }
    }

    /// Loads a session's deck. `progress` is every card with progress; `newConcepts` how many
    /// concepts with new cards to find (the planner takes one card per concept). `leeches` are
    /// the concepts to drill (``LeechDrill/leechConcepts(_:lapses:)``) with the wrong answers
    /// given to their cards (``ProgressStore/wrongAnswers(concept:)``).
    package static func load(
        from source: ConceptSource, language: Language, seed: UInt64, filter: Filter,
        progress: [String: CardProgress], now: Date, dueConcepts limit: Int, newConcepts: Int,
        buried: Set<String>, cram: Bool,
        leeches: [(concept: String, wrongAnswers: [ReviewLogEntry])] = []
    ) throws -> SessionDeck {
        var loaded: [String: Concept] = [:]
        func load(_ id: String) throws -> Concept? {
            if let concept = loaded[id] { return concept }
            let concept = try source.concept(id)
            loaded[id] = concept
            return concept
        }
        func passes(_ concept: Concept) -> Bool {
            (filter.concept == nil || concept.id == filter.concept) && (filter.domain.map(concept.domains.contains) ?? true)
        }
        var random = SeededGenerator(seed: seed, label: "deck")
        var session: [String] = [], inSession: Set<String> = []
        func add(_ id: String) { if inSession.insert(id).inserted { session.append(id) } }

        // The concepts of due cards, the most overdue first.
        if !cram {
            let due = progress.values.filter { $0.due <= now }.sorted { ($0.due, $0.cardID) < ($1.due, $1.cardID) }
            for row in due where inSession.count < limit {
                if let concept = try load(row.concept), passes(concept) { add(concept.id) }
            }
        }
        // Concepts with new cards (any cards in cram mode), in the seed's order.
        let allIDs = try source.ids()
        let candidates = filter.concept.map { [$0] } ?? allIDs
        /// The ids of the cards `concept` may give that pass the kinds filter, without loading
        /// its neighbours: a choice needs three other concepts, a contrast its other concept.
        func possibleCards(_ concept: Concept) -> [CardID] {
            let alone = CardGenerator(knowledgeBase: KnowledgeBase(concepts: [concept], domains: []), language: language, seed: seed)
            var ids = alone.cards(for: concept).map(\.id)
            if allIDs.count >= 4 { ids.append(CardID(concept: concept.id, kind: .choice, language: language)) }
            ids += concept.contrasts.map { CardID(concept: concept.id, kind: .contrast, contrastWith: $0.with, language: language) }
            return ids.filter { filter.kinds.contains($0.kind) }
        }
        var found = 0
        for id in candidates.shuffled(using: &random) where found < newConcepts {
            guard !inSession.contains(id), cram || !buried.contains(id), let concept = try load(id), passes(concept) else { continue }
            guard possibleCards(concept).contains(where: { cram || progress[$0.description] == nil }) else { continue }
            add(id)
            found += 1
        }

        // Leeches to drill (not in cram mode, which changes no schedule), and the concepts
        // their wrong answers name.
        var drilled: [(concept: String, wrongAnswers: [ReviewLogEntry])] = []
        if !cram && filter.kinds.contains(.drill) {
            for leech in leeches {
                guard let concept = try load(leech.concept), passes(concept) else { continue }
                drilled.append(leech)
                for other in LeechDrill.loggedConcepts(leech.wrongAnswers) { _ = try load(other) }
            }
        }

        // Around them: what their cards name, what they must not be confused with, links.
        for id in session + drilled.map(\.concept) {
            guard let concept = loaded[id] ?? nil else { continue }
            var around = concept.broader + concept.related + concept.contrasts.map(\.with) + (try source.narrower(id))
            for broader in concept.broader { around += try source.narrower(broader) }
            for language in Language.allCases {
                around += WikiLink.all(in: concept[language].definition).map(\.id)
            }
            for other in around { _ = try load(other) }
        }
        // Others to draw distractors from: all of them when there are few, else a sample.
        let sample =
            allIDs.count <= sampleSize
            ? allIDs
            : (0..<sampleSize).map { _ in allIDs[Int.random(in: 0..<allIDs.count, using: &random)] }
        for id in sample { _ = try load(id) }
        let concepts = loaded.values.compactMap { $0 }.sorted { $0.id < $1.id }
        let knowledgeBase = KnowledgeBase(concepts: concepts, domains: [])
        let generator = CardGenerator(knowledgeBase: knowledgeBase, language: language, seed: seed)
        let cards = session.compactMap { knowledgeBase.concept($0) }.flatMap(generator.cards(for:)).filter { filter.kinds.contains($0.kind) }
        let lexicon = drilled.isEmpty ? .empty : TermLexicon(knowledgeBase: knowledgeBase)
        let drills = drilled.compactMap { leech in
            knowledgeBase.concept(leech.concept)
                .flatMap { LeechDrill.choose(for: $0, wrongAnswers: leech.wrongAnswers, knowledgeBase: knowledgeBase, lexicon: lexicon) }
                .flatMap(generator.drillCard)
        }
        return SessionDeck(knowledgeBase: knowledgeBase, cards: cards, generator: generator, drills: drills)
    }
}
