import GlossaryModel

/// One flashcard, generated from a concept: what to show and what counts as the answer.
public struct QuizCard: Sendable, Hashable, Identifiable {
    /// The card's stable identity, which its progress is stored under.
    public var id: CardID
    /// What the card asks, as plain text (links resolved to headwords).
    public var prompt: String
    /// The language of ``prompt``.
    public var promptLanguage: Language
    /// What counts as the answer: a term to type, a text to recall, or an option to pick.
    public var answer: Answer
    /// Shown after answering a `contrast` or `drill` card: what tells the two concepts apart.
    public var explanation: String?
    /// Shown before a `drill` card's question: the two concepts side by side.
    public var beside: Beside?

    /// The id of the concept the card asks about.
    public var conceptID: String { id.concept }
    /// What the card asks (translate, define, choose…).
    public var kind: CardKind { id.kind }

    /// A card asking `prompt` and expecting `answer`, with an explanation shown after.
    package init(id: CardID, prompt: String, promptLanguage: Language, answer: Answer, explanation: String? = nil, beside: Beside? = nil) {
        self.id = id
        self.prompt = prompt
        self.promptLanguage = promptLanguage
        self.answer = answer
        self.explanation = explanation
        self.beside = beside
    }

    /// What a drill shows before asking: why, and the concepts to compare (the leech first).
    public struct Beside: Sendable, Hashable {
        /// Why these two are set side by side.
        public var lead: String
        public var concepts: [String]

        public init(lead: String, concepts: [String]) {
            self.lead = lead
            self.concepts = concepts
        }
    }

    /// What counts as the answer.
    public enum Answer: Sendable, Hashable {
        /// Type a term; graded by ``AnswerGrader`` against what the card accepts.
        case typed(ExpectedAnswer)
        /// Recall, reveal this text, grade yourself.
        case recall(String)
        /// Pick one of `options`; `correct` is the index of the right one.
        case choice(options: [Option], correct: Int)
    }

    /// One option of a choice: a concept's headword.
    public struct Option: Sendable, Hashable {
        /// The concept this option names.
        public var conceptID: String
        /// The option as shown: the concept's headword.
        public var text: String

        /// A choice: the text shown, and the concept it stands for.
        package init(conceptID: String, text: String) {
            self.conceptID = conceptID
            self.text = text
        }
    }
}
