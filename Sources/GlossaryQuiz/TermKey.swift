import Foundation
import GlossaryModel

/// The form answers and terms are compared in, so that what a terminologist would not count
/// as a difference is not one:
///
/// - case, accents, hyphens, spaces, apostrophes, œ/oe (``TextFolding``);
/// - a leading article or elision (`le`, `la`, `l'`, `les`, `un`, `une`, `des`, `the`, `a`,
///   `an`): "l'infogérance" is "infogérance";
/// - the small words inside a term (`de`, `du`, `des`, `d'`, `l'`, `la`, `le`, `les`, `the`, `a`):
///   "entreprise de services du numérique" is "entreprise de services numériques";
/// - a plural `-s`/`-x` on any word ("services managés" / "service managé").
///
/// A test checks that no two concepts of the shipped content share a key.
package enum TermKey {
    static let articles: Set<Substring> = ["le", "la", "les", "l", "un", "une", "des", "du", "the", "a", "an"]
    static let smallWords: Set<Substring> = ["de", "du", "des", "d", "l", "la", "le", "les", "the", "a", "an"]

    /// The comparison key of `text`; empty when it holds no letter or digit.
    package static func key(_ text: String) -> String {
        let words = TextFolding.fold(text).split(separator: " ")
        var start = 0
        while start < words.count - 1, articles.contains(words[start]) { start += 1 }
        var kept = words[start...].filter { !smallWords.contains($0) }
        // A term made of small words only keeps them: "a" is not the empty answer.
        if kept.isEmpty { kept = Array(words[start...]) }
        return kept.map { TextFolding.stem(String($0)) }.joined()
    }

    /// `text` without a leading article or elision, as typed otherwise ("the subcontracing"
    /// → "subcontracing", "l'infogerence" → "infogerence"): an article is no error, so a
    /// diff does not show it.
    package static func droppingLeadingArticle(_ text: String) -> String {
        guard let end = text.firstIndex(where: { $0 == " " || $0 == "'" || $0 == "’" }) else { return text }
        let word = TextFolding.fold(String(text[..<end]))
        guard articles.contains(Substring(word)) else { return text }
        let rest = text[text.index(after: end)...].trimming(newlines: false)
        return rest.isEmpty ? text : rest
    }
}
