import GlossaryModel

/// What an importer read: concepts ready to be written, and what the user should know.
public struct ImportResult: Sendable {
    /// The concepts, with valid and unique ids.
    public var concepts: [Concept]
    /// Values kept in notes or left out.
    public var foreign: ForeignValues
    /// Other remarks (ids renamed, domains not in domains.yaml, statuses assumed).
    public var notices: [String]

    /// Every warning to print.
    public var warnings: [String] { foreign.warnings + notices }
}
