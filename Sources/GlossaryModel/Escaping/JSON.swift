/// Escaping for text placed in JSON written by hand: the site's search index and JSON-LD.
/// (Documents glossary encodes whole, such as `--json` output and the JSON export, go
/// through `JSONEncoder`.)
package enum JSON {
    /// A JSON string literal; `<` is escaped too, so the text is also safe inside HTML.
    package static func string(_ text: String) -> String {
        let plain = text.utf8.withContiguousStorageIfAvailable { bytes in
            !bytes.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "<") || $0 == 0xE2 }
        }
        if plain == true { return "\"" + text + "\"" }
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        // Runs without a character to escape are copied whole. U+2028 and U+2029 are the
        // only escaped characters outside ASCII, both encoded E2 80 A8/A9 in UTF-8.
        let utf8 = text.utf8
        var start = utf8.startIndex, index = start
        while index != utf8.endIndex {
            let byte = utf8[index]
            let escaped: String?
            var next = utf8.index(after: index)
            switch byte {
            case UInt8(ascii: "\""): escaped = "\\\""
            case UInt8(ascii: "\\"): escaped = "\\\\"
            case UInt8(ascii: "<"): escaped = "\\u003c"
            case 0..<0x20:
                let hex = String(byte, radix: 16)
                escaped = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            case 0xE2 where utf8[next...].starts(with: [0x80, 0xA8]) || utf8[next...].starts(with: [0x80, 0xA9]):
                escaped = utf8[utf8.index(after: next)] == 0xA8 ? "\\u2028" : "\\u2029"
                next = utf8.index(next, offsetBy: 2)
            default: escaped = nil
            }
            if let escaped {
                out += text[start..<index]
                out += escaped
                start = next
            }
            index = next
        }
        out += text[start...]
        return out + "\""
    }
}
