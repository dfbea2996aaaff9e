import GlossaryModel
import GlossaryQuiz

/// The note type, deck and templates of the exported Anki deck. Their ids are constants so
/// that importing a newer export maps onto the same note type and deck.
enum AnkiNoteType {
    static let modelID: Int64 = 1_736_500_000_001
    static let deckID: Int64 = 1_736_500_000_002
    static let name = "Glossaire infogérance (FR/EN)"
    static let deckName = "Glossaire de l'infogérance"
    static let fields = ["French", "French definition", "English", "English definition", "Concept"]

    /// Front and back of each direction: the question shows one language's terms, the answer
    /// the other's with both definitions.
    static let templates: [(name: String, front: String, back: String)] = [
        (
            "FR → EN",
            "<div class=\"lang\">FR → EN</div><div class=\"terms\">{{French}}</div>",
            "{{FrontSide}}<hr id=\"answer\"><div class=\"terms\">{{English}}</div><div class=\"def\">{{English definition}}</div><div class=\"def fr\">{{French definition}}</div>"
        ),
        (
            "EN → FR",
            "<div class=\"lang\">EN → FR</div><div class=\"terms\">{{English}}</div>",
            "{{FrontSide}}<hr id=\"answer\"><div class=\"terms\">{{French}}</div><div class=\"def\">{{French definition}}</div><div class=\"def en\">{{English definition}}</div>"
        )
    ]

    /// The glossary card each template is, by ordinal: the progress of `<concept>:fr-en`
    /// goes to the FR → EN card, that of `<concept>:en-fr` to the EN → FR one.
    static let cardIDs: [@Sendable (String) -> String] = [
        { CardID(concept: $0, kind: .frEn).description },
        { CardID(concept: $0, kind: .enFr).description }
    ]

    static let css = """
        .card { font-family: sans-serif; font-size: 20px; text-align: center; color: black; background-color: white; }
        .lang { font-size: 12px; color: #888; }
        .terms b { font-size: 26px; }
        .def { font-size: 16px; margin-top: 0.6em; }
        .def.fr, .def.en { color: #555; }
        .old { color: #a33; text-decoration: line-through; }
        """
}
