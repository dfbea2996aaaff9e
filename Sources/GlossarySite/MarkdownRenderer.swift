import Foundation
import GlossaryModel
import Ink

/// Renders the Markdown of definitions, notes, examples and contrasts to HTML with Ink.
///
/// Escaping rules, so content can never inject markup or script:
/// - the Markdown source is HTML-escaped (`&`, `<`, `>`, `"`, `'`) *before* Ink reads it, so
///   raw HTML in content (`<script>`, `<img onerror=…>`) is shown as text, and a quote in a link
///   URL cannot close the `href` attribute; Ink passes the resulting entities through as they are;
/// - code spans and blocks, which Ink escapes again, are unescaped once so they read the same;
/// - links keep only relative, `http(s):` and `mailto:` URLs (anything else becomes text);
/// - images become their alt text (no request may leave the page);
/// - headings become bold paragraphs, so a definition cannot break the page's heading order.
///
/// `[[id]]` and `[[id|label]]` become links to the concept's page, through `resolve`, which
/// returns the label and the relative URL, or `nil` for an unknown id (rendered as plain text).
///
/// A text with no Markdown syntax (most definitions and notes: words, punctuation and
/// `[[links]]`) is written directly, escaped the same way, without Ink's parse; see
/// `MarkdownRenderer+PlainText.swift`. Tests compare both ways on thousands of texts.
package struct MarkdownRenderer {
    var resolve: (WikiLink) -> (label: String, href: String)?

    package init(resolve: @escaping (WikiLink) -> (label: String, href: String)?) {
        self.resolve = resolve
    }

    /// The HTML of `markdown`; `inline` drops the single wrapping `<p>` for short texts.
    package func html(_ markdown: String, inline: Bool = false) -> String {
        // There is no `[[` without a `[`, and most texts have none.
        let links = markdown.utf8.contains(UInt8(ascii: "[")) ? WikiLink.all(in: markdown) : []
        if let plain = plainHTML(markdown, links: links) { return inline ? plain : "<p>" + plain + "</p>" }
        return inkHTML(markdown, links: links, inline: inline)
    }

    /// The HTML of `markdown` rendered by Ink, for any text: what ``html(_:inline:)`` returns
    /// for a text that is not plain (and, tests check, for one that is).
    package func inkHTML(_ markdown: String, links: [WikiLink]? = nil, inline: Bool = false) -> String {
        let links = links ?? WikiLink.all(in: markdown)
        var source = ""
        var cursor = markdown.startIndex
        for link in links {
            source += HTML.escape(String(markdown[cursor..<link.range.lowerBound]))
            if let target = resolve(link) {
                source += "[" + Self.escapeMarkdown(HTML.escape(target.label)) + "](" + target.href + ")"
            } else {
                source += Self.escapeMarkdown(HTML.escape(link.label ?? link.id))
            }
            cursor = link.range.upperBound
        }
        source += HTML.escape(String(markdown[cursor...]))
        var html = Self.parser.html(from: source)
        if inline, html.hasPrefix("<p>"), html.hasSuffix("</p>"), html.components(separatedBy: "<p>").count == 2 {
            html = String(html.dropFirst(3).dropLast(4))
        }
        return html
    }

    private static var parser: MarkdownParser {
        var parser = MarkdownParser()
        let unescapeTwice: Modifier.Closure = { input in
            input.html.replacingOccurrences(of: "&amp;lt;", with: "&lt;").replacingOccurrences(of: "&amp;gt;", with: "&gt;")
                .replacingOccurrences(of: "&amp;quot;", with: "&quot;").replacingOccurrences(of: "&amp;#39;", with: "&#39;")
                .replacingOccurrences(of: "&amp;amp;", with: "&amp;")
        }
        parser.addModifier(Modifier(target: .inlineCode, closure: unescapeTwice))
        parser.addModifier(Modifier(target: .codeBlocks, closure: unescapeTwice))
        parser.addModifier(
            Modifier(target: .links) { input in
                guard let start = input.html.range(of: "href=\""),
                    let end = input.html.range(of: "\"", range: start.upperBound..<input.html.endIndex)
                else { return input.html }
                let url = String(input.html[start.upperBound..<end.lowerBound])
                let isRelative = !url.contains(":") && !url.hasPrefix("//")
                if isRelative || HTML.isSafeExternalURL(url) { return input.html }
                let text = input.html[end.upperBound...].drop { $0 != ">" }.dropFirst().dropLast(4)
                return String(text)
            })
        parser.addModifier(
            Modifier(target: .images) { input in
                guard let start = input.html.range(of: "alt=\""),
                    let end = input.html.range(of: "\"", range: start.upperBound..<input.html.endIndex)
                else { return "" }
                return String(input.html[start.upperBound..<end.lowerBound])
            })
        parser.addModifier(
            Modifier(target: .headings) { input in
                let inner = input.html.drop { $0 != ">" }.dropFirst().prefix { $0 != "<" || true }
                let text = inner.range(of: "</h", options: .backwards).map { String(inner[..<$0.lowerBound]) } ?? String(inner)
                return "<p><strong>" + text + "</strong></p>"
            })
        return parser
    }

    /// Backslash-escapes the characters Markdown would read as syntax in a link label.
    static func escapeMarkdown(_ text: String) -> String {
        var out = ""
        for c in text {
            if "\\[]*_`".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
