/// Sorting as a French dictionary does: "é" with "e", "œ" with "oe", case ignored, and
/// punctuation not counted; ties broken by the original text so the order is total.
package enum FrenchCollation {
    /// The primary sort key of `text`.
    package static func key(_ text: String) -> String { TextFolding.fold(text) }

    /// Whether `a` sorts before `b`.
    package static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
        let ka = key(a), kb = key(b)
        return ka != kb ? ka < kb : a < b
    }
}
