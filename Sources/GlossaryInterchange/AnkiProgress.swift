import Foundation
import GlossaryQuiz

/// The learner's progress to write into the deck (`export --format anki --with-progress`): each
/// card's FSRS state and the review log, with the scheduler settings they were made under.
///
/// Only the cards the deck has carry over: glossary's `fr-en` and `en-fr` cards are the deck's
/// two templates (ordinals 0 and 1 of the concept's note); the other kinds (definitions,
/// choices, contrasts, acronyms) have no Anki card and stay in glossary.
package struct AnkiProgress: Sendable {
    package var cards: [CardProgress]
    package var reviews: [ReviewLogEntry]
    /// The desired retention the cards were scheduled for (Anki's per-card `dr`).
    package var desiredRetention: Double
    package var scheduler: FSRSScheduler

    package init(cards: [CardProgress], reviews: [ReviewLogEntry], desiredRetention: Double, scheduler: FSRSScheduler) {
        self.cards = cards
        self.reviews = reviews
        self.desiredRetention = desiredRetention
        self.scheduler = scheduler
    }

    /// The template ordinal of a glossary card in the deck, and its concept; `nil` for the
    /// kinds the deck has no card for.
    static func ankiCard(_ cardID: String) -> (concept: String, ord: Int)? {
        guard let id = CardID(cardID) else { return nil }
        switch id.kind {
        case .frEn: return (id.concept, 0)
        case .enFr: return (id.concept, 1)
        default: return nil
        }
    }

    /// How many cards with progress the deck carries for the concepts of `conceptIDs`, and how
    /// many it cannot (other kinds, or concepts no longer in the content).
    package func coverage(conceptIDs: Set<String>) -> (carried: Int, leftOut: Int) {
        let carried = cards.filter { Self.ankiCard($0.cardID).map { conceptIDs.contains($0.concept) } ?? false }.count
        return (carried, cards.count - carried)
    }
}
