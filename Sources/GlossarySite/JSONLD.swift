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
        encode(.object(object), into: &out)
        return out + "</script>"
    }

    static func encode(_ value: Value, into out: inout String) {
        switch value {
        case .string(let string):
            out += JSON.string(string)
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
                out += JSON.string(field.key) + ":"
                encode(field.value, into: &out)
            }
            out += "}"
        }
    }
}
