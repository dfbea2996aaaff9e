import GlossaryModel

extension CardGenerator {
    /// The contrast drill of a leech: the two concepts side by side (``QuizCard/beside``, the
    /// lead and the difference), then the definition of one of them (drawn by the seed) and
    /// the two terms to choose from, graded as a choice. `nil` when either concept is not in
    /// the knowledge base.
    package func drillCard(_ drill: LeechDrill) -> QuizCard? {
        guard let leech = knowledgeBase.concept(drill.concept), let other = knowledgeBase.concept(drill.lookAlike),
              leech.id != other.id else { return nil }
        let id = CardID(concept: leech.id, kind: .drill, contrastWith: other.id, language: language)
        var random = SeededGenerator(seed: seed, label: id.description)
        let described = Bool.random(using: &random) ? leech : other
        var options = [leech, other].map { QuizCard.Option(conceptID: $0.id, text: $0.headword(language)) }
        options.shuffle(using: &random)
        let correct = options.firstIndex { $0.conceptID == described.id }!
        let note = leech.contrasts.first { $0.with == other.id } ?? other.contrasts.first { $0.with == leech.id }
        let difference = note.map { knowledgeBase.plainText($0[language], language: language) } ?? relation(leech, other)
        let lead: String
        switch drill.reason {
        case .wrongAnswers(let count):
            lead = "You keep forgetting « \(leech.headword(language)) », and \(count) of your wrong answers were « \(other.headword(language)) »."
        case .contrast:
            lead = "You keep forgetting « \(leech.headword(language)) », which the glossary contrasts with « \(other.headword(language)) »."
        case .sibling(let broader):
            let parent = knowledgeBase.concept(broader)?.headword(language) ?? broader
            lead = "You keep forgetting « \(leech.headword(language)) »; « \(other.headword(language)) » is another kind of « \(parent) »."
        }
        return QuizCard(id: id, prompt: knowledgeBase.plainText(described[language].definition, language: language),
                        promptLanguage: language, answer: .choice(options: options, correct: correct),
                        explanation: difference, beside: QuizCard.Beside(lead: lead, concepts: [leech.id, other.id]))
    }

    /// What tells two concepts apart when the content has no contrast note for them: how they
    /// are related, and where to look.
    private func relation(_ a: Concept, _ b: Concept) -> String {
        func name(_ c: Concept) -> String { "« \(c.headword(language)) »" }
        if a.broader.contains(b.id) {
            return "\(name(a)) is one kind of \(name(b)): what its definition adds to that of \(name(b)) is the difference."
        }
        if b.broader.contains(a.id) {
            return "\(name(b)) is one kind of \(name(a)): what its definition adds to that of \(name(a)) is the difference."
        }
        if let shared = a.broader.first(where: b.broader.contains) {
            let parent = knowledgeBase.concept(shared).map(name) ?? shared
            return "Both are kinds of \(parent): their definitions say what sets each apart."
        }
        return "Compare the two definitions: what one covers and the other does not is the difference."
    }
}
