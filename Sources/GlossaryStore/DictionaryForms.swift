import Foundation
import GlossaryModel

/// Every word form the Hunspell dictionaries accept, folded to lowercase ASCII letters and
/// digits (the rare form with another letter left out): each `.dic` entry spelt out
/// through its `.aff` file's affix rules (``AffixRules``: plurals, feminines, conjugations,
/// "-ing" and "-ed"), then folded (``TextFolding``), so a word typed without its accents
/// ("reversibilite") is known when some real form folds to it. What ``SpellingDictionary``
/// tells a correctly spelt word from a typo by.
///
/// The forms of entries with a capital (names, acronyms: "Paris", "Clint") are marked apart
/// (``nameMark``): they are words only when typed with a capital, as Hunspell checks case, so
/// "clint" stays a typo of "client".
///
/// About 600 000 forms (fr_FR, en_US, en_GB), held as one sorted run of bytes, a form a line,
/// with where each starts: a lookup is a binary search, and loading the cached run (see
/// ``DictionaryCache/loadForms(_:cache:)``) makes no string a form.
package struct DictionaryForms: Sendable, Equatable {
    /// The folded forms, sorted by their bytes, each once, each followed by a line break.
    package private(set) var bytes: [UInt8] = []
    /// Where each form starts in ``bytes``.
    private var starts: [UInt32] = []

    package init() {}

    /// The forms `words` (ASCII: their order is their bytes'), sorted and each kept once.
    package init(_ words: [String]) {
        let sorted = words.sorted()
        bytes.reserveCapacity(sorted.reduce(0) { $0 + $1.utf8.count + 1 })
        starts.reserveCapacity(sorted.count)
        var last = ""
        for word in sorted where !word.isEmpty && word != last {
            starts.append(UInt32(bytes.count))
            bytes.append(contentsOf: word.utf8)
            bytes.append(0x0A)
            last = word
        }
    }

    /// The forms held in `bytes` (sorted forms, each ended by a line break), or nil when
    /// they are not that.
    package init?(bytes: [UInt8]) {
        self.bytes = bytes
        var start = 0
        starts.reserveCapacity(bytes.count / 10)
        for (i, byte) in bytes.enumerated() where byte == 0x0A {
            guard i > start else { return nil }
            starts.append(UInt32(start))
            start = i + 1
        }
        guard start == bytes.count else { return nil }
    }

    /// How many forms there are.
    package var count: Int { starts.count }

    /// The forms, in order (for the website's filter and for tests).
    package var words: [String] {
        bytes.split(separator: 0x0A).map { String(decoding: $0, as: UTF8.self) }
    }

    /// What starts the forms of a name or an acronym ("^paris", "^rgpd"): a byte no folded word
    /// holds.
    package static let nameMark = "^"

    /// Whether the folded `word` is one of the forms (of a name: ``nameMark`` and the word).
    package func contains(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { key in
            bytes.withUnsafeBufferPointer { all in
                var low = 0, high = starts.count
                while low < high {
                    let mid = (low + high) / 2
                    let start = Int(starts[mid])
                    let end = mid + 1 < starts.count ? Int(starts[mid + 1]) - 1 : all.count - 1
                    let order = Self.compare(UnsafeBufferPointer(rebasing: all[start..<end]), key)
                    if order == 0 { return true }
                    if order < 0 { low = mid + 1 } else { high = mid }
                }
                return false
            }
        }
    }

    /// Byte order of `a` and `b`: negative, zero or positive.
    private static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        let n = min(a.count, b.count)
        for i in 0..<n where a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
        return a.count - b.count
    }

    /// The forms of the `.dic` files, each with its `.aff` beside it (several files may be of
    /// one language), spelt out and folded afresh. A form that folds to more than one word
    /// ("main-d'œuvre") is left out.
    package static func read(_ files: [(Language, String)]) -> DictionaryForms {
        let lists = Parallel.map(files.count) { n -> [String] in
            let path = files[n].1
            guard let dic = FileManager.default.contents(atPath: path),
                let aff = FileManager.default.contents(atPath: String(path.dropLast(4)) + ".aff")
            else { return [] }
            let rules = AffixRules(String(decoding: aff, as: UTF8.self))
            var out: [String] = []
            // One entry a line after the count: the word, then optional "/flags" and
            // morphological fields (a "/" first is part of the word).
            for line in String(decoding: dic, as: UTF8.self).split(whereSeparator: \.isNewline).dropFirst() {
                let entry = line.prefix { $0 != "\t" && $0 != " " }
                var word = entry, flags: [String] = []
                if let slash = entry.dropFirst().firstIndex(of: "/") {
                    word = entry[..<slash]
                    flags = rules.flagList(entry[entry.index(after: slash)...])
                }
                // An entry with a capital (a name, an acronym) is a word only typed with one,
                // as Hunspell checks case: its forms are kept apart, marked ``nameMark``.
                let mark = word.contains { $0.isUppercase } ? nameMark : ""
                for form in rules.forms(of: String(word), flags: flags) {
                    if !form.isEmpty, form.utf8.allSatisfy(Self.isPlain) {
                        // Lowercase ASCII letters and digits fold to themselves.
                        out.append(mark + form)
                    } else {
                        let folded = TextFolding.words(form)
                        if folded.count == 1, folded[0].utf8.allSatisfy(Self.isPlain) { out.append(mark + folded[0]) }
                    }
                }
            }
            return out
        }
        return DictionaryForms(Array(lists.joined()))
    }

    /// A lowercase ASCII letter or a digit: the bytes of a form (a query's word with any other
    /// letter, "1ᵉʳ", is no word of the dictionaries).
    static func isPlain(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) }
}
