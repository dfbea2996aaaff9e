/// The kinds of flashcard a concept can yield.
public enum CardKind: String, Sendable, Codable, CaseIterable, Hashable {
    /// The French preferred term; type the English one.
    case frEn = "fr-en"
    /// The English preferred term; type the French one.
    case enFr = "en-fr"
    /// A definition in the language being learnt; type the term.
    case defTerm = "def-term"
    /// A term; recall its definition, reveal, grade yourself.
    case termDef = "term-def"
    /// A definition and four terms to choose from.
    case choice
    /// A definition and the two concepts of a `contrasts` entry: which one is it?
    case contrast
    /// An acronym; type its full form.
    case acronym
    /// A leech (a card forgotten again and again) set beside the concept it is most confused
    /// with: both entries side by side, then the definition of one and the two terms to choose
    /// from. Made from the learner's history (``LeechDrill``), not from the content alone.
    case drill

    /// Whether the card depends on the language being learnt (all but the two translations).
    package var dependsOnLanguage: Bool { self != .frEn && self != .enFr }

    /// Whether the card's id names a second concept (`contrast`, `drill`).
    public var pairsConcepts: Bool { self == .contrast || self == .drill }

    /// How the learner answers.
    package var answering: Answering {
        switch self {
        case .frEn, .enFr, .defTerm, .acronym: .typed
        case .termDef: .selfGraded
        case .choice, .contrast, .drill: .choice
        }
    }

    /// How the learner answers a card: by typing, by grading themselves, or by choosing.
    package enum Answering: Sendable {
        case typed, selfGraded, choice
    }
}
