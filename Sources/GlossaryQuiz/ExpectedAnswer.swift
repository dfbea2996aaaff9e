import GlossaryModel

/// What a typed card accepts, as a terminologist would: the concept's terms in the language
/// asked, and for an acronym its true expansion in either language.
public struct ExpectedAnswer: Sendable, Hashable {
    /// The concept the card is about.
    public var conceptID: String
    /// The language the answer is asked in.
    public var language: Language
    /// The concept's terms in ``language`` that answer the card, every status: preferred and
    /// admitted are right, deprecated and obsolete are accepted as Hard.
    public var terms: [Term]
    /// The concept's terms in the other language: right on an acronym card (its expansion in
    /// either language is true knowledge), a wrong-language answer on any other card.
    public var otherLanguageTerms: [Term]
    /// Whether ``otherLanguageTerms`` are right answers too (acronym cards).
    public var acceptsOtherLanguage: Bool

    package init(
        conceptID: String, language: Language, terms: [Term], otherLanguageTerms: [Term] = [],
        acceptsOtherLanguage: Bool = false
    ) {
        self.conceptID = conceptID
        self.language = language
        self.terms = terms
        self.otherLanguageTerms = otherLanguageTerms
        self.acceptsOtherLanguage = acceptsOtherLanguage
    }

    /// The term named as "the answer": the first preferred term of the language asked.
    public var preferred: Term {
        terms.first { $0.status == .preferred } ?? terms.first { $0.status.isRecommended } ?? terms[0]
    }

    /// The other language's preferred term, shown beside the answer on an acronym card.
    public var otherPreferred: Term? {
        otherLanguageTerms.first { $0.status == .preferred } ?? otherLanguageTerms.first { $0.status.isRecommended }
    }
}
