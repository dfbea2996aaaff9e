/// Where a card stands in FSRS. A card that was never answered has no state at all (it is
/// "new"); its first answer puts it in ``learning``, as in py-fsrs.
public enum CardState: String, Sendable, Codable, CaseIterable, Hashable {
    /// Being learnt through the short learning steps (1 min, 10 min).
    case learning
    /// Graduated: scheduled in days by stability.
    case review
    /// Forgotten after graduating, going through the relearning step (10 min).
    case relearning
}
