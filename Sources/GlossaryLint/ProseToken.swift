import GlossaryModel

/// A word of a document's prose: its bytes in the file and its folded form.
struct ProseToken {
    /// Byte offsets in the document.
    var start: Int
    var end: Int
    /// Lowercase, without accents, œ as oe (``TextFolding``).
    var folded: String

    /// The words of the prose between `range`, in order. A word is a run of letters and
    /// digits not hidden by the mask; apostrophes, hyphens and every other sign end it.
    static func scan(_ bytes: [UInt8], _ mask: ProseMask, _ range: Range<Int>) -> [ProseToken] {
        var tokens: [ProseToken] = []
        var i = range.lowerBound
        var start = -1
        var ascii = true
        func flush(_ end: Int) {
            guard start >= 0 else { return }
            defer { start = -1; ascii = true }
            if ascii {
                var lower = Array(bytes[start..<end])
                for k in lower.indices where lower[k] >= 0x41 && lower[k] <= 0x5A { lower[k] |= 0x20 }
                tokens.append(ProseToken(start: start, end: end, folded: String(decoding: lower, as: UTF8.self)))
            } else {
                for word in TextFolding.fold(String(decoding: bytes[start..<end], as: UTF8.self)).split(separator: " ") {
                    tokens.append(ProseToken(start: start, end: end, folded: String(word)))
                }
            }
        }
        while i < range.upperBound {
            let byte = bytes[i]
            if mask.hidden[i] { flush(i); i += 1; continue }
            if byte < 0x80 {
                let isWord = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                if isWord { if start < 0 { start = i } } else { flush(i) }
                i += 1
                continue
            }
            // A multi-byte scalar: a letter, digit or combining mark continues the word.
            let (scalar, length) = Self.decode(bytes, i)
            let properties = scalar.properties
            let isWord = properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
                || properties.generalCategory == .spacingMark
            if isWord {
                if start < 0 { start = i }
                ascii = false
            } else {
                flush(i)
            }
            i += length
        }
        flush(range.upperBound)
        return tokens
    }

    /// The scalar whose UTF-8 encoding starts at `i` (U+FFFD for a malformed one) and its length.
    static func decode(_ bytes: [UInt8], _ i: Int) -> (Unicode.Scalar, Int) {
        let b0 = bytes[i]
        let length = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 1
        guard length > 1, i + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(b0) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length {
            let b = bytes[i + k]
            guard b & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(b & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
