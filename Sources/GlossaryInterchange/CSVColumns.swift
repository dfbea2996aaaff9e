import GlossaryModel

/// The columns of the CSV export, one row per term. The columns come first; the
/// others carry the rest of the concept so that importing the file gives it back whole.
///
/// Concept-level columns (`domain`, `broader`, `related`, `contrasts`, `sources`) repeat on
/// every row of a concept, language-level ones (`definition`, `notes`, `examples`) on every
/// row of that language (`keywords` too). Id lists and a term's `geo` regions are joined with
/// `; `; `notes`, `examples`, `contrasts`, `sources`, `authority` and `keywords` are JSON arrays
/// (empty cell when empty), since their items may hold any text.
enum CSVColumns {
    static let all = [
        "concept", "language", "term", "status", "type", "gender", "definition", "domain",
        "pos", "term_note", "notes", "examples", "broader", "related", "contrasts", "sources",
        "geo", "register", "authority", "keywords"
    ]
    static let required = ["concept", "language", "term"]
    static let separator = "; "
}
