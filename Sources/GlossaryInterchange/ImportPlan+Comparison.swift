import Foundation
import GlossaryModel

extension ImportPlan {
    /// Whether the existing file `data` at `path` already holds `concept`: the same bytes, or
    /// a concept equal field by field however the YAML is laid out (flow or block style,
    /// quoting, folding, key order, comments). A file that does not read as a concept differs.
    static func holds(_ data: Data, path: String, concept: Concept, text: String) -> Bool {
        if data == Data(text.utf8) { return true }
        guard let existing = String(validating: data, as: UTF8.self) else { return false }
        return ContentLoader.concept(text: existing, path: path) == concept
    }
}
