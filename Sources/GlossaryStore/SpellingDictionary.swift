import Foundation
import GlossaryModel

/// The words of French and English, from the Hunspell dictionaries Debian installs
/// (`hunspell-fr`, `hunspell-en-us`), to tell a correctly spelt word from a typo: typo
/// correction never replaces a real word by another concept's word ("relocalisation" is not a
/// misspelt "délocalisation").
///
/// A folded word is known when it is a dictionary entry (folded), or when its Snowball stem is
/// the stem of an entry of that language ("onshoring" and "onshore"). The dictionaries are read
/// once per process, the first time a search considers correcting a word; without them, no
/// word is known and corrections are offered as before.
package enum SpellingDictionary {
    /// Where the `.dic` files are looked for, by language.
    static let files: [(Language, [String])] = [
        (.fr, ["/usr/share/hunspell/fr_FR.dic", "/usr/share/hunspell/fr.dic"]),
        (.en, ["/usr/share/hunspell/en_US.dic", "/usr/share/hunspell/en_GB.dic"])
    ]

    private struct Words: Sendable {
        var entries: Set<String> = []
        var stems: [Language: Set<String>] = [:]
        /// What the stemmer removed from the entries whose stem starts them ("ation" of
        /// "relocalisation"), by language.
        var suffixes: [Language: Set<String>] = [:]
    }

    private static let words: Words = {
        var words = Words()
        let tokens = SearchTokens()
        for (language, paths) in files {
            guard let path = paths.first(where: { FileManager.default.isReadableFile(atPath: $0) }),
                let data = FileManager.default.contents(atPath: path)
            else { continue }
            var stems = Set<String>(), suffixes = Set<String>()
            // One entry a line: the word, then optional "/flags" and morphological fields.
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
                words.entries.insert(word)
                let stem = tokens.stemmer(language).stem(word)
                stems.insert(stem)
                if word.hasPrefix(stem) { suffixes.insert(String(word.dropFirst(stem.count))) }
            }
            words.stems[language] = stems
            words.suffixes[language] = suffixes
        }
        return words
    }()

    /// Whether the folded `word` is spelt right in French or English.
    package static func knows(_ word: String) -> Bool {
        if words.entries.contains(word) { return true }
        let tokens = SearchTokens()
        return Language.allCases.contains { words.stems[$0]?.contains(tokens.stemmer($0).stem(word)) == true }
    }

    /// Every folded entry of the dictionaries (empty without them): the website's index ships
    /// the stems of those that stand for a word of the content.
    package static var entries: Set<String> { words.entries }

    /// The Snowball stems of the entries of `language` (see ``knows(_:)``).
    package static func stems(_ language: Language) -> Set<String> { words.stems[language] ?? [] }

    /// The endings Snowball removed from the entries of `language` whose stem starts them, ""
    /// included: with ``stems(_:)``, what lets the website tell a word is known without a
    /// stemmer (a word is a stem and one of these endings).
    package static func suffixes(_ language: Language) -> Set<String> { words.suffixes[language] ?? [] }

    /// Whether any dictionary could be read.
    package static var isAvailable: Bool { !words.entries.isEmpty }
}
