extension CSVTable {
    /// The first characters that make a spreadsheet read a cell as a formula (OWASP, "CSV
    /// Injection"): `=`, `+`, `-`, `@`, and tab and carriage return, which some strip first.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// A cell a spreadsheet will not evaluate: one that would start a formula once its leading
    /// apostrophes are set aside gets one more in front (`=SUM(A1)` → `'=SUM(A1)`), which
    /// spreadsheets show as text. Counting the apostrophes already there makes the change
    /// reversible by ``restoringFormula(_:)`` for every text.
    static func neutralisingFormula(_ cell: String) -> String {
        needsGuard(cell) ? "'" + cell : cell
    }

    /// The text ``neutralisingFormula(_:)`` was given: for the files this project writes.
    static func restoringFormula(_ cell: String) -> String {
        cell.first == "'" && needsGuard(cell) ? String(cell.dropFirst()) : cell
    }

    private static func needsGuard(_ cell: String) -> Bool {
        cell.drop { $0 == "'" }.first.map(formulaStarts.contains) ?? false
    }
}
