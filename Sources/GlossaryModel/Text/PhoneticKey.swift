/// A French-minded sound key of a folded word, so that spellings a learner writes by ear meet
/// the right one: "numerik" and "numerique", "infogairance" and "infogerance", "ofshore" and
/// "offshore" share a key. Typo correction treats an equal key as closer than any edit.
///
/// Rules, in order (data, so the website's search can apply the same): `eau`/`au` → `o`,
/// `ai`/`ei` → `e`, `qu`/`ck`/`k` → `k`, `ph` → `f`, `c` → `s` before e/i/y and `k` elsewhere,
/// `y` → `i`, `h` dropped unless after c or s; doubled letters once; then a final `s` or `x`,
/// a final `e`, and a final `t` or `d` are silent.
public enum PhoneticKey {
    static let replacements: [(String, String)] = [
        ("eau", "o"), ("au", "o"), ("ai", "e"), ("ei", "e"), ("qu", "k"), ("ck", "k"), ("ph", "f"),
        ("ce", "se"), ("ci", "si"), ("cy", "si"), ("c", "k"), ("y", "i"),
    ]

    public static func of(_ folded: String) -> String {
        var bytes = Array(folded.utf8)
        for (from, to) in replacements {
            bytes = replace(Array(from.utf8), with: Array(to.utf8), in: bytes)
        }
        var out: [UInt8] = []
        for (i, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "h"), i > 0, bytes[i - 1] != UInt8(ascii: "c"), bytes[i - 1] != UInt8(ascii: "s") { continue }
            if byte == UInt8(ascii: "h"), i == 0 { continue }
            if let last = out.last, last == byte, byte >= UInt8(ascii: "a") { continue }
            out.append(byte)
        }
        for silent in ["sx", "e", "td"] where out.count > 3 {
            if let last = out.last, silent.utf8.contains(last) { out.removeLast() }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func replace(_ from: [UInt8], with to: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if i + from.count <= bytes.count, bytes[i..<i + from.count].elementsEqual(from) {
                out += to
                i += from.count
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return out
    }
}
