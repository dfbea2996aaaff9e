import Foundation
import GlossaryTestSupport
import Testing

@testable import GlossaryModel
@testable import GlossarySearch

/// Search's speed paths against the straightforward ones they replace (BENCHMARKS.md, "100k
/// concepts: bounded ranked retrieval").
@Suite("search speed paths give what the straightforward paths give")
struct SearchShortcutTests {
    /// Pieces of text, most of them characters of their own, some that Unicode's grapheme rules
    /// join to a neighbour (combining marks, CR LF, emoji modifiers and joiners, flags, Hangul
    /// jamo), and letters and numbers outside ASCII.
    static let pieces = [
        "a", "b", "e", "r", "t", "Z", "0", "7", " ", " ", " ", " ", ",", ".", "’", "'", "-", "…", "«", "»", "—", "é", "É", "œ", "ç",
        "ß", "ø", "\u{00A0}", "\u{202F}", "²", "½", "\u{00AD}", "\n", "\r", "\r\n", "\t", "e\u{301}", "\u{301}", "\u{200D}", "\u{200C}",
        "👍", "👍🏽", "👨‍👩‍👧", "🇫🇷", "Ω", "д", "日", "한", "\u{1100}\u{1161}", "٣", "Ⅻ", "\u{FE0F}", "ǅ", "ʼ", "€"
    ]

    static func randomText(_ rng: inout HostileStrings.SplitMix, ownOnly: Bool) -> String {
        let pool = ownOnly ? pieces.filter { $0.unicodeScalars.allSatisfy(Snippet.isOwnCharacter) } : pieces
        var text = ""
        for _ in 0..<Int.random(in: 0...260, using: &rng) {
            // Mostly letters, so words are long enough to match and to cross the window.
            text += Int.random(in: 0..<3, using: &rng) == 0 ? pool.randomElement(using: &rng)! : String("abcdefé".randomElement(using: &rng)!)
        }
        return text
    }

    /// UTF-8 offsets of a snippet's highlights, to compare snippets of equal texts.
    static func offsets(_ snippet: Snippet) -> [Range<Int>] {
        snippet.highlights.map {
            snippet.text.utf8.distance(
                from: snippet.text.startIndex, to: $0.lowerBound)..<snippet.text.utf8.distance(
                    from: snippet.text.startIndex, to: $0.upperBound)
        }
    }

    /// The scalar walk of `Snippet.make` against the `Character` walk, on random texts (half of
    /// them made only of characters of their own, where the scalar walk runs) and random choices
    /// of matching words.
    @Test func snippetsByScalarsEqualSnippetsByCharacters() {
        var rng = HostileStrings.SplitMix(seed: 17)
        var scalarWalks = 0
        for round in 0..<4000 {
            let text = Self.randomText(&rng, ownOnly: round % 2 == 0)
            let width = [110, 20, 1, 60].randomElement(using: &rng)!
            let salt = Int.random(in: 0..<4, using: &rng)
            let matches = { (folded: String) in (folded.unicodeScalars.reduce(salt) { $0 &+ Int($1.value) } % 4) == 0 }
            let highlighting = round % 7 != 0
            let fast = Snippet.make(text: text, width: width, highlighting: highlighting, matches: matches)
            let long = Snippet.makeByCharacters(text: text, width: width, highlighting: highlighting, matches: matches)
            #expect(fast.text == long.text && Self.offsets(fast) == Self.offsets(long), "\(text.debugDescription), width \(width)")
            if text.unicodeScalars.allSatisfy(Snippet.isOwnCharacter) { scalarWalks += 1 }
        }
        #expect(scalarWalks >= 2000)
    }

    /// Every scalar `isOwnCharacter` admits is one `Character` alone, and stays one beside any
    /// other admitted scalar.
    @Test func ownCharactersAreCharactersOfTheirOwn() {
        let admitted = (0..<0x2100).compactMap(Unicode.Scalar.init).filter(Snippet.isOwnCharacter)
        let neighbours = admitted.filter { $0.value % 7 == 0 || $0.value < 0x80 }
        for scalar in admitted {
            for other in neighbours {
                var pair = String.UnicodeScalarView()
                pair.append(scalar)
                pair.append(other)
                #expect(String(pair).count == 2, "U+\(String(scalar.value, radix: 16)) U+\(String(other.value, radix: 16))")
            }
        }
    }
}
