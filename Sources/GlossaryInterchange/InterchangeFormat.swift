/// The formats `glossary export` writes.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// TBX v3 (ISO 30042:2019), TBX-Basic dialect, DCA style.
    case tbx
    /// TBX v2 (`<martif>`), for tools that read only the older version.
    case tbx2
    /// RFC 4180 CSV, one row per term.
    case csv
    /// SKOS in Turtle.
    case skos
    /// An Anki deck (`.apkg`).
    case anki
    /// The whole knowledge base as one JSON document.
    case json

    /// Whether the output is binary (it cannot go to a terminal).
    package var isBinary: Bool { self == .anki }
}

/// The formats `glossary import` reads.
public enum ImportFormat: String, Sendable, CaseIterable {
    case tbx, tbx2, csv
}
