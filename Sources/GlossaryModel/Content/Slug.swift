/// Makes concept ids from free text.
package enum Slug {
    /// A valid id from `text`: folded, non-alphanumerics turned into single hyphens.
    package static func make(_ text: String) -> String {
        let words = TextFolding.words(text).map { word in
            String(word.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) })
        }.filter { !$0.isEmpty }
        return words.isEmpty ? "concept" : words.joined(separator: "-")
    }
}
