import Foundation
import GlossaryModel

/// A leech (a card forgotten ``defaultLapses`` times or more, Anki's rule) set beside the
/// concept it is most confused with, for a contrast drill instead of one more lapse.
///
/// The look-alike is, in order:
/// 1. the concept of the wrong answers the learner actually gave to the leech's cards, the
///    most frequent (ties: the most recent, then the id): the option picked, the other
///    concept whose term was typed (logged from schema 4 on), or, for older log rows, the
///    concept whose term the logged text is;
/// 2. else its first contrast (either way round) in the content;
/// 3. else a sibling under the same broader concept (the first by id).
/// A leech with none of these is not drilled: it comes back as it is.
package struct LeechDrill: Sendable, Hashable {
    /// Lapses that make a card a leech, as Anki's default.
    package static let defaultLapses = 8

    /// Why the look-alike was chosen.
    package enum Reason: Sendable, Hashable {
        /// The learner gave its terms this many times for the leech's.
        case wrongAnswers(Int)
        /// The content lists it among the leech's contrasts.
        case contrast
        /// It comes under the same broader concept (the id of that concept).
        case sibling(String)
    }

    /// The leech's concept.
    package var concept: String
    /// The concept it is drilled against.
    package var lookAlike: String
    package var reason: Reason

    package init(concept: String, lookAlike: String, reason: Reason) {
        self.concept = concept
        self.lookAlike = lookAlike
        self.reason = reason
    }

    /// The concepts with a leech among their cards: those with a card that lapsed `lapses`
    /// times or more, the most lapsed first (ties by id).
    package static func leechConcepts(_ progress: some Collection<CardProgress>, lapses: Int = defaultLapses) -> [String] {
        var most: [String: Int] = [:]
        for card in progress where card.lapses >= lapses { most[card.concept] = max(most[card.concept] ?? 0, card.lapses) }
        return most.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
    }

    /// The concepts `wrongAnswers` point to, as far as they can be told without the content:
    /// the ones logged with the answer (schema 4). What ``SessionDeck`` must load beside the leech.
    package static func loggedConcepts(_ wrongAnswers: [ReviewLogEntry]) -> [String] {
        Array(Set(wrongAnswers.compactMap(\.answerConcept))).sorted()
    }

    /// Chooses the look-alike of `concept` (see the type's rules). `wrongAnswers` are the
    /// Again answers to its cards (``ProgressStore/wrongAnswers(concept:)``); `knowledgeBase`
    /// must hold the candidates (a candidate it lacks cannot be shown, and is skipped);
    /// `lexicon` tells which concept a logged text names.
    package static func choose(
        for concept: Concept, wrongAnswers: [ReviewLogEntry], knowledgeBase: KnowledgeBase,
        lexicon: TermLexicon
    ) -> LeechDrill? {
        var counts: [String: (count: Int, last: Date)] = [:]
        for entry in wrongAnswers {
            let named: [String]
            if let logged = entry.answerConcept {
                named = [logged]
            } else if let text = entry.answer {
                // Older rows: the text typed or the option picked. A term several concepts
                // share names none of them in particular.
                let owners = Set(lexicon.entries(forKey: TermKey.key(text)).map(\.conceptID))
                named = owners.count == 1 ? Array(owners) : []
            } else {
                named = []
            }
            for id in named where id != concept.id && knowledgeBase.concept(id) != nil {
                let before = counts[id]
                counts[id] = ((before?.count ?? 0) + 1, max(before?.last ?? entry.reviewedAt, entry.reviewedAt))
            }
        }
        if let best = counts.max(by: { a, b in (a.value.count, a.value.last, b.key) < (b.value.count, b.value.last, a.key) }) {
            return LeechDrill(concept: concept.id, lookAlike: best.key, reason: .wrongAnswers(best.value.count))
        }
        let contrasts =
            concept.contrasts.map(\.with)
            + knowledgeBase.concepts.filter { $0.contrasts.contains { $0.with == concept.id } }.map(\.id).sorted()
        if let contrast = contrasts.first(where: { $0 != concept.id && knowledgeBase.concept($0) != nil }) {
            return LeechDrill(concept: concept.id, lookAlike: contrast, reason: .contrast)
        }
        for broader in concept.broader {
            if let sibling = knowledgeBase.narrower(broader).sorted().first(where: { $0 != concept.id }) {
                return LeechDrill(concept: concept.id, lookAlike: sibling, reason: .sibling(broader))
            }
        }
        return nil
    }
}
