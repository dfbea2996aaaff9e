import Foundation
import GlossaryModel

/// The words of a language from its hunspell dictionary (Debian's `hunspell-fr`,
/// `hunspell-en-us`), to tell an acronym that is also an ordinary word ("SAGE", "PAS") from
/// one that is not ("SSII").
struct WordList {
    /// The dictionary files tried for each language, first found wins.
    static func paths(_ language: Language) -> [String] {
        switch language {
        case .fr: ["/usr/share/hunspell/fr_FR.dic", "/usr/share/hunspell/fr.dic", "/usr/share/myspell/dicts/fr_FR.dic"]
        case .en: ["/usr/share/hunspell/en_US.dic", "/usr/share/hunspell/en_GB.dic", "/usr/share/myspell/dicts/en_US.dic"]
        }
    }

    /// For each folded word of `candidates`, whether the language's dictionary has it; empty
    /// when no dictionary is installed. One pass over the file, whatever the number of words.
    static func membership(of candidates: Set<String>, in language: Language) -> [String: Bool]? {
        guard !candidates.isEmpty else { return [:] }
        guard let path = paths(language).first(where: FileManager.default.isReadableFile(atPath:)),
            let contents = FileManager.default.contents(atPath: path)
        else { return nil }
        var found: [String: Bool] = [:]
        for word in candidates { found[word] = false }
        let data = [UInt8](contents)
        var lineStart = 0
        // Each line is `word/FLAGS`; the first line is the entry count.
        for i in data.indices where data[i] == 0x0A {
            var end = lineStart
            while end < i, data[end] != 0x2F, data[end] != 0x09, data[end] != 0x0D { end += 1 }
            // Only lowercase entries are ordinary words (the dictionaries list acronyms too), and
            // a folded acronym is lowercase ASCII: other entries cannot be one.
            let isLowercaseASCII = data[lineStart..<end].allSatisfy { (b: UInt8) -> Bool in (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) }
            if end > lineStart, end - lineStart <= 12, isLowercaseASCII {
                let word = String(decoding: data[lineStart..<end], as: UTF8.self)
                if found[word] == false { found[word] = true }
            }
            lineStart = i + 1
        }
        return found
    }
}
