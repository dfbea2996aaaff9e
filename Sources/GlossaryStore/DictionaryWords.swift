import Foundation
import GlossaryModel

/// The entries of the Hunspell dictionaries, folded, each once, with its Snowball stems in both
/// languages and the dictionaries it is in: what ``SpellingDictionary`` derives its sets from,
/// and what the website's index reads for the tokens of the words a learner may type.
///
/// Reading them means folding and stemming some 163 000 words twice (about a second of CPU),
/// so they are kept in the user's cache by ``DictionaryCache`` and read from the `.dic` files
/// again only when these change. Parallel arrays, one slot a word: no dictionary of strings.
package struct DictionaryWords: Sendable, Equatable {
    /// The folded entries, each once, in the order the files first give them.
    package var words: [String] = []
    /// The Snowball stem of each word in French (``Stemmer``).
    package var french: [String] = []
    /// The Snowball stem of each word in English.
    package var english: [String] = []
    /// The dictionaries each word is in: bit 0 French, bit 1 English.
    package var languages: [UInt8] = []

    package init() {}

    /// The stem of word `i` in `language`.
    package func stem(_ i: Int, _ language: Language) -> String { language == .fr ? french[i] : english[i] }

    /// Whether word `i` is an entry of the dictionary of `language`.
    package func isEntry(_ i: Int, of language: Language) -> Bool { languages[i] & Self.bit(language) != 0 }

    static func bit(_ language: Language) -> UInt8 { language == .fr ? 1 : 2 }

    /// The words of the `.dic` files, one path a language (a missing file gives no word),
    /// folded and stemmed afresh.
    package static func read(_ files: [(Language, String)]) -> DictionaryWords {
        var out = DictionaryWords()
        var slots: [String: Int] = [:]
        for (language, path) in files {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            // One entry a line after the count: the word, then optional "/flags" and
            // morphological fields.
            for line in data.split(separator: 0x0A).dropFirst() {
                let end = line.firstIndex { $0 == 0x2F || $0 == 0x09 || $0 == 0x20 } ?? line.endIndex
                let bytes = line[line.startIndex..<end]
                let word: String
                if !bytes.isEmpty, bytes.allSatisfy({ (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }) {
                    // Lowercase ASCII letters and digits fold to themselves: most entries
                    // skip ``TextFolding``, which gives the same word for them.
                    word = String(decoding: bytes, as: UTF8.self)
                } else {
                    let folded = TextFolding.words(String(decoding: bytes, as: UTF8.self))
                    guard folded.count == 1, let only = folded.first else { continue }
                    word = only
                }
                if let slot = slots[word] {
                    out.languages[slot] |= bit(language)
                } else {
                    slots[word] = out.words.count
                    out.words.append(word)
                    out.languages.append(bit(language))
                }
            }
        }
        let words = out.words
        let stems = Parallel.map(
            words.count, state: { (Stemmer(.fr), Stemmer(.en)) },
            { stemmers, i in (stemmers.0.stem(words[i]), stemmers.1.stem(words[i])) })
        out.french = stems.map(\.0)
        out.english = stems.map(\.1)
        return out
    }
}
