import GlossaryModel

/// Builds an XML document as text, escaping every value it is given with ``XML``.
///
/// Escaping: `&`, `<` and `>` in text, plus `"` in attribute values; characters XML 1.0 forbids
/// (C0 controls other than tab, line feed and carriage return) are dropped, since no escape can
/// represent them. Carriage returns and tabs in attributes become character references so that
/// attribute-value normalisation does not turn them into spaces.
struct XMLWriter {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var stack: [String] = []

    mutating func raw(_ markup: String) { text += markup }

    mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        indent()
        text += "<\(name)\(Self.attributes(attributes))>\n"
        stack.append(name)
    }

    mutating func close() {
        let name = stack.removeLast()
        indent()
        text += "</\(name)>\n"
    }

    /// An element holding only text, without attributes.
    mutating func element(_ name: String, _ value: String) { element(name, [:], value) }

    /// An element holding only text.
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], _ value: String) {
        indent()
        text += "<\(name)\(Self.attributes(attributes))>\(XML.escape(value))</\(name)>\n"
    }

    /// An element whose content is already-escaped mixed content (text and inline elements).
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], markup: String) {
        indent()
        text += "<\(name)\(Self.attributes(attributes))>\(markup)</\(name)>\n"
    }

    private mutating func indent() { text += String(repeating: "  ", count: stack.count) }

    private static func attributes(_ attributes: KeyValuePairs<String, String?>) -> String {
        attributes.compactMap { key, value in value.map { " \(key)=\"\(XML.escape($0, attribute: true))\"" } }.joined()
    }
}
