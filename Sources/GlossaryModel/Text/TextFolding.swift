import Foundation

/// The one normalisation every comparison in glossary goes through: search, validation,
/// grading and collation all fold text the same way, so "INFOGÉRANCE", "infogerance" and
/// "infoge\u{301}rance" (decomposed) are one word everywhere.
///
/// Folding: Unicode canonical composition (NFC/NFD alike), case and diacritics removed,
/// the ligatures œ/æ/ß expanded, every apostrophe, hyphen and other punctuation made a word
/// boundary, runs of spaces collapsed.
package enum TextFolding {
    /// Folds `text` to lowercase ASCII-like words separated by single spaces.
    package static func fold(_ text: String) -> String {
        foldASCII(text) ?? foldGeneral(text)
    }

    /// Folding through Foundation, for any script; ``fold(_:)`` takes a faster path for
    /// Latin text and must give the same result (a test checks it).
    static func foldGeneral(_ text: String) -> String {
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
                if let base = latin[scalar.value] {
                    expanded = base.unicodeScalars
                } else if CharacterSet.alphanumerics.contains(scalar) {
                    expanded = String.UnicodeScalarView(CollectionOfOne(scalar))
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

    /// The same folding for pure ASCII text, byte by byte: most queries and many terms are
    /// ASCII, and Foundation's folding is the costliest step of indexing. Nil for other text.
    static func foldASCII(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        func appendLetters(_ letters: String) {
            if pendingSpace { bytes.append(0x20); pendingSpace = false }
            bytes.append(contentsOf: letters.utf8)
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            guard value < 0x80 else {
                // Combining accents (NFD) vanish; Latin letters with diacritics map to their
                // base letter; any other script takes the general path.
                if (0x300...0x36F).contains(value) { continue }
                if let base = latin[value] { appendLetters(base); continue }
                if !scalar.properties.isAlphabetic && scalar.properties.numericType == nil && !scalar.properties.isDiacritic {
                    if !bytes.isEmpty { pendingSpace = true }
                    continue
                }
                return nil
            }
            let byte = UInt8(value)
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                if pendingSpace { bytes.append(0x20); pendingSpace = false }
                bytes.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if pendingSpace { bytes.append(0x20); pendingSpace = false }
                bytes.append(byte + 32)
            default:
                if !bytes.isEmpty { pendingSpace = true }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Folding of the Latin-1 and Latin Extended-A letters French and its neighbours use.
    /// The folded form of one Latin letter with a diacritic or a ligature (é → e, œ → oe), or
    /// nil for any other scalar: for callers that fold text byte by byte, as `glossary lint`.
    package static func latinBase(_ scalar: UInt32) -> String? { latin[scalar] }

    private static let latin: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        let groups: [(String, String)] = [
            ("àáâãäåāăąÀÁÂÃÄÅĀĂĄ", "a"), ("çćĉċčÇĆĈĊČ", "c"), ("ďđĎĐ", "d"), ("èéêëēĕėęěÈÉÊËĒĔĖĘĚ", "e"),
            ("ĝğġģĜĞĠĢ", "g"), ("ĥħĤĦ", "h"), ("ìíîïĩīĭįıÌÍÎÏĨĪĬĮİ", "i"), ("ĵĴ", "j"), ("ķĶ", "k"),
            ("ĺļľŀłĹĻĽĿŁ", "l"), ("ñńņňÑŃŅŇ", "n"), ("òóôõöøōŏőÒÓÔÕÖØŌŎŐ", "o"), ("ŕŗřŔŖŘ", "r"),
            ("śŝşšŚŜŞŠ", "s"), ("ţťŧŢŤŦ", "t"), ("ùúûüũūŭůűųÙÚÛÜŨŪŬŮŰŲ", "u"), ("ŵŴ", "w"),
            ("ýÿŷÝŸŶ", "y"), ("źżžŹŻŽ", "z"), ("œŒ", "oe"), ("æÆ", "ae"), ("ß", "ss")
        ]
        for (letters, base) in groups { for scalar in letters.unicodeScalars { table[scalar.value] = base } }
        return table
    }()

    /// The folded words of `text`.
    package static func words(_ text: String) -> [String] {
        let folded = fold(text)
        // Folded Latin text is ASCII words and single spaces: split it byte by byte.
        // `String.split` walks grapheme clusters, which was most of the cost of indexing a
        // site's texts (a test compares both paths on the shipped content).
        let fast: [String]?? = folded.utf8.withContiguousStorageIfAvailable { bytes in
            var words: [String] = []
            var start = 0
            for i in 0...bytes.count {
                if i < bytes.count {
                    guard bytes[i] < 0x80 else { return nil }
                    if bytes[i] != 0x20 { continue }
                }
                if i > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)) }
                start = i + 1
            }
            return words
        }
        return (fast ?? nil) ?? splitWords(folded)
    }

    /// Folded text split at its spaces, by grapheme clusters: what ``words(_:)`` computes
    /// byte by byte for ASCII text.
    static func splitWords(_ folded: String) -> [String] {
        folded.split(separator: " ").map(String.init)
    }

    /// Folded text with no spaces at all: "sous-traitance", "sous traitance" and
    /// "soustraitance" share one compact form.
    package static func compact(_ text: String) -> String {
        String(decoding: fold(text).utf8.lazy.filter { $0 != 0x20 }, as: UTF8.self)
    }

    /// A folded word with a simple French or English plural ending removed
    /// ("délocalisations" → "delocalisation"; "prix" becomes "pri", harmlessly).
    /// Applied to both the indexed text and the query, so it only has to be consistent.
    package static func stem(_ word: String) -> String {
        guard word.count > 3, let last = word.last, last == "s" || last == "x" else { return word }
        if word.hasSuffix("ss") { return word }
        return String(word.dropLast())
    }

    /// The stemmed words of `text`, joined by spaces.
    package static func stemmed(_ text: String) -> String {
        let folded = fold(text)
        // Folded Latin text is ASCII words and single spaces: stem it byte by byte, without
        // splitting it into strings (this runs on every definition and note at indexing).
        let fast: String?? = folded.utf8.withContiguousStorageIfAvailable { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x20 { end += 1 }
                var last = end
                for i in start..<end where bytes[i] >= 0x80 { return nil }
                if end - start > 3, bytes[end - 1] == UInt8(ascii: "s") || bytes[end - 1] == UInt8(ascii: "x"),
                    !(bytes[end - 1] == UInt8(ascii: "s") && bytes[end - 2] == UInt8(ascii: "s"))
                {
                    last -= 1
                }
                if !out.isEmpty { out.append(0x20) }
                out.append(contentsOf: bytes[start..<last])
                start = end + 1
            }
            return String(decoding: out, as: UTF8.self)
        }
        return (fast ?? nil) ?? folded.split(separator: " ").map { stem(String($0)) }.joined(separator: " ")
    }
}
