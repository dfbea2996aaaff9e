extension ContentLoader {
    /// The concept a concept file's text holds, read as ``load()`` reads it, or nil when the
    /// text has an error of its own. An import compares it with what it would write, so that
    /// a file equal field by field is left alone whatever its YAML layout.
    package static func concept(text: String, path: String) -> Concept? {
        let (concept, diagnostics, _) = ConceptFile.parse(text, path: path)
        return diagnostics.errors.isEmpty ? concept : nil
    }
}
