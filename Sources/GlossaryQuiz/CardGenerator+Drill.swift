import GlossaryModel

extension CardGenerator {
    /// The contrast drill of a leech: the two concepts side by side (``QuizCard/beside``, the
    /// lead and the difference), then the definition of one of them (drawn by the seed) and
    /// the two terms to choose from, graded as a choice. `nil` when either concept is not in
    /// the knowledge base.
    package func drillCard(_ drill: LeechDrill) -> QuizCard? {
        guard let leech = knowledgeBase.concept(drill.concept), let other = knowledgeBase.concept(drill.lookAlike),
            leech.id != other.id
        else { return nil }
        let id = CardID(concept: leech.id, kind: .drill, contrastWith: other.id, language: language)
        let (described, options, correct) = whichOfTwo(leech, other, id: id)
        let note = leech.contrasts.first { $0.with == other.id } ?? other.contrasts.first { $0.with == leech.id }
        let difference = note.map { knowledgeBase.plainText($0[language], language: language) } ?? relation(leech, other)
        let lead: String
        switch drill.reason {
        case .wrongAnswers(let count):
            lead = "You keep forgetting \(quoted(leech)), and \(count) of your wrong answers were \(quoted(other))."
        case .contrast:
            lead = "You keep forgetting \(quoted(leech)), which the glossary contrasts with \(quoted(other))."
        case .sibling(let broader):
            let parent = knowledgeBase.concept(broader).map(quoted) ?? broader
            lead = "You keep forgetting \(quoted(leech)); \(quoted(other)) is another kind of \(parent)."
        }
        return QuizCard(
            id: id, prompt: knowledgeBase.plainText(described[language].definition, language: language),
            promptLanguage: language, answer: .choice(options: options, correct: correct),
            explanation: difference, beside: QuizCard.Beside(lead: lead, concepts: [leech.id, other.id]))
    }

    /// What tells two concepts apart when the content has no contrast note for them: how they
    /// are related, and where to look.
    private func relation(_ a: Concept, _ b: Concept) -> String {
        if a.broader.contains(b.id) {
            return "\(quoted(a)) is one kind of \(quoted(b)): what its definition adds to that of \(quoted(b)) is the difference."
        }
        if b.broader.contains(a.id) {
            return "\(quoted(b)) is one kind of \(quoted(a)): what its definition adds to that of \(quoted(a)) is the difference."
        }
        if let shared = a.broader.first(where: b.broader.contains) {
            let parent = knowledgeBase.concept(shared).map(quoted) ?? shared
            return "Both are kinds of \(parent): their definitions say what sets each apart."
        }
        return "Compare the two definitions: what one covers and the other does not is the difference."
    }

    /// A headword in guillemets, held to them by no-break spaces (as French typography has
    /// it), so that wrapping never leaves « or » alone at the end or start of a line.
    private func quoted(_ concept: Concept) -> String { "«\u{00A0}\(concept.headword(language))\u{00A0}»" }
}
