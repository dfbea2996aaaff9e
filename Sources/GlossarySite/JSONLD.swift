import GlossaryModel

/// schema.org metadata as a `<script type="application/ld+json">` element.
///
/// Escaping: strings are written by ``JSON/string(_:)``, which escapes `<` as `\u003c`
/// (a valid JSON escape), so no text from the content (`</script>`, `<!--`) can end the script
/// element early. Keys are sorted so the output is stable.
enum JSONLD {
    indirect enum Value {
        case string(String)
        case list([Value])
        case object([(key: String, value: Value)])
    }

    static func script(_ object: [(key: String, value: Value)]) -> String {
        var out = "<script type=\"application/ld+json\">"
        out.reserveCapacity(1024)
        encode(.object(object), into: &out)
        return out + "</script>"
    }

    /// ``JSON/string(_:)`` appended to `out`, without a `String` of its own for a plain one.
    private static func append(_ text: String, into out: inout String) {
        let plain = text.utf8.withContiguousStorageIfAvailable { bytes in
            !bytes.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "<") || $0 == 0xE2 }
        }
        if plain == true {
            out += "\""
            out += text
            out += "\""
        } else {
            out += JSON.string(text)
        }
    }

    static func encode(_ value: Value, into out: inout String) {
        switch value {
        case .string(let string):
            append(string, into: &out)
        case .list(let list):
            out += "["
            for (i, element) in list.enumerated() {
                if i > 0 { out += "," }
                encode(element, into: &out)
            }
            out += "]"
        case .object(let fields):
            out += "{"
            for (i, field) in fields.sorted(by: { $0.key < $1.key }).enumerated() {
                if i > 0 { out += "," }
                append(field.key, into: &out)
                out += ":"
                encode(field.value, into: &out)
            }
            out += "}"
        }
    }
}
