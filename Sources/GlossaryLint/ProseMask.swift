/// Which bytes of a document are prose, and where its paragraphs end.
///
/// The document is never rewritten to extract its text: a mask marks the bytes that are
/// code, markup, link addresses or attributes, so every position found in the prose is a
/// position in the file itself (for `path:line:column` and for `--fix`). One pass over the
/// bytes, linear in the document's size.
struct ProseMask {
    /// `true` for a byte that is not prose.
    var hidden: [Bool]
    /// Byte offsets where a paragraph ends (a blank line, or a block element in HTML),
    /// ascending; the end of the document closes the last one.
    var breaks: [Int]

    init(_ bytes: [UInt8], format: DocumentFormat) {
        hidden = Array(repeating: false, count: bytes.count)
        breaks = []
        switch format {
        case .text: markBlankLines(bytes)
        case .markdown: markMarkdown(bytes)
        case .html: markHTML(bytes)
        }
        breaks.sort()
    }

    private mutating func hide(_ range: Range<Int>) {
        for i in range { hidden[i] = true }
    }

    /// Paragraph breaks at blank lines.
    private mutating func markBlankLines(_ bytes: [UInt8]) {
        var lineStart = 0
        var blank = true
        for (i, byte) in bytes.enumerated() {
            if byte == 0x0A {
                if blank { breaks.append(lineStart) }
                lineStart = i + 1
                blank = true
            } else if byte != 0x20 && byte != 0x09 && byte != 0x0D {
                blank = false
            }
        }
    }

    // MARK: Markdown

    /// Fenced and indented code blocks, front matter, inline code spans, link and image
    /// addresses, autolinks, reference definitions and inline HTML tags are hidden.
    private mutating func markMarkdown(_ bytes: [UInt8]) {
        markBlankLines(bytes)
        let lines = Self.lines(bytes)
        var fence: (byte: UInt8, count: Int)?
        var previousBlank = true
        var inIndentedCode = false
        var frontMatterEnd = -1
        for (number, line) in lines.enumerated() {
            let text = bytes[line]
            let indent = text.prefix { $0 == 0x20 }.count
            let rest = text.dropFirst(indent)
            let isBlank = rest.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            // Front matter: a first line of `---` up to the next `---` or `...`.
            if number <= frontMatterEnd { continue }
            if number == 0, Self.isRule(rest, 0x2D),
                let end = lines.dropFirst().firstIndex(where: {
                    Self.isRule(bytes[$0], 0x2D) || Self.isRule(bytes[$0], 0x2E)
                })
            {
                hide(line.lowerBound..<lines[end].upperBound)
                frontMatterEnd = end
                continue
            }
            if let open = fence {
                hide(line)
                let run = rest.prefix { $0 == open.byte }.count
                if indent < 4, run >= open.count, rest.dropFirst(run).allSatisfy({ $0 == 0x20 || $0 == 0x0D }) { fence = nil }
                continue
            }
            if indent < 4, let first = rest.first, first == 0x60 || first == 0x7E {
                let run = rest.prefix { $0 == first }.count
                if run >= 3 { fence = (first, run); hide(line); continue }
            }
            let tabbed = text.first == 0x09
            if !isBlank, indent >= 4 || tabbed, previousBlank || inIndentedCode {
                hide(line)
                inIndentedCode = true
                continue
            }
            if !isBlank { inIndentedCode = false }
            previousBlank = isBlank
            // A reference definition: `[label]: address "title"` hides the address.
            if indent < 4, rest.first == 0x5B, let close = rest.firstIndex(of: 0x5D), close + 1 < rest.endIndex, rest[close + 1] == 0x3A {
                hide(close + 2..<line.upperBound)
                continue
            }
            markInline(bytes, line)
        }
    }

    /// Inline code spans, link targets `](…)`, autolinks `<…>` and HTML tags within a line.
    ///
    /// Linear in the line's length: code-span delimiters are paired through the list of
    /// backtick runs, and a tag ends at the next `>` found by one backward pass.
    private mutating func markInline(_ bytes: [UInt8], _ line: Range<Int>) {
        var nextClose = Array(repeating: Int.max, count: line.count + 1)
        for j in line.reversed() { nextClose[j - line.lowerBound] = bytes[j] == 0x3E ? j : nextClose[j - line.lowerBound + 1] }
        // Backtick runs, and for each run the next run of the same length.
        var runs: [(start: Int, length: Int)] = []
        var j = line.lowerBound
        while j < line.upperBound {
            if bytes[j] == 0x60 {
                var n = 0
                while j + n < line.upperBound, bytes[j + n] == 0x60 { n += 1 }
                runs.append((j, n))
                j += n
            } else {
                j += 1
            }
        }
        var closer = Array(repeating: -1, count: runs.count)
        var lastOfLength: [Int: Int] = [:]
        for k in runs.indices.reversed() {
            closer[k] = lastOfLength[runs[k].length] ?? -1
            lastOfLength[runs[k].length] = k
        }
        var runIndex = 0
        var i = line.lowerBound
        while i < line.upperBound {
            let byte = bytes[i]
            if byte == 0x5C, i + 1 < line.upperBound { // A backslash escape: both bytes are literal.
                hidden[i] = true
                i += 2
                continue
            }
            if byte == 0x60 {
                while runIndex < runs.count, runs[runIndex].start < i { runIndex += 1 }
                guard runIndex < runs.count, runs[runIndex].start == i else { i += 1; continue }
                let run = runs[runIndex]
                let end = closer[runIndex] >= 0 ? runs[closer[runIndex]].start + run.length : i + run.length
                hide(i..<end)
                i = end
                continue
            }
            if byte == 0x5D, i + 1 < line.upperBound, bytes[i + 1] == 0x28 { // `](target)`
                var depth = 0
                var k = i + 1
                while k < line.upperBound {
                    if bytes[k] == 0x28 { depth += 1 } else if bytes[k] == 0x29 { depth -= 1; if depth == 0 { break } }
                    k += 1
                }
                let end = min(k + 1, line.upperBound)
                hide(i..<end)
                i = end
                continue
            }
            if byte == 0x3C, i + 1 < line.upperBound { // `<tag …>` or `<https://…>`
                let next = bytes[i + 1]
                let isTagStart = (next >= 0x41 && next <= 0x5A) || (next >= 0x61 && next <= 0x7A) || next == 0x2F || next == 0x21
                let close = nextClose[i - line.lowerBound]
                if isTagStart, close != Int.max {
                    hide(i..<close + 1)
                    i = close + 1
                    continue
                }
            }
            i += 1
        }
    }

