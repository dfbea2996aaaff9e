/// Findings as a SARIF 2.1.0 log, the format code-scanning tools read (GitHub code scanning,
/// VS Code's SARIF viewer, `sarif-tools`).
package struct SARIFLog: Encodable, Sendable {
    package let version = "2.1.0"
    package let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    package let runs: [Run]

    enum CodingKeys: String, CodingKey { case version, schema = "$schema", runs }

    /// A SARIF 2.1.0 log of `findings`, naming the tool at `toolVersion`.
    package init(findings: [LintFinding], toolVersion: String) {
        let rules = LintFinding.Rule.allCases
        let results = findings.map { f in
            Result(
                ruleId: f.rule.rawValue, ruleIndex: rules.firstIndex(of: f.rule) ?? 0, level: "warning",
                message: Message(text: f.message),
                locations: [
                    Location(
                        physicalLocation: PhysicalLocation(
                            artifactLocation: ArtifactLocation(uri: f.file),
                            region: Region(startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn)))
                ],
                properties: Properties(concept: f.concept, status: f.status, suggestions: f.suggestions, language: f.language.rawValue))
        }
        let driver = Driver(
            name: "glossary", version: toolVersion,
            rules: rules.map { Rule(id: $0.rawValue, shortDescription: Message(text: $0.summary)) })
        runs = [Run(tool: Tool(driver: driver), columnKind: "unicodeCodePoints", results: results)]
    }

    /// One run of the tool, with its results.
    package struct Run: Encodable, Sendable { let tool: Tool; let columnKind: String; let results: [Result] }
    /// The tool that ran.
    package struct Tool: Encodable, Sendable { let driver: Driver }
    /// The tool's name, version and rules.
    package struct Driver: Encodable, Sendable { let name: String; let version: String; let rules: [Rule] }
    /// A rule findings refer to.
    package struct Rule: Encodable, Sendable { let id: String; let shortDescription: Message }
    /// A text for people.
    package struct Message: Encodable, Sendable { let text: String }
    /// One finding.
    package struct Result: Encodable, Sendable {
        let ruleId: String
        let ruleIndex: Int
        let level: String
        let message: Message
        let locations: [Location]
        let properties: Properties
    }
    /// Where a finding is.
    package struct Location: Encodable, Sendable { let physicalLocation: PhysicalLocation }
    /// A file and a region of it.
    package struct PhysicalLocation: Encodable, Sendable { let artifactLocation: ArtifactLocation; let region: Region }
    /// A file, by URI.
    package struct ArtifactLocation: Encodable, Sendable { let uri: String }
    /// Lines and columns, 1-based.
    package struct Region: Encodable, Sendable { let startLine: Int; let startColumn: Int; let endLine: Int; let endColumn: Int }
    /// glossary's own fields of a finding.
    package struct Properties: Encodable, Sendable { let concept: String; let status: String; let suggestions: [String]; let language: String }
}
