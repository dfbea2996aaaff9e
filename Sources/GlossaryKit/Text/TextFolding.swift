import Foundation

/// The one normalisation every comparison in glossary goes through: search, validation,
/// grading and collation all fold text the same way, so "INFOGÉRANCE", "infogerance" and
/// "infoge\u{301}rance" (decomposed) are one word everywhere.
///
/// Folding: Unicode canonical composition (NFC/NFD alike), case and diacritics removed,
/// the ligatures œ/æ/ß expanded, every apostrophe, hyphen and other punctuation made a word
/// boundary, runs of spaces collapsed.
public enum TextFolding {
    /// Folds `text` to lowercase ASCII-like words separated by single spaces.
    public static func fold(_ text: String) -> String {
        let base = text.precomposedStringWithCanonicalMapping
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var out = String.UnicodeScalarView()
        out.reserveCapacity(base.unicodeScalars.count)
        var pendingSpace = false
        for scalar in base.unicodeScalars {
            let expanded: String.UnicodeScalarView
            switch scalar {
            case "œ", "Œ": expanded = "oe".unicodeScalars
            case "æ", "Æ": expanded = "ae".unicodeScalars
            case "ß": expanded = "ss".unicodeScalars
            default:
                if CharacterSet.alphanumerics.contains(scalar) {
                    expanded = String(scalar).lowercased().unicodeScalars
                } else {
                    if !out.isEmpty { pendingSpace = true }
                    continue
                }
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(contentsOf: expanded)
        }
        return String(out)
    }

    /// The folded words of `text`.
    public static func words(_ text: String) -> [String] {
        fold(text).split(separator: " ").map(String.init)
    }

    /// Folded text with no spaces at all: "sous-traitance", "sous traitance" and
    /// "soustraitance" share one compact form.
    public static func compact(_ text: String) -> String {
        fold(text).replacingOccurrences(of: " ", with: "")
    }

    /// A folded word with a simple French or English plural ending removed
    /// ("délocalisations" → "delocalisation", "prix" stays as it is).
    /// Applied to both the indexed text and the query, so it only has to be consistent.
    public static func stem(_ word: String) -> String {
        guard word.count > 3, let last = word.last, last == "s" || last == "x" else { return word }
        if word.hasSuffix("ss") { return word }
        return String(word.dropLast())
    }

    /// The stemmed words of `text`, joined by spaces.
    public static func stemmed(_ text: String) -> String {
        words(text).map(stem).joined(separator: " ")
    }
}
