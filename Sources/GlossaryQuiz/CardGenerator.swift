import GlossaryModel

/// Turns a knowledge base into flashcards for one language being learnt.
///
/// A concept yields only the kinds its content supports: `acronym` needs a recommended acronym
/// and a full form in the language, `choice` needs three other concepts to draw wrong answers
/// from, `contrast` needs a `contrasts` entry whose other concept exists. Choices and the side
/// a contrast card shows are drawn from `seed`, so one seed gives one set of cards.
public struct CardGenerator: Sendable {
    package let knowledgeBase: KnowledgeBase
    /// The language being learnt: definitions are shown and terms expected in it.
    package let language: Language
    package let seed: UInt64
    /// Who contrasts with whom, both ways, and the concepts of each domain: built once, so
    /// that a concept's cards cost the same whatever the size of the knowledge base.
    private let contrasted: [String: Set<String>]
    private let byDomain: [String: [String]]
    private let allIDs: [String]

    /// A generator of the cards of `knowledgeBase` for a learner of `language`; `seed` fixes the
    /// choice of distractors.
    public init(knowledgeBase: KnowledgeBase, language: Language = .fr, seed: UInt64 = 0) {
        self.knowledgeBase = knowledgeBase
        self.language = language
        self.seed = seed
        var contrasted: [String: Set<String>] = [:], byDomain: [String: [String]] = [:]
        for concept in knowledgeBase.concepts {
            for contrast in concept.contrasts {
                contrasted[concept.id, default: []].insert(contrast.with)
                contrasted[contrast.with, default: []].insert(concept.id)
            }
            for domain in concept.domains { byDomain[domain, default: []].append(concept.id) }
        }
        self.contrasted = contrasted
        self.byDomain = byDomain
        allIDs = knowledgeBase.concepts.map(\.id)
    }

    /// Whether two concepts are easily confused: the same concept, a contrast either way, or
    /// siblings under one broader concept. The session keeps them apart.
    package func confusable(_ a: String, _ b: String) -> Bool {
        if a == b || contrasted[a]?.contains(b) == true { return true }
        guard let x = knowledgeBase.concept(a), let y = knowledgeBase.concept(b) else { return false }
        return !Set(x.broader).isDisjoint(with: y.broader)
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
        var cards: [QuizCard] = []
        // A concept in one language only (imported, flagged by `check`) yields only the cards
        // its content supports: translations need both languages, the rest the learner's
        // language, and those showing or asking for a definition need one.
        if concept.has(.fr) && concept.has(.en) {
            cards.append(QuizCard(id: id(.frEn), prompt: concept.headword(.fr), promptLanguage: .fr, answer: .typed(expected(concept, .en))))
            cards.append(QuizCard(id: id(.enFr), prompt: concept.headword(.en), promptLanguage: .en, answer: .typed(expected(concept, .fr))))
        }
        guard concept.has(lang) else { return cards.filter { !Self.givesAway($0) } }
        if !section.definition.isEmpty {
            cards.append(QuizCard(id: id(.defTerm), prompt: definition, promptLanguage: lang, answer: .typed(expected(concept, lang))))
            cards.append(QuizCard(id: id(.termDef), prompt: concept.headword(lang), promptLanguage: lang, answer: .recall(definition)))
            if let choice = choiceCard(concept, definition: definition) { cards.append(choice) }
        }
        for contrast in concept.contrasts {
            if let card = contrastCard(concept, contrast) { cards.append(card) }
        }
        if let acronym = acronymCard(concept) { cards.append(acronym) }
        return cards.filter { !Self.givesAway($0) }
    }

    /// The acronym card, where the concept has a recommended acronym and a full form.
    private func acronymCard(_ concept: Concept) -> QuizCard? {
        let section = concept[language]
        guard let acronym = section.terms.first(where: { $0.type == .acronym && $0.status.isRecommended }) else { return nil }
        let fullForms = Self.fullForms(section.terms)
        guard !fullForms.isEmpty else { return nil }
        let answer = ExpectedAnswer(
            conceptID: concept.id, language: language, terms: fullForms,
            otherLanguageTerms: Self.fullForms(concept[language.other].terms), acceptsOtherLanguage: true)
        return QuizCard(
            id: CardID(concept: concept.id, kind: .acronym, language: language), prompt: acronym.text,
            promptLanguage: language, answer: .typed(answer))
    }

    /// The ids of the cards of `concept`, as ``cards(for:)`` gives them, without making the
    /// text of the cards that cannot give their answer away (definitions to recall, choices,
    /// contrasts): for counting cards (`stats`), which would otherwise make every card of the
    /// content. A test checks it against ``cards(for:)``.
    package func cardIDs(for concept: Concept) -> [CardID] {
        let lang = language
        func id(_ kind: CardKind) -> CardID { CardID(concept: concept.id, kind: kind, language: lang) }
        func kept(_ card: QuizCard) -> [CardID] { Self.givesAway(card) ? [] : [card.id] }
        var ids = kept(QuizCard(id: id(.frEn), prompt: concept.headword(.fr), promptLanguage: .fr, answer: .typed(expected(concept, .en))))
        ids += kept(QuizCard(id: id(.enFr), prompt: concept.headword(.en), promptLanguage: .en, answer: .typed(expected(concept, .fr))))
        ids += kept(
            QuizCard(
                id: id(.defTerm), prompt: knowledgeBase.plainText(concept[lang].definition, language: lang),
                promptLanguage: lang, answer: .typed(expected(concept, lang))))
        ids.append(id(.termDef))
        var random = SeededGenerator(seed: seed, label: id(.choice).description)
        if distractors(for: concept, count: 3, random: &random).count == 3 { ids.append(id(.choice)) }
        for contrast in concept.contrasts where contrast.with != concept.id && knowledgeBase.concept(contrast.with) != nil {
            ids.append(CardID(concept: concept.id, kind: .contrast, contrastWith: contrast.with, language: lang))
        }
        if let acronym = acronymCard(concept) { ids += kept(acronym) }
        return ids
    }