    private static func isRule(_ bytes: ArraySlice<UInt8>, _ byte: UInt8) -> Bool {
        let trimmed = bytes.filter { $0 != 0x0D && $0 != 0x20 }
        return trimmed.count == 3 && trimmed.allSatisfy { $0 == byte }
    }

    /// The byte ranges of the lines, without their line feeds.
    static func lines(_ bytes: [UInt8]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for (i, byte) in bytes.enumerated() where byte == 0x0A {
            result.append(start..<i)
            start = i + 1
        }
        result.append(start..<bytes.count)
        return result
    }

    // MARK: HTML

    /// Elements whose content is never prose.
    private static let opaque: Set<String> = ["script", "style", "code", "pre", "kbd", "samp", "var", "textarea", "template", "svg", "math"]
    /// Elements that end a paragraph.
    private static let blocks: Set<String> = [
        "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "table", "br",
        "blockquote", "section", "article", "header", "footer", "nav", "aside", "dt", "dd", "dl", "figcaption", "title", "hr"
    ]

    /// Tags, comments, character references and the content of `script`, `style`, `code`,
    /// `pre`… are hidden; block elements end paragraphs.
    private mutating func markHTML(_ bytes: [UInt8]) {
        markBlankLines(bytes)
        // The next `>` and `-->` after each offset, so that no `<` scans ahead twice.
        var nextClose = Array(repeating: bytes.count, count: bytes.count + 1)
        var nextCommentEnd = Array(repeating: bytes.count, count: bytes.count + 1)
        for j in bytes.indices.reversed() {
            nextClose[j] = bytes[j] == 0x3E ? j : nextClose[j + 1]
            let isCommentEnd = bytes[j] == 0x2D && j + 2 < bytes.count && bytes[j + 1] == 0x2D && bytes[j + 2] == 0x3E
            nextCommentEnd[j] = isCommentEnd ? j : nextCommentEnd[j + 1]
        }
        var i = 0
        var opaqueUntil: String?
        while i < bytes.count {
            let byte = bytes[i]
            if byte == 0x3C {
                if i + 3 < bytes.count, bytes[i + 1] == 0x21, bytes[i + 2] == 0x2D, bytes[i + 3] == 0x2D { // `<!--`
                    let end = min(nextCommentEnd[i + 4] + 3, bytes.count)
                    hide(i..<end)
                    i = end
                    continue
                }
                let next = i + 1 < bytes.count ? bytes[i + 1] : 0
                let isTagStart = (next >= 0x41 && next <= 0x5A) || (next >= 0x61 && next <= 0x7A) || next == 0x2F || next == 0x21 || next == 0x3F
                guard isTagStart, nextClose[i + 1] < bytes.count else {
                    if opaqueUntil != nil { hidden[i] = true }
                    i += 1
                    continue
                }
                let end = nextClose[i + 1] + 1
                let (name, closing) = Self.tagName(bytes, i + 1, end)
                hide(i..<end)
                if let wanted = opaqueUntil {
                    if closing, name == wanted { opaqueUntil = nil }
                } else if !closing, Self.opaque.contains(name), !(end >= 2 && bytes[end - 2] == 0x2F) {
                    opaqueUntil = name
                }
                if Self.blocks.contains(name) { breaks.append(i) }
                i = end
                continue
            }
            if opaqueUntil != nil {
                hidden[i] = true
            } else if byte == 0x26 { // `&amp;`, `&#233;`: a character reference is hidden, and so a word boundary.
                var j = i + 1
                while j < bytes.count, j - i < 12, bytes[j] != 0x3B, bytes[j] != 0x20, bytes[j] != 0x3C { j += 1 }
                if j < bytes.count, bytes[j] == 0x3B { hide(i..<j + 1); i = j + 1; continue }
            }
            i += 1
        }
    }

    private static func tagName(_ bytes: [UInt8], _ start: Int, _ end: Int) -> (String, Bool) {
        var j = start
        let closing = j < end && bytes[j] == 0x2F
        if closing { j += 1 }
        var name: [UInt8] = []
        while j < end, (bytes[j] >= 0x41 && bytes[j] <= 0x5A) || (bytes[j] >= 0x61 && bytes[j] <= 0x7A) || (bytes[j] >= 0x30 && bytes[j] <= 0x39) {
            name.append(bytes[j] | 0x20)
            j += 1
        }
        return (String(decoding: name, as: UTF8.self), closing)
    }
}
