/// Escaping for text placed in CSV (RFC 4180): the CSV export.
package enum CSV {
    /// `field` as a CSV field: quoted when it holds a comma, a double quote, a line break or
    /// surrounding spaces, with each double quote inside doubled.
    package static func field(_ field: String) -> String {
        let needs =
            field.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || field.first == " " || field.last == " "
        return needs ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }
}
