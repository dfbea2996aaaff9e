/// Whitespace trimming without the round trip through `NSString` that Foundation's
/// `trimmingCharacters(in:)` makes: it dominated content loading, which trims every scalar.
///
/// Whitespace is Unicode's `White_Space` property, which covers Foundation's
/// `.whitespacesAndNewlines` (spaces, tabs, line and paragraph breaks, no-break spaces).
extension StringProtocol {
    /// The text without leading and trailing whitespace and line breaks.
    public var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return "" }
        if !first.properties.isWhitespace, !last.properties.isWhitespace { return String(self) }
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].properties.isWhitespace { end = scalars.index(before: end) }
        return String(self[start..<end])
    }
}
