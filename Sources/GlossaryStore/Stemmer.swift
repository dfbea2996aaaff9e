import CStemmer
import GlossaryModel

/// Snowball's stemmer for French or English (the C library `libstemmer`), on folded words, so
/// that the words of one family meet: "externaliser" and "externalisation" both give
/// "externalis", "hebergement" gives "heberg".
///
/// Stemming runs on folded words (no accents), at indexing and on queries alike, so the two
/// always agree; Snowball's French rules that need accents ("-ité") simply do not fire, which
/// costs a few conflations and no mismatches. One step is added after Snowball's, for French
/// only: agent nouns lose their suffix (``frenchAgentSuffixes``: "hebergeur" → "heberg", like
/// "hebergement"), when at least four letters remain.
///
/// Not `Sendable`: a libstemmer stemmer keeps its working buffer between calls. Make one per
/// thread (they cost a few microseconds).
package final class Stemmer {
    package let language: Language
    private let handle: OpaquePointer

    /// French agent-noun endings removed after Snowball, longest first.
    package static let frenchAgentSuffixes = ["ateur", "atric", "euse", "eur"]

    package init(_ language: Language) {
        self.language = language
        // Both algorithms are compiled into every libstemmer; nil only without memory.
        handle = sb_stemmer_new(language == .fr ? "french" : "english", "UTF_8")!
    }

    deinit { sb_stemmer_delete(handle) }

    /// The stem of a folded word.
    package func stem(_ word: String) -> String {
        var word = word
        let stemmed: String = word.withUTF8 { bytes in
            guard let base = bytes.baseAddress, bytes.count < Int(Int32.max),
                let out = sb_stemmer_stem(handle, base, Int32(bytes.count))
            else { return String(decoding: bytes, as: UTF8.self) }
            return String(decoding: UnsafeBufferPointer(start: out, count: Int(sb_stemmer_length(handle))), as: UTF8.self)
        }
        guard language == .fr else { return stemmed }
        for suffix in Self.frenchAgentSuffixes where stemmed.hasSuffix(suffix) && stemmed.utf8.count - suffix.utf8.count >= 4 {
            return String(stemmed.utf8.dropLast(suffix.utf8.count))!
        }
        return stemmed
    }
}
