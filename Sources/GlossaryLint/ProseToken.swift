import GlossaryModel

/// A word of a document's prose: its bytes in the file and the hashes of its folded and
/// normalized forms.
///
/// Words are compared by 64-bit FNV-1a hashes rather than strings: a 10 MB document has 1.5
/// million words, and making a string of each, then hashing it with the dictionary's SipHash,
/// was most of a lint's time. With a vocabulary of a few hundred thousand words, two words
/// share a hash with odds below one in a billion per document.
struct ProseToken {
    /// Byte offsets in the document.
    var start: Int
    var end: Int
    /// FNV-1a of the word folded (lowercase, no accents, œ as oe: ``TextFolding``).
    var word: UInt64
    /// FNV-1a of the folded word normalized as ``TermTable/normalize(_:)`` does.
    var stem: UInt64

    /// The words of the prose between `range`, in order. A word is a run of letters and
    /// digits not hidden by the mask; apostrophes, hyphens and every other sign end it.
    static func scan(_ bytes: [UInt8], _ mask: ProseMask, _ range: Range<Int>) -> [ProseToken] {
        var tokens: [ProseToken] = []
        var i = range.lowerBound
        // The word being read, folded byte by byte as TextFolding folds Latin text: lowercase,
        // accented letters to their base, œ to oe, combining accents dropped. `general` marks a
        // word with another script's letters, folded through TextFolding itself.
        var start = -1
        var general = false
        var hasher = FNV1a(), beforeLast = FNV1a().value
        var last: UInt8 = 0, secondLast: UInt8 = 0, length = 0
        func add(_ byte: UInt8) {
            beforeLast = hasher.value
            hasher.add(byte: byte)
            secondLast = last
            last = byte
            length += 1
        }
        func begin(_ at: Int) {
            guard start < 0 else { return }
            start = at
            general = false
            hasher = FNV1a()
            beforeLast = hasher.value
            last = 0; secondLast = 0; length = 0
        }
        func flush(_ end: Int) {
            guard start >= 0 else { return }
            defer { start = -1 }
            if !general {
                // TextFolding.stem: more than three letters ending in s or x (not ss) lose the last.
                let cut = length > 3 && (last == 0x73 || last == 0x78) && !(last == 0x73 && secondLast == 0x73)
                if length > 0 { tokens.append(ProseToken(start: start, end: end, word: hasher.value, stem: cut ? beforeLast : hasher.value)) }
                return
            }
            for word in TextFolding.fold(String(decoding: bytes[start..<end], as: UTF8.self)).split(separator: " ") {
                let folded = String(word)
                tokens.append(ProseToken(start: start, end: end, word: FNV1a.hash(folded), stem: FNV1a.hash(TermTable.normalize(folded))))
            }
        }
        while i < range.upperBound {
            let byte = bytes[i]
            if mask.hidden[i] { flush(i); i += 1; continue }
            if byte < 0x80 {
                if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) {
                    begin(i); add(byte)
                } else if byte >= 0x41 && byte <= 0x5A {
                    begin(i); add(byte | 0x20)
                } else {
                    flush(i)
                }
                i += 1
                continue
            }
            // A multi-byte scalar: a letter, digit or combining mark continues the word.
            let (scalar, size) = Self.decode(bytes, i)
            if let base = TextFolding.latinBase(scalar.value) {
                begin(i)
                for b in base.utf8 { add(b) }
            } else if (0x300...0x36F).contains(scalar.value) {
                if start < 0 { begin(i) }
            } else {
                let properties = scalar.properties
                let isWord =
                    properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
                    || properties.generalCategory == .spacingMark
                if isWord {
                    begin(i)
                    general = true
                } else {
                    flush(i)
                }
            }
            i += size
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