    /// What a typed card about `concept` accepts in `language`.
    func expected(_ concept: Concept, _ language: Language) -> ExpectedAnswer {
        ExpectedAnswer(
            conceptID: concept.id, language: language, terms: concept[language].terms,
            otherLanguageTerms: concept[language.other].terms)
    }

    /// The expansions of an acronym: the terms marked `fullForm`, else the recommended terms
    /// that are not acronyms or abbreviations.
    static func fullForms(_ terms: [Term]) -> [Term] {
        let marked = terms.filter { $0.type == .fullForm }
        return marked.isEmpty ? terms.filter { $0.type != .acronym && $0.type != .abbreviation && $0.status.isRecommended } : marked
    }

    /// Whether the prompt is itself an accepted answer once folded (`PaaS → PaaS`, a French
    /// term borrowed from English): such a card asks nothing.
    static func givesAway(_ card: QuizCard) -> Bool {
        guard case .typed(let expected) = card.answer else { return false }
        let prompt = TermKey.key(card.prompt)
        let accepted =
            expected.terms.filter(\.status.isRecommended)
            + (expected.acceptsOtherLanguage ? expected.otherLanguageTerms.filter(\.status.isRecommended) : [])
        return accepted.contains { TermKey.key($0.text) == prompt }
    }

    /// Concepts to draw wrong answers from, the most confusable first: the concept's
    /// contrasts (both ways), its siblings under the same broader concept, its domains, then
    /// the rest; each tier in an order drawn by the seed. Never a synonym (a concept sharing
    /// a term with the answer), the broader or a narrower concept: those would be right too.
    /// Large tiers are sampled rather than shuffled whole, so the cost does not grow with
    /// the knowledge base.
    package func distractors(for concept: Concept, count: Int, random: inout SeededGenerator) -> [Concept] {
        let siblings = concept.broader.flatMap { knowledgeBase.narrower($0) }
        // One domain (nearly every concept): its list as it is, not a copy of it per concept,
        // which made counting the choice cards of a large domain quadratic.
        let domain = concept.domains.count == 1 ? byDomain[concept.domains[0]] ?? [] : concept.domains.flatMap { byDomain[$0] ?? [] }
        var excluded = Set([concept.id] + concept.broader + knowledgeBase.narrower(concept.id))
        let ownKeys = Set(Language.allCases.flatMap { concept[$0].terms.map { TermKey.key($0.text) } })
        let ownHeadword = TextFolding.fold(concept.headword(language))
        var chosen: [Concept] = []
        var chosenHeadwords: Set<String> = [ownHeadword]
        func consider(_ id: String) {
            guard chosen.count < count, excluded.insert(id).inserted, let other = knowledgeBase.concept(id), other.has(language) else { return }
            let headword = TextFolding.fold(other.headword(language))
            guard !chosenHeadwords.contains(headword),
                !Language.allCases.contains(where: { lang in other[lang].terms.contains { ownKeys.contains(TermKey.key($0.text)) } })
            else { return }
            chosenHeadwords.insert(headword)
            chosen.append(other)
        }
        for tier in [Array(contrasted[concept.id] ?? []), siblings, domain, allIDs] where chosen.count < count {
            if tier.count <= 64 {
                for id in tier.sorted().shuffled(using: &random) { consider(id) }
            } else {
                // Sampled: at most a few dozen draws, whatever the size of the tier.
                for _ in 0..<(count * 8) where chosen.count < count { consider(tier[Int.random(in: 0..<tier.count, using: &random)]) }
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
        guard let other = knowledgeBase.concept(contrast.with), other.id != concept.id, other.has(language),
            !concept[language].definition.isEmpty, !other[language].definition.isEmpty
        else { return nil }
        let id = CardID(concept: concept.id, kind: .contrast, contrastWith: other.id, language: language)
        let (described, options, correct) = whichOfTwo(concept, other, id: id)
        return QuizCard(
            id: id, prompt: knowledgeBase.plainText(described[language].definition, language: language),
            promptLanguage: language, answer: .choice(options: options, correct: correct),
            explanation: knowledgeBase.plainText(contrast[language], language: language))
    }

    /// The "which of the two" question of contrast and drill cards: one of `a` and `b` drawn by
    /// the seed for `id` (its definition is the prompt), and both headwords in a seeded order.
    func whichOfTwo(_ a: Concept, _ b: Concept, id: CardID) -> (described: Concept, options: [QuizCard.Option], correct: Int) {
        var random = SeededGenerator(seed: seed, label: id.description)
        let described = Bool.random(using: &random) ? a : b
        var options = [a, b].map { QuizCard.Option(conceptID: $0.id, text: $0.headword(language)) }
        options.shuffle(using: &random)
        return (described, options, options.firstIndex { $0.conceptID == described.id }!)
    }
}
