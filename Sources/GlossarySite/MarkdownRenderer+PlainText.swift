import GlossaryModel

extension MarkdownRenderer {
    /// The HTML of a text without Markdown syntax, one paragraph of words and `[[links]]`,
    /// written directly: what Ink would write, without its parse (which most definitions and
    /// notes do not need). Nil for any other text, which Ink renders.
    ///
    /// Plain means: no character Ink reads as syntax anywhere (`*`, `_`, `~`, backticks,
    /// brackets other than a resolved `[[link]]`'s, a backslash, `!` before a link), no control
    /// character or line break, no whitespace at either end or twice in a row (Ink trims and
    /// collapses it), and a first character that cannot open a block (`#`, `-`, `+`, `|`, `<`,
    /// `>`, `!`, a digit). Text is escaped by ``HTML/escape(_:into:)``, whose entities Ink
    /// leaves as they are. Ink reads `Character`s and this reads scalars, so the text must also
    /// be made of one-scalar characters (no combining mark, no emoji sequence), also where it
    /// meets a link's brackets.
    func plainHTML(_ markdown: String, links: [WikiLink]) -> String? {
        var out = ""
        out.reserveCapacity(markdown.utf8.count + 32)
        var scan = PlainScan()
        var text = ""
        var cursor = markdown.startIndex
        for link in links {
            text += markdown[cursor..<link.range.lowerBound]
            cursor = link.range.upperBound
            guard let target = resolve(link) else {
                text += link.label ?? link.id
                continue
            }
            guard scan.accept(text, beforeLink: true), scan.acceptLink(label: target.label),
                let first = target.href.utf8.first, first != UInt8(ascii: "/"), target.href.utf8.allSatisfy(Self.isPlainURLByte)
            else { return nil }
            HTML.escape(text, into: &out)
            text = ""
            out += "<a href=\"" + target.href + "\">"
            HTML.escape(target.label, into: &out)
            out += "</a>"
        }
        text += markdown[cursor...]
        guard scan.accept(text, beforeLink: false), scan.isComplete else { return nil }
        HTML.escape(text, into: &out)
        return out
    }

    /// Bytes of a link's relative URL that need no escaping and that Ink passes as they are.
    private static func isPlainURLByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "/"):
            true
        default: false
        }
    }

    /// Reads a text run by run (the text between links, and link labels) and says whether it
    /// is still plain in the sense of ``plainHTML(_:)``.
    private struct PlainScan {
        private var atStart = true
        private var afterWhitespace = false
        private var afterLink = false
        private var lastWasBang = false

        /// Whether the whole text was read and ends well.
        var isComplete: Bool { !atStart && !afterWhitespace }

        /// A run of text: after a link if one came before, before one if `beforeLink`, else last.
        mutating func accept(_ text: String, beforeLink: Bool) -> Bool {
            guard !text.isEmpty else { return true }
            // Ink's HTML puts `<p>` before the text and `</p>` after it, which `html` drops
            // Character by Character for inline text: those must stay apart as well.
            guard Self.singleScalarCharacters(text, after: afterLink ? ")" : atStart ? ">" : nil, before: beforeLink ? "[" : "<") else {
                return false
            }
            for scalar in text.unicodeScalars {
                switch Self.kind(of: scalar) {
                case .whitespace:
                    if atStart || afterWhitespace { return false }
                    afterWhitespace = true
                case .blockStart:
                    if atStart { return false }
                    afterWhitespace = false
                case .other:
                    if atStart && !scalar.isASCII && scalar.properties.numericType != nil { return false }
                    afterWhitespace = false
                case .syntax:
                    return false
                }
                lastWasBang = scalar == "!"
                atStart = false
            }
            afterLink = false
            return true
        }

        /// A resolved link, `[label](href)` to Ink, with its label.
        mutating func acceptLink(label: String) -> Bool {
            guard !lastWasBang, !label.isEmpty, Self.singleScalarCharacters(label, after: "[", before: "]") else { return false }
            var afterWhitespace = false, atStart = true
            for scalar in label.unicodeScalars {
                switch Self.kind(of: scalar) {
                case .whitespace:
                    if atStart || afterWhitespace { return false }
                    afterWhitespace = true
                case .blockStart, .other:
                    afterWhitespace = false
                case .syntax:
                    return false
                }
                atStart = false
            }
            guard !afterWhitespace else { return false }
            self.atStart = false
            self.afterWhitespace = false
            self.afterLink = true
            self.lastWasBang = false
            return true
        }

        /// Whether every `Character` of `text` is one scalar, and stays one beside the ASCII
        /// character that comes `after` it or `before` it in Ink's source (a combining mark
        /// would join a bracket).
        private static func singleScalarCharacters(_ text: String, after: Unicode.Scalar?, before: Unicode.Scalar?) -> Bool {
            guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return true }
            guard text.count == text.unicodeScalars.count else { return false }
            if let after, let first = text.unicodeScalars.first, !first.isASCII,
                (String(after) + String(first)).count != 2
            {
                return false
            }
            if let before, let last = text.unicodeScalars.last, !last.isASCII,
                (String(last) + String(before)).count != 2
            {
                return false
            }
            return true
        }

        private enum Kind { case whitespace, blockStart, syntax, other }

        /// How Ink reads a scalar (as a one-scalar `Character`): same-line whitespace; a
        /// character that opens a block at the start of a text (a digit too, but digits are
        /// told by `numericType` outside ASCII); inline syntax, a control character or a line
        /// break (`syntax`: not plain); anything else.
        private static func kind(of scalar: Unicode.Scalar) -> Kind {
            switch scalar.value {
            case 0x20, 0x09: .whitespace
            case 0x30...0x39, 0x23, 0x2D, 0x2B, 0x7C, 0x3C, 0x3E, 0x21: .blockStart // 0-9 # - + | < > !
            case 0x2A, 0x5F, 0x7E, 0x60, 0x5B, 0x5D, 0x5C: .syntax // * _ ~ ` [ ] \\
            case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029: .syntax
            case 0x21...0x7E: .other
            default: scalar.properties.isWhitespace ? .whitespace : .other
            }
        }
    }
}
