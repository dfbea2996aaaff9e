/// Whitespace trimming without the round trip through `NSString` that Foundation's
/// `trimmingCharacters(in:)` makes: it dominated content loading, which trims every scalar,
/// and cost more than rendering the rest of a definition on the site.
///
/// The characters are those of Foundation's sets, listed (a test compares every character up
/// to U+3100): spaces of category Zs, the tab and, as Foundation has it, U+200B; with line
/// breaks, also U+000A–U+000D, U+0085 and the line and paragraph separators.
extension StringProtocol {
    /// The text without leading and trailing whitespace and line breaks, as
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` gives it.
    package var trimmed: String { trimming(newlines: true) }

    /// The text without leading and trailing whitespace, and line breaks too when `newlines`.
    package func trimming(newlines: Bool) -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
            case 0x0A...0x0D, 0x85, 0x2028, 0x2029: newlines
            default: false
            }
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        return String(self[first..<scalars.index(after: last)])
    }
}
