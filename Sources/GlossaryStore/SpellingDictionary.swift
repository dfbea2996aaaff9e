import Foundation
import GlossaryModel

/// The words of French and English, from the Hunspell dictionaries Debian installs
/// (`hunspell-fr`, `hunspell-en-us`, `hunspell-en-gb`), to tell a correctly spelt word from a
/// typo: typo correction never replaces a real word by another concept's word
/// ("relocalisation" is not a misspelt "délocalisation").
///
/// A folded word is known when it is a form Hunspell accepts, folded (``DictionaryForms``):
/// an entry or one of its inflected or derived forms by the `.aff` affix rules ("libertés",
/// "outsourcing"), so a typo ("libretés", "odering") is not taken for a word, as the earlier
/// rule (any word whose Snowball stem is an entry's) took 5 % of them. The content's British
/// English ("organised", "behaviour") is why en_GB is read beside en_US.
///
/// The dictionaries are read once per process, the first time a search considers correcting
/// a word, through the user's cache (``DictionaryCache``); without them, no word is known and
/// corrections are offered as before.
package enum SpellingDictionary {
    /// Where the `.dic` files are looked for: the first found of each list, each read with the
    /// `.aff` beside it.
    static let files: [(Language, [String])] = [
        (.fr, ["/usr/share/hunspell/fr_FR.dic", "/usr/share/hunspell/fr.dic"]),
        (.en, ["/usr/share/hunspell/en_US.dic"]),
        (.en, ["/usr/share/hunspell/en_GB.dic"])
    ]

    /// The `.dic` files read, by language.
    private static let found: [(Language, String)] = files.compactMap { language, paths in
        paths.first(where: { FileManager.default.isReadableFile(atPath: $0) }).map { (language, $0) }
    }

    private static let words: DictionaryWords = DictionaryCache.load(found, cache: found.isEmpty ? nil : DictionaryCache.defaultPath())

    private static let forms: DictionaryForms = DictionaryCache.loadForms(found, cache: found.isEmpty ? nil : DictionaryCache.formsPath())

    private static let entrySet: Set<String> = Set(words.words)

    /// What every set here is computed from: the dictionary files (path, size and modification
    /// time, as ``DictionaryCache`` keys its file) and the version of their folding, stemming
    /// and spelling out; nil without dictionaries. A cache of anything derived from these
    /// words (the website's spelling filter) is valid exactly as long as this is the same.
    package static var inputsKey: String? {
        found.isEmpty ? nil : "forms \(DictionaryCache.formsVersion)\n" + DictionaryCache.key(found)
    }

    /// Whether the folded `word` is spelt right in French or English: some form the
    /// dictionaries accept folds to it. A name or an acronym ("Paris", "Clint") counts only
    /// when `typed`, the word as the user wrote it, starts with a capital: "clint" is a typo
    /// of "client".
    package static func knows(_ word: String, typed: String? = nil) -> Bool {
        if forms.contains(word) { return true }
        guard let first = typed?.first, first.isUppercase else { return false }
        return forms.contains(DictionaryForms.nameMark + word)
    }

    /// Every folded form the dictionaries accept, names marked (see ``knows(_:typed:)``): the
    /// website ships them in its spelling filter.
    package static var knownForms: DictionaryForms { forms }

    /// The entries with their stems in both languages (``DictionaryWords``): the website's
    /// index reads the tokens of the words a learner may type from them.
    package static var list: DictionaryWords { words }

    /// Every folded entry of the dictionaries (empty without them).
    package static var entries: Set<String> { entrySet }

    /// Whether any dictionary could be read.
    package static var isAvailable: Bool { forms.count > 0 }
}
