import GlossaryModel

/// The words the ranked index holds and queries look for: folded (``TextFolding``), without
/// stop words (``StopWords``), stemmed in the text's language (``Stemmer``), and written in
/// letters FTS5's `unicode61` tokenizer keeps whole.
///
/// That last step is what makes any user string safe: a folded word of another script may
/// hold marks or code points the tokenizer splits, which would turn one quoted word into a
/// phrase. A token outside `[a-z0-9]` is therefore written as `ux` and the hex of its UTF-8
/// bytes, the same at indexing and in queries, so it still matches itself and nothing else.
///
/// Tokens are remembered per distinct word (``cacheLimit``): an index build meets the same
/// words again and again, and Snowball and the encoding are the costly steps (a test compares
/// the remembered tokens with ``uncachedToken(_:_:)`` on every word of a text).
///
/// Not `Sendable` (it holds two stemmers and their memory of tokens): make one per thread.
package final class SearchTokens {
    package let french = Stemmer(.fr), english = Stemmer(.en)
    /// Tokens of the words met so far, French then English.
    private var remembered: [[String: String]] = [[:], [:]]

    /// Words remembered per language before the memory starts afresh: the frequent words of a
    /// text come back within that many, and the memory of a thread stays a few MB.
    package static let cacheLimit = 1 << 15

    package init() {}

    package func stemmer(_ language: Language) -> Stemmer { language == .fr ? french : english }

    /// The token of one folded word in `language`.
    package func token(_ folded: String, _ language: Language) -> String {
        let slot = language == .fr ? 0 : 1
        if let token = remembered[slot][folded] { return token }
        let token = uncachedToken(folded, language)
        if remembered[slot].count >= Self.cacheLimit { remembered[slot].removeAll(keepingCapacity: true) }
        remembered[slot][folded] = token
        return token
    }

    /// The token of one folded word, computed afresh: what ``token(_:_:)`` remembers.
    package func uncachedToken(_ folded: String, _ language: Language) -> String {
        Self.encode(stemmer(language).stem(folded))
    }

    /// The tokens of a text in `language`, in order, stop words left out.
    package func tokens(_ text: String, _ language: Language) -> [String] {
        tokens(folded: TextFolding.words(text), language)
    }

    /// The tokens of words already folded (``TextFolding/words(_:)``) in `language`, in order,
    /// stop words left out: for a caller that needs the words too, so the text is folded once.
    package func tokens(folded words: [String], _ language: Language) -> [String] {
        words.compactMap { StopWords.contains($0) ? nil : token($0, language) }
    }

    /// Endings that turn a noun into an adjective or back, removed from a stem to find its
    /// family: "disponibl" (disponible) gives "dispon", which starts "disponibilit"
    /// (disponibilité); "modulair" gives "modul", "confidentiel" "confident".
    package static let familySuffixes = ["ibl", "abl", "air", "iel", "ell", "el", "al", "iqu", "if", "iv", "ic"]

    /// The family root of a folded word in `language`: its stem without a ``familySuffixes``
    /// ending, when at least five letters remain; nil otherwise.
    package func familyRoot(_ folded: String, _ language: Language) -> String? {
        Self.familyRoot(ofStem: stemmer(language).stem(folded))
    }

    /// The family root of a word whose Snowball stem is `stem` (see ``familyRoot(_:_:)``).
    package static func familyRoot(ofStem stem: String) -> String? {
        for suffix in Self.familySuffixes where stem.hasSuffix(suffix) && stem.utf8.count - suffix.utf8.count >= 5 {
            let root = String(stem.utf8.dropLast(suffix.utf8.count))!
            return encode(root) == root ? root : nil
        }
        return nil
    }

    /// ``tokens(_:_:)`` computed afresh, without the memory of tokens.
    package func uncachedTokens(_ text: String, _ language: Language) -> [String] {
        TextFolding.words(text).compactMap { StopWords.contains($0) ? nil : uncachedToken($0, language) }
    }

    /// `word` if it is made of `[a-z0-9]` only, else `ux` and its UTF-8 bytes in hex.
    package static func encode(_ word: String) -> String {
        if !word.isEmpty, word.utf8.allSatisfy({ (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }) { return word }
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        var out: [UInt8] = [0x75, 0x78]
        for byte in word.utf8 { out.append(hex[Int(byte >> 4)]); out.append(hex[Int(byte & 0xF)]) }
        return String(decoding: out, as: UTF8.self)
    }
}
