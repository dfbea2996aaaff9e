import Foundation
import GlossaryModel

/// The words of French and English, from the Hunspell dictionaries Debian installs
/// (`hunspell-fr`, `hunspell-en-us`), to tell a correctly spelt word from a typo: typo
/// correction never replaces a real word by another concept's word ("relocalisation" is not a
/// misspelt "délocalisation").
///
/// A folded word is known when it is a dictionary entry (folded), or when its Snowball stem is
/// the stem of an entry of that language ("onshoring" and "onshore"). The dictionaries are read
/// once per process, the first time a search considers correcting a word, through the user's
/// cache (``DictionaryCache``); without them, no word is known and corrections are offered as
/// before.
package enum SpellingDictionary {
    /// Where the `.dic` files are looked for, by language.
    static let files: [(Language, [String])] = [
        (.fr, ["/usr/share/hunspell/fr_FR.dic", "/usr/share/hunspell/fr.dic"]),
        (.en, ["/usr/share/hunspell/en_US.dic", "/usr/share/hunspell/en_GB.dic"])
    ]

    private struct Words: Sendable {
        var list = DictionaryWords()
        var entries: Set<String> = []
        var stems: [Language: Set<String>] = [:]
        /// What the stemmer removed from the entries whose stem starts them ("ation" of
        /// "relocalisation"), by language.
        var suffixes: [Language: Set<String>] = [:]

        init(_ list: DictionaryWords) {
            self.list = list
            entries = Set(list.words)
            for language in Language.allCases {
                var stems = Set<String>(), suffixes = Set<String>()
                for i in list.words.indices where list.isEntry(i, of: language) {
                    let word = list.words[i], stem = list.stem(i, language)
                    stems.insert(stem)
                    if word.hasPrefix(stem) { suffixes.insert(String(word.dropFirst(stem.count))) }
                }
                self.stems[language] = stems
                self.suffixes[language] = suffixes
            }
        }
    }

    /// The `.dic` file read for each language that has one.
    private static let found: [(Language, String)] = files.compactMap { language, paths in
        paths.first(where: { FileManager.default.isReadableFile(atPath: $0) }).map { (language, $0) }
    }

    private static let words: Words = Words(DictionaryCache.load(found, cache: found.isEmpty ? nil : DictionaryCache.defaultPath()))

    /// What every set here is computed from: the dictionary files (path, size and modification
    /// time, as ``DictionaryCache`` keys its file) and the version of their folding and
    /// stemming; nil without dictionaries. A cache of anything derived from these words (the
    /// website's spelling filter) is valid exactly as long as this is the same.
    package static var inputsKey: String? { found.isEmpty ? nil : DictionaryCache.key(found) }

    /// Whether the folded `word` is spelt right in French or English.
    package static func knows(_ word: String) -> Bool {
        knows(word, tokens: SearchTokens())
    }

    /// ``knows(_:)`` with the stemmers of `tokens`, for a caller that holds them already
    /// (making a `SearchTokens` opens two Snowball stemmers).
    package static func knows(_ word: String, tokens: SearchTokens) -> Bool {
        if words.entries.contains(word) { return true }
        return Language.allCases.contains { words.stems[$0]?.contains(tokens.stemmer($0).stem(word)) == true }
    }

    /// The entries with their stems in both languages (``DictionaryWords``): the website's
    /// index reads the tokens of the words a learner may type from them.
    package static var list: DictionaryWords { words.list }

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
