import Foundation
import GlossaryModel
import GlossaryStore

/// The French and English word lists (``SpellingDictionary``) for the website, so the page can
/// tell a correctly spelt word from a typo exactly as `glossary search` does, and never silently
/// replace a real word by another concept's word ("relocalisation" is not a misspelt
/// délocalisation).
///
/// Shipping the lists themselves would cost megabytes; a Bloom filter costs 16 bits a word,
/// split by the words' first letters so a query loads one small file a word. It holds every
/// folded form the dictionaries accept (``SpellingDictionary/knownForms``: entries and their
/// inflected forms by the affix rules) of four letters or more, the words typo correction
/// considers, a name's marked `^` ("^paris"): the page asks for the folded word itself, and
/// for the marked word when it was typed with a capital, as
/// ``SpellingDictionary/knows(_:typed:)`` does. A Bloom filter has false positives and no false negatives: with 16 bits and 11 hashes
/// an element, about 1 probe in 2 000 says yes wrongly, and a typo so taken for a word is still
/// answered, with its corrections as "see also".
///
/// Files: `b-<key>.js`, `GLOSSARY_BLOOM(key, "base64 of the bits")`, for a range of elements
/// by their first ``keyLength`` letters, from `key` to the next file's key, within one first
/// letter (the page picks the last key not after the word's).
struct SpellingFilter: Codable, Equatable {
    static let bitsPerElement = 16
    static let hashes = 11
    /// Bytes of bits a file holds, about.
    static let shardBudget = 2_000
    static let keyLength = 4

    /// Filter files by the key of their first element.
    var shards: [String: String] = [:]
    /// The first two letters of the words each file holds, by file key: the page finds the
    /// files a word may be in through the key file of its first two letters.
    var prefixes: [String: [String]] = [:]

    /// The filter of the installed dictionaries: read from the user's cache when it was
    /// written for the same dictionaries (``SpellingFilterCache``), else built and cached.
    static func installed(cache path: String? = SpellingFilterCache.defaultPath()) -> SpellingFilter {
        guard let inputs = SpellingDictionary.inputsKey else { return SpellingFilter() }
        return SpellingFilterCache.load(key: SpellingFilterCache.key(inputs: inputs), cache: path) { SpellingFilter() }
    }

    /// The filter of the installed dictionaries, built afresh (empty without them).
    init() {
        self.init(
            elements: SpellingDictionary.knownForms.words.filter {
                let word = $0.hasPrefix(DictionaryForms.nameMark) ? $0.dropFirst() : Substring($0)
                return word.utf8.count >= 4 && Self.isPlain(String(word))
            })
    }

    /// The filter of `elements`, folded words (a name's after ``DictionaryForms/nameMark``).
    init(elements: [String]) {
        // Ranges of consecutive keys (first four letters), within one first letter, cut once
        // a range holds ``shardBudget`` bytes of bits: a few hundred files of similar size.
        var byLetter: [Character: [(key: String, element: String)]] = [:]
        for element in elements {
            let key = Self.key(element, length: Self.keyLength)
            byLetter[key.first!, default: []].append((key, element))
        }
        let perShard = Self.shardBudget * 8 / Self.bitsPerElement
        for (_, list) in byLetter {
            let sorted = list.sorted { $0.key < $1.key }
            var start = 0
            while start < sorted.count {
                var end = min(sorted.count, start + perShard)
                // Never cut inside a key: the page looks a word up by its key alone.
                while end < sorted.count, sorted[end].key == sorted[end - 1].key { end += 1 }
                shards[sorted[start].key] = Self.filter(sorted[start].key, sorted[start..<end].map(\.element))
                prefixes[sorted[start].key] = Set(sorted[start..<end].map { String($0.key.prefix(2)) }).sorted()
                start = end
            }
        }
    }

    /// Letters a-z and digits only, starting with a letter: the page checks only such words,
    /// and keys stay file names.
    static func isPlain(_ word: String) -> Bool {
        guard let first = word.utf8.first, (0x61...0x7A).contains(first) else { return word.isEmpty }
        return word.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }
    }

    /// An element's key: the first `length` letters of its word (after a name's mark).
    static func key(_ element: String, length: Int) -> String {
        String((element.hasPrefix(DictionaryForms.nameMark) ? element.dropFirst() : Substring(element)).prefix(length))
    }

    /// The key of the file that holds `element` if anything does (search.js `known` picks the
    /// same): among the files holding words of its first two letters, the last whose key is not
    /// after its own, else the first.
    func shardKey(for element: String) -> String? {
        let key = Self.key(element, length: Self.keyLength)
        let keys = prefixes.filter { $0.value.contains(String(key.prefix(2))) }.keys.sorted()
        return keys.last { $0 <= key } ?? keys.first
    }

    /// The file of one key: the bits of its elements' filter, base64.
    static func filter(_ key: String, _ members: [String]) -> String {
        let bits = max(64, (members.count * bitsPerElement + 7) / 8 * 8)
        var bytes = [UInt8](repeating: 0, count: bits / 8)
        for member in members {
            for position in positions(member, bits: bits) { bytes[position >> 3] |= 1 << UInt8(position & 7) }
        }
        return "GLOSSARY_BLOOM(" + JSON.string(key) + "," + JSON.string(Data(bytes).base64EncodedString()) + ");\n"
    }

    /// The bit positions of `element` in a filter of `bits` bits: double hashing of two 32-bit
    /// FNV-1a hashes over the element's UTF-16 code units (search.js computes the same).
    static func positions(_ element: String, bits: Int) -> [Int] {
        var a: UInt32 = 2_166_136_261, b: UInt32 = 5_381
        for unit in element.utf16 {
            a = (a ^ UInt32(unit)) &* 16_777_619
            b = (b &* 33) ^ UInt32(unit)
        }
        b |= 1
        return (0..<hashes).map { i in Int((a &+ UInt32(i) &* b) % UInt32(bits)) }
    }

    /// A file's name: `b-<key>.js` (keys are `[a-z0-9]`).
    func files() -> [(name: String, contents: String)] {
        shards.keys.sorted().map { ("b-\($0).js", shards[$0]!) }
    }
}
