/// The kinds of document `glossary lint` reads. Only prose is checked: code, markup, link
/// addresses and attributes never are.
public enum DocumentFormat: String, Sendable, CaseIterable {
    case markdown, html, text

    /// The format a file name suggests: `.md`/`.markdown` Markdown, `.html`/`.htm`/`.xhtml`
    /// HTML, anything else plain text.
    public init(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") || lower.hasSuffix(".mdown") {
            self = .markdown
        } else if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") {
            self = .html
        } else {
            self = .text
        }
    }
}
