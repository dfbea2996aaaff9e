import Foundation
import GlossaryModel

/// Rewrites a document with the suggested terms in place of the findings.
///
/// The replacement keeps the case pattern of what it replaces (capitalised at the start of a
/// sentence, all capitals when the original was so and was not an acronym), and in French the
/// article before it agrees with the new term where that is unambiguous: `le`/`la`/`l'`,
/// `un`/`une`, `du`/`de la`/`de l'`, `au`/`à la`/`à l'` (a term starting with h is left alone:
/// aspirated or not cannot be told from the spelling). Only prose is touched: findings never
/// lie in code, markup or addresses.
package enum LintFixer {
    /// The replacements that fix every finding that has a suggestion, in document order.
    package static func edits(_ bytes: [UInt8], findings: [LintFinding], concepts: [Concept]) -> [UnifiedDiff.Edit] {
        let byID = Dictionary(concepts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var edits: [UnifiedDiff.Edit] = []
        for finding in findings.sorted(by: { $0.byteStart < $1.byteStart }) {
            guard var suggestion = finding.suggestions.first else { continue }
            if let last = edits.last, last.range.upperBound > finding.byteStart { continue }
            if isPlural(finding.text, of: finding.term) {
                guard let plural = plural(suggestion) else { continue }
                suggestion = plural
            }
            let replacement = casePattern(of: finding.text, applied: suggestion)
            var range = finding.byteStart..<finding.byteEnd
            var text = Array(replacement.utf8)
            if finding.language == .fr, let concept = byID[finding.concept],
                let term = concept.fr.terms.first(where: { $0.text == suggestion }), let gender = term.gender,
                let article = articleBefore(finding.byteStart, in: bytes), let agreed = agree(article.text, gender: gender, before: suggestion)
            {
                if edits.last.map({ $0.range.upperBound > article.range.lowerBound }) != true {
                    range = article.range.lowerBound..<finding.byteEnd
                    text = Array(agreed.utf8) + (agreed.hasSuffix("'") || agreed.hasSuffix("’") ? [] : Array(" ".utf8)) + text
                }
            }
            edits.append(UnifiedDiff.Edit(range: range, text: text))
        }
        return edits
    }

    /// `bytes` with `edits` (in document order, not overlapping) applied.
    package static func apply(_ edits: [UnifiedDiff.Edit], to bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var cursor = 0
        for edit in edits {
            out += bytes[cursor..<edit.range.lowerBound]
            out += edit.text
            cursor = edit.range.upperBound
        }
        out += bytes[cursor...]
        return out
    }

    /// Whether `found` is `term` in the plural (its first word carries an s or x the term's lacks).
    static func isPlural(_ found: String, of term: String) -> Bool {
        guard let foundWord = TextFolding.words(found).first, let termWord = TextFolding.words(term).first else { return false }
        return foundWord != termWord && (foundWord == termWord + "s" || foundWord == termWord + "x")
    }

    /// The plural of a term where it can be told from its shape: an acronym is invariable
    /// (« les ESN »); a noun followed by a preposition takes an s on the noun alone
    /// (« entreprises de services du numérique »); anything else (an adjective to agree) is
    /// left to the writer.
    static func plural(_ term: String) -> String? {
        let words = term.split(separator: " ", omittingEmptySubsequences: false)
        if words.count == 1, term.count > 1, term.filter(\.isLetter).allSatisfy(\.isUppercase) { return term }
        guard let head = words.first, !head.hasSuffix("s"), !head.hasSuffix("x"), !head.contains("'"), !head.contains("’") else { return nil }
        if words.count == 1 { return head.hasSuffix("al") || head.hasSuffix("au") || head.hasSuffix("eu") ? nil : term + "s" }
        let next = words[1].lowercased()
        let prepositions = ["de", "du", "des", "en", "à", "au", "aux", "pour", "of", "for", "in"]
        let elided = next.hasPrefix("d'") || next.hasPrefix("d’")
        guard prepositions.contains(next) || elided else { return nil }
        return head + "s " + words.dropFirst().joined(separator: " ")
    }

    /// `replacement` written with the case pattern of `original`: all capitals for a phrase
    /// written in capitals, a capital first letter for a capitalised word (not for an acronym,
    /// whose capitals say nothing of the sentence).
    static func casePattern(of original: String, applied replacement: String) -> String {
        let letters = original.filter(\.isLetter)
        let isAcronym = letters.count > 1 && letters.allSatisfy(\.isUppercase) && !original.contains(" ") && original.count <= 6
        if isAcronym { return replacement }
        let replacementIsAcronym = replacement.count > 1 && replacement.filter(\.isLetter).allSatisfy(\.isUppercase)
        if letters.count > 1, letters.allSatisfy(\.isUppercase), !replacementIsAcronym {
            return replacement.uppercased()
        }
        if let first = original.first, first.isUppercase, let head = replacement.first, head.isLowercase {
            return head.uppercased() + replacement.dropFirst()
        }
        return replacement
    }

    /// The French article just before `offset`: `le `, `la `, `l'`, `un `, `une `, `du `,
    /// `de la `, `de l'`, `au `, `à la `, `à l'`, as a byte range and its text.
    static func articleBefore(_ offset: Int, in bytes: [UInt8]) -> (range: Range<Int>, text: String)? {
        let window = bytes[max(0, offset - 12)..<offset]
        let before = String(decoding: window, as: UTF8.self)
        let candidates = [
            "de la ", "à la ", "À la ", "De la ", "de l'", "de l’", "à l'", "à l’", "À l'", "À l’", "De l'", "De l’",
            "le ", "la ", "Le ", "La ", "l'", "l’", "L'", "L’", "un ", "une ", "Un ", "Une ", "du ", "Du ", "au ", "Au "
        ]
        for candidate in candidates where before.hasSuffix(candidate) {
            let length = candidate.utf8.count
            let start = offset - length
            // The article must be a word of its own.
            if start > 0 {
                let previous = bytes[start - 1]
                if (previous >= 0x41 && previous <= 0x5A) || (previous >= 0x61 && previous <= 0x7A) || previous >= 0x80 { continue }
            }
            return (start..<offset, candidate)
        }
        return nil
    }

    /// The article `article` made to agree with a term of `gender` that starts `word`; nil
    /// when it cannot be told or already agrees.
    static func agree(_ article: String, gender: Gender, before word: String) -> String? {
        guard let first = word.first, !"hH".contains(first) else { return nil }
        let vowel = "aeiouyàâäéèêëîïôöùûüœAEIOUYÀÂÉÈÊÎÔÙÛŒ".contains(first)
        let capital = article.first?.isUppercase == true
        let apostrophe = article.contains("’") ? "’" : "'"
        let trimmed = article.trimming(newlines: false).lowercased()
        let kind: String
        switch trimmed {
        case "le", "la", "l'", "l’": kind = "definite"
        case "un", "une": kind = "indefinite"
        case "du", "de la", "de l'", "de l’": kind = "partitive"
        case "au", "à la", "à l'", "à l’": kind = "contracted"
        default: return nil
        }
        var agreed: String
        switch kind {
        case "definite": agreed = vowel ? "l\(apostrophe)" : gender == .m ? "le" : "la"
        case "indefinite": agreed = gender == .m ? "un" : "une"
        case "partitive": agreed = vowel ? "de l\(apostrophe)" : gender == .m ? "du" : "de la"
        default: agreed = vowel ? "à l\(apostrophe)" : gender == .m ? "au" : "à la"
        }
        if capital { agreed = agreed.prefix(1).uppercased() + agreed.dropFirst() }
        let current = article.hasSuffix(" ") ? String(article.dropLast()) : article
        return agreed == current ? nil : agreed
    }
}
