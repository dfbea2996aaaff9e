import Foundation
import GlossaryModel
import GlossaryStore

/// The two ways of telling a correctly spelt word from a typo that Benchmarks/spelling compares,
/// over the installed dictionaries: `forms`, today's ``SpellingDictionary/knows(_:)`` (a form
/// Hunspell accepts, folded), and `stems`, the rule it replaced (a folded fr_FR or en_US entry,
/// or a word whose Snowball stem is the stem of an entry of that language).
enum SpellingRules {
    /// For each line of `input`, the word as typed, a tab, and 1 when `rule` knows it (folded
    /// as a query's words are), else 0.
    static func run(_ rule: String, input: String) throws -> [String] {
        let knows: (String, String) -> Bool
        switch rule {
        case "forms":
            // Loaded before the first word, as the other rule's sets are.
            _ = SpellingDictionary.knows("")
            knows = { SpellingDictionary.knows($0, typed: $1) }
        case "stems":
            let stems = stemRule()
            knows = { word, _ in stems(word) }
        default: throw SpellingRuleError(rule: rule)
        }
        return input.split(separator: "\n").compactMap { line in
            let words = TextFolding.words(String(line))
            guard words.count == 1 else { return nil }
            return line + "\t" + (knows(words[0], String(line)) ? "1" : "0")
        }
    }

    struct SpellingRuleError: Error, CustomStringConvertible {
        var rule: String
        var description: String { "unknown spelling rule '\(rule)' (forms or stems)" }
    }

    /// The earlier rule, read from the `.dic` files afresh.
    static func stemRule() -> (String) -> Bool {
        let files: [(Language, String)] = [
            (.fr, ["/usr/share/hunspell/fr_FR.dic", "/usr/share/hunspell/fr.dic"].first { FileManager.default.isReadableFile(atPath: $0) } ?? ""),
            (.en, "/usr/share/hunspell/en_US.dic")
        ]
        let list = DictionaryWords.read(files)
        let entries = Set(list.words)
        var stems: [Language: Set<String>] = [:]
        for language in Language.allCases {
            stems[language] = Set(list.words.indices.filter { list.isEntry($0, of: language) }.map { list.stem($0, language) })
        }
        let stemmers = Language.allCases.map { ($0, Stemmer($0)) }
        return { word in
            entries.contains(word) || stemmers.contains { language, stemmer in stems[language]!.contains(stemmer.stem(word)) }
        }
    }
}
