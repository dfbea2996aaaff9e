/// Escaping for text placed in XML: TBX exports and the site's sitemap.
///
/// Characters XML 1.0 cannot hold (C0 controls other than tab, line feed and carriage return,
/// U+FFFE, U+FFFF) are dropped, since no escape can represent them; a carriage return is
/// written as `&#13;` so that a reader's line-end normalisation keeps it.
package enum XML {
    /// `value` escaped for XML text or, with `attribute`, for a double-quoted attribute.
    package static func escape(_ value: String, attribute: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "\n" where attribute: out += "&#10;"
            case "\t" where attribute: out += "&#9;"
            case "\r": out += "&#13;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
