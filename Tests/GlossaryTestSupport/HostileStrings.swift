/// A deterministic corpus of hostile strings for every command that takes user text (issue
/// 18): FTS5 and SQL syntax, quotes, combining marks that tokenizers split (Devanagari vowel
/// signs, Hebrew points, zalgo), code points newer than SQLite's Unicode tables, controls,
/// bidirectional marks, emoji sequences, other scripts, huge and empty strings, and their
/// combinations with real terms. Generated, so the corpus can grow without a fixed list.
public enum HostileStrings {
    /// Fragments that are syntax somewhere: FTS5, SQL, shells, Markdown, YAML, HTML.
    static let syntax = [
        "\"", "\"\"", "'", "’", "*", "^", "-", "+", ":", "(", ")", "{", "}", "[", "]", "AND", "OR", "NOT", "NEAR(", "NEAR(a b, 2)",
        "col:value", "terms:", "rank", "bm25", "MATCH", "%", "_", "\\", ";", "--", "/*", "*/", "';DROP TABLE term;--", "\u{0}",
        "[[esn]]", "[[", "]]", "<script>", "&amp;", "{{x}}", "|", "&", "$(", "`", "#", "@", "=", "~", "!", "?", ".", ","
    ]

    /// Scalars and sequences tokenizers and folding treat differently.
    static let scripts = [
        "हिन्दी", "क्षि", "ि", "्", "ं", "שָׁלוֹם", "ְ", "ּ", "ٱلْعَرَبِيَّة", "ًٌٍ", "中文", "日本語", "한국어", "Ελληνικά", "Русский",
        "ไทย", "ញ៉", "\u{0E33}", "🙂", "👩‍💻", "🏳️‍🌈", "🇫🇷", "\u{1FA70}", "\u{1FAE8}", "\u{31350}", "\u{E000}", "\u{F0000}",
        "\u{200B}", "\u{200D}", "\u{202E}", "\u{2066}", "\u{FEFF}", "\u{00AD}", "\u{0301}", "e\u{0301}", "\u{0345}", "ǅ", "ﬁ", "Ⅻ",
        "①", "½", "²", "𝔘𝔫𝔦", "ｆｕｌｌ", "ß", "ẞ", "İ", "ı", "ŉ", "\u{1}", "\u{7}", "\u{1B}[31m", "\u{7F}", "\u{85}", "\u{2028}"
    ]

    /// Real words the index holds, so hostile fragments meet real matches.
    static let words = ["infogérance", "ESN", "sous-traitance", "cloud", "l'externalisation", "offshore", "données", "SLA", "a", "de"]

    /// At least `count` strings (5,000 by default), the same on every run.
    public static func corpus(count: Int = 5000) -> [String] {
        var out: [String] = [
            "", " ", "\n", "\t\t", String(repeating: "a", count: 10_000), String(repeating: "é", count: 5000),
            String(repeating: "\"", count: 1000), String(repeating: "AND ", count: 500),
            "a" + String(repeating: "\u{0301}", count: 500), String(repeating: "हि", count: 1000)
        ]
        var rng = SplitMix(seed: 18)
        let pools = [syntax, scripts, words]
        while out.count < count {
            let parts = Int(rng.next() % 6) + 1
            var text = ""
            for _ in 0..<parts {
                let pool = pools[Int(rng.next() % UInt64(pools.count))]
                var piece = pool[Int(rng.next() % UInt64(pool.count))]
                switch rng.next() % 5 {
                case 0: piece += String(repeating: "\u{0300}", count: Int(rng.next() % 20)) // zalgo
                case 1: piece = "\"" + piece + "\""
                case 2: piece = piece.uppercased()
                default: break
                }
                text += piece + (rng.next() % 3 == 0 ? "" : " ")
            }
            out.append(text)
        }
        return out
    }

    /// A small seedable generator (SplitMix64), so the corpus is the same on every run (and
    /// other random tests too).
    public struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        /// A generator whose numbers depend only on `seed`.
        public init(seed: UInt64) { state = seed }
        /// The next number of the sequence.
        public mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
