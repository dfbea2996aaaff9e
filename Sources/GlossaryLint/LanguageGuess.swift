import GlossaryModel

/// Tells French prose from English by its most frequent small words: enough for a paragraph,
/// and the same answer for the same words every time.
enum LanguageGuess {
    static let french: Set<UInt64> = Set(
        [
            "le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "pour", "que", "qui", "dans", "sur", "pas",
            "au", "aux", "ce", "cette", "ces", "son", "sa", "ses", "par", "avec", "sont", "ou", "il", "elle", "nous",
            "vous", "leur", "leurs", "mais", "plus", "se", "ne", "en", "d", "l", "qu", "n", "s", "c", "j", "ont", "etre"
        ].map(FNV1a.hash))
    static let english: Set<UInt64> = Set(
        [
            "the", "and", "of", "to", "is", "in", "that", "for", "with", "are", "on", "as", "by", "it", "this", "be",
            "or", "an", "from", "which", "not", "its", "their", "has", "have", "was", "were", "will", "would", "can",
            "should", "we", "you", "they", "our", "but", "if", "at", "into", "than", "these", "those", "what", "how"
        ].map(FNV1a.hash))

    /// The language most of `tokens`' small words belong to; nil when neither has any.
    static func guess(_ tokens: [ProseToken]) -> Language? {
        var fr = 0, en = 0
        for token in tokens {
            if french.contains(token.word) { fr += 1 }
            if english.contains(token.word) { en += 1 }
        }
        if fr == en { return nil }
        return fr > en ? .fr : .en
    }
}
