import Foundation

/// Escaping for text placed in Turtle (RDF): the SKOS export.
package enum Turtle {
    /// A Turtle string literal: backslash, double quote and line breaks escaped (ECHAR).
    package static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// An IRI reference with the characters Turtle forbids percent-encoded.
    package static func iri(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.value <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains(scalar) {
                out += String(format: "%%%02X", scalar.value)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
