/// A French-minded sound key of a folded word, so that spellings a learner writes by ear meet
/// the right one: "numerik" and "numerique", "infogairance" and "infogerance", "ofshore" and
/// "offshore" share a key. Typo correction treats an equal key as closer than any edit.
///
/// Rules, in order (data, so the website's search can apply the same): `eau`/`au` → `o`,
/// `ai`/`ei` → `e`, `qu`/`ck`/`k` → `k`, `ph` → `f`, `c` → `s` before e/i/y and `k` elsewhere,
/// `y` → `i`, `h` dropped unless after c or s; doubled letters once; then a final `s` or `x`,
/// a final `e`, and a final `t` or `d` are silent.
package enum PhoneticKey {
    static let replacements: [(String, String)] = [
        ("eau", "o"), ("au", "o"), ("ai", "e"), ("ei", "e"), ("qu", "k"), ("ck", "k"), ("ph", "f"),
        ("ce", "se"), ("ci", "si"), ("cy", "si"), ("c", "k"), ("y", "i")
    ]

    package static func of(_ folded: String) -> String {
        let input = Array(folded.utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(input.count)
        // One pass: at each position the first rule whose pattern starts there applies.
        var i = 0
        rules: while i < input.count {
            for (from, to) in rules where i + from.count <= input.count {
                var equal = true
                for k in 0..<from.count where input[i + k] != from[k] { equal = false; break }
                if equal {
                    bytes += to
                    i += from.count
                    continue rules
                }
            }
            bytes.append(input[i])
            i += 1
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for (i, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "h"), i == 0 || (bytes[i - 1] != UInt8(ascii: "c") && bytes[i - 1] != UInt8(ascii: "s")) { continue }
            if let last = out.last, last == byte, byte >= UInt8(ascii: "a") { continue }
            out.append(byte)
        }
        for silent in ["sx", "e", "td"] where out.count > 3 {
            if let last = out.last, silent.utf8.contains(last) { out.removeLast() }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// ``replacements`` as bytes, longest pattern first at each position.
    private static let rules: [([UInt8], [UInt8])] = replacements.map { (Array($0.0.utf8), Array($0.1.utf8)) }
}
