import GlossaryModel

/// Turns a knowledge base into flashcards for one language being learnt.
///
/// A concept yields only the kinds its content supports: `acronym` needs a recommended acronym
/// and a full form in the language, `choice` needs three other concepts to draw wrong answers
/// from, `contrast` needs a `contrasts` entry whose other concept exists. Choices and the side
/// a contrast card shows are drawn from `seed`, so one seed gives one set of cards.
public struct CardGenerator: Sendable {
    public let knowledgeBase: KnowledgeBase
    /// The language being learnt: definitions are shown and terms expected in it.
    public let language: Language
    public let seed: UInt64

    public init(knowledgeBase: KnowledgeBase, language: Language = .fr, seed: UInt64 = 0) {
        self.knowledgeBase = knowledgeBase
        self.language = language
        self.seed = seed
    }

    /// Every card of every concept, concept by concept, kinds in ``CardKind`` order.
    public func cards() -> [QuizCard] {
        knowledgeBase.concepts.flatMap(cards(for:))
    }

    /// The cards of one concept.
    public func cards(for concept: Concept) -> [QuizCard] {
        let lang = language
        let section = concept[lang]
        let definition = knowledgeBase.plainText(section.definition, language: lang)
        func id(_ kind: CardKind) -> CardID { CardID(concept: concept.id, kind: kind, language: lang) }
        var cards: [QuizCard] = [
            QuizCard(id: id(.frEn), prompt: concept.headword(.fr), promptLanguage: .fr, answer: .typed(terms: concept.en.terms, language: .en)),
            QuizCard(id: id(.enFr), prompt: concept.headword(.en), promptLanguage: .en, answer: .typed(terms: concept.fr.terms, language: .fr)),
            QuizCard(id: id(.defTerm), prompt: definition, promptLanguage: lang, answer: .typed(terms: section.terms, language: lang)),
            QuizCard(id: id(.termDef), prompt: concept.headword(lang), promptLanguage: lang, answer: .recall(definition)),
        ]
        if let choice = choiceCard(concept, definition: definition) { cards.append(choice) }
        for contrast in concept.contrasts {
            if let card = contrastCard(concept, contrast) { cards.append(card) }
        }
        if let acronym = section.terms.first(where: { $0.type == .acronym && $0.status.isRecommended }) {
            var fullForms = section.terms.filter { $0.type == .fullForm }
            if fullForms.isEmpty {
                fullForms = section.terms.filter { $0.type != .acronym && $0.type != .abbreviation && $0.status.isRecommended }
            }
            if !fullForms.isEmpty {
                cards.append(QuizCard(id: id(.acronym), prompt: acronym.text, promptLanguage: lang,
                                      answer: .typed(terms: fullForms, language: lang)))
            }
        }
        return cards
    }

    /// Concepts to draw wrong answers from, the most confusable first: the concept's
    /// contrasts (both ways), its siblings under the same broader concept, its domains, then
    /// the rest. Each tier is shuffled by the seed.
    public func distractors(for concept: Concept, count: Int, random: inout SeededGenerator) -> [Concept] {
        let contrasts = Set(concept.contrasts.map(\.with))
            .union(knowledgeBase.concepts.filter { $0.contrasts.contains { $0.with == concept.id } }.map(\.id))
        let siblings = Set(concept.broader.flatMap { knowledgeBase.narrower($0) })
        let domain = Set(concept.domains.flatMap { knowledgeBase.concepts(inDomain: $0).map(\.id) })
        let everyone = Set(knowledgeBase.concepts.map(\.id))
        let ownHeadword = TextFolding.fold(concept.headword(language))
        var chosen: [Concept] = []
        var seen: Set<String> = [concept.id]
        for tier in [contrasts, siblings, domain, everyone] {
            for id in tier.sorted().shuffled(using: &random) where chosen.count < count && !seen.contains(id) {
                seen.insert(id)
                guard let other = knowledgeBase.concept(id), TextFolding.fold(other.headword(language)) != ownHeadword,
                      !chosen.contains(where: { TextFolding.fold($0.headword(language)) == TextFolding.fold(other.headword(language)) })
                else { continue }
                chosen.append(other)
            }
        }
        return chosen
    }

    private func choiceCard(_ concept: Concept, definition: String) -> QuizCard? {
        let id = CardID(concept: concept.id, kind: .choice, language: language)
        var random = SeededGenerator(seed: seed, label: id.description)
        let wrong = distractors(for: concept, count: 3, random: &random)
        guard wrong.count == 3 else { return nil }
        var options = ([concept] + wrong).map { QuizCard.Option(conceptID: $0.id, text: $0.headword(language)) }
        options.shuffle(using: &random)
        let correct = options.firstIndex { $0.conceptID == concept.id }!
        return QuizCard(id: id, prompt: definition, promptLanguage: language, answer: .choice(options: options, correct: correct))
    }

    /// Shows the definition of one of the two concepts (drawn by the seed) and asks which.
    private func contrastCard(_ concept: Concept, _ contrast: Contrast) -> QuizCard? {
        guard let other = knowledgeBase.concept(contrast.with), other.id != concept.id else { return nil }
        let id = CardID(concept: concept.id, kind: .contrast, contrastWith: other.id, language: language)
        var random = SeededGenerator(seed: seed, label: id.description)
        let described = Bool.random(using: &random) ? concept : other
        var options = [concept, other].map { QuizCard.Option(conceptID: $0.id, text: $0.headword(language)) }
        options.shuffle(using: &random)
        let correct = options.firstIndex { $0.conceptID == described.id }!
        return QuizCard(id: id, prompt: knowledgeBase.plainText(described[language].definition, language: language),
                        promptLanguage: language, answer: .choice(options: options, correct: correct),
                        explanation: knowledgeBase.plainText(contrast[language], language: language))
    }
}
