import GlossaryModel

/// Words that carry no meaning for a search, in their folded form (``TextFolding``), and the
/// phrases that frame a question or ask for a translation.
///
/// These lists are data: the ranked index leaves stop words out, queries drop them before
/// ranked retrieval, and the website's search (a later port to JavaScript) reads the same
/// lists. Term matching (``SearchEngine``'s first tiers) still sees every word, so terms made of
/// stop words ("SI", "cœur de métier") are found whole.
package enum StopWords {
    /// French: articles (elided ones too: "l'" folds to "l"), pronouns, prepositions,
    /// conjunctions, auxiliaries and question words.
    package static let french: Set<String> = [
        "a", "au", "aux", "avec", "c", "ce", "ces", "cet", "cette", "comme", "comment", "d", "dans", "de", "des", "donc",
        "du", "elle", "elles", "en", "entre", "est", "et", "etre", "eux", "il", "ils", "j", "je", "l", "la", "le", "les",
        "leur", "leurs", "lui", "m", "ma", "mais", "me", "mes", "moi", "mon", "n", "ne", "ni", "nos", "notre", "nous",
        "on", "ont", "ou", "par", "pas", "peut", "pour", "qu", "quand", "que", "quel", "quelle", "quelles", "quels",
        "qui", "quoi", "s", "sa", "sans", "se", "ses", "si", "son", "sont", "sur", "t", "ta", "te", "tes", "toi", "ton",
        "tu", "un", "une", "vos", "votre", "vous", "y", "veut", "dire", "signifie", "fait", "faire", "font", "sert",
        "ca", "cela", "ceci", "quoi", "chez", "vers", "afin", "dont", "ai", "as", "avez", "avons", "suis", "es", "sommes",
        "etes", "soit", "sera", "differences", "difference", "versus", "vs", "definition", "definir", "explication",
        "expliquer", "exemple", "terme", "mot", "veux", "voudrais", "besoin", "quelqu", "quelque", "chose", "ma", "tout"
    ]

    /// English: articles, pronouns, prepositions, conjunctions, auxiliaries and question words.
    package static let english: Set<String> = [
        "a", "about", "an", "and", "are", "as", "at", "be", "been", "between", "but", "by", "can", "could", "do", "does",
        "did", "for", "from", "had", "has", "have", "how", "i", "if", "in", "into", "is", "it", "its", "me", "my", "of",
        "on", "or", "our", "so", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
        "those", "to", "us", "was", "we", "were", "what", "when", "where", "which", "who", "whom", "why", "will",
        "with", "would", "you", "your", "mean", "means", "meaning", "called", "call", "term", "word", "definition",
        "define", "explain", "difference", "differences", "versus", "vs", "should", "s", "t", "don", "doesn", "isn",
        "want", "need", "some", "one", "thing", "something", "when", "get", "let"
    ]

    static let all = french.union(english)

    /// Whether `folded` is a stop word of either language.
    package static func contains(_ folded: String) -> Bool { all.contains(folded) }

    /// Words between two concepts a learner compares: "A vs B", "A ou B", "A or B".
    package static let alternatives: Set<String> = ["vs", "versus", "ou", "or", "et", "and", "contre"]

    /// Articles dropped from the start of a query before matching terms ("l'infogérance",
    /// "la réversibilité", "une ESN", "the cloud").
    package static let leadingArticles: Set<String> = ["l", "la", "le", "les", "un", "une", "des", "du", "d", "the", "a", "an"]

    /// Phrases that frame a question, removed wherever they stand ("c'est quoi", "what is").
    package static let questionFrames: [[String]] =
        ([
            "qu est ce que c est", "qu est ce qu", "qu est ce que", "qu est ce", "c est quoi", "c est quoi", "ca veut dire quoi",
            "que veut dire", "que signifie", "que sont", "definition de", "definition of", "what is", "what are",
            "what does", "what s", "how do i", "how do you", "how to", "meaning of", "define", "a quoi sert", "comment"
        ] as [String]).map { $0.split(separator: " ").map(String.init) }

    /// Phrases asking for the other language, with the language wanted (nil: the other one
    /// than the term's).
    package static let translationIntents: [(phrase: [String], target: Language?)] = {
        let english: [String] = [
            "traduction anglaise de", "comment dit on en anglais", "how do you say in english", "en anglais",
            "in english", "english word for", "english term for", "english for", "anglais", "english"
        ]
        let french: [String] = [
            "traduction francaise de", "comment dit on en francais", "how do you say in french", "en francais",
            "in french", "french word for", "french term for", "french for", "francais", "french"
        ]
        let either: [String] = [
            "traduction de", "traduction", "traduire", "translation of", "translation", "translate",
            "comment dit on", "how do you say", "how to say"
        ]
        var intents: [(phrase: [String], target: Language?)] = []
        for (phrases, target) in [(english, Language.en), (french, Language.fr)] as [([String], Language?)] {
            intents += phrases.map { (phrase: $0.split(separator: " ").map(String.init), target: target) }
        }
        intents += either.map { (phrase: $0.split(separator: " ").map(String.init), target: nil) }
        // Longest first, so "in english" goes before "english".
        return intents.sorted { $0.phrase.count > $1.phrase.count }
    }()
}
