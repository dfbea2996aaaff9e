import GlossaryModel

/// RFC 4180 CSV, both ways.
///
/// Writing: fields are separated by commas and records end in CRLF; a field is quoted when it
/// holds a comma, a double quote, a line break or surrounding spaces, and a double quote
/// inside a quoted field is doubled. Reading accepts LF or CRLF and a UTF-8 byte order mark,
/// and reports the line and column of a stray or unclosed quote.
enum CSVTable {
    static func line(_ fields: [String]) -> String {
        fields.map(CSV.field).joined(separator: ",") + "\r\n"
    }

    /// A record and the line it starts on.
    struct Record {
        var line: Int
        var fields: [String]
    }

    /// The records of `text`, or the position and reason of the first syntax error.
    static func parse(_ text: String, path: String) throws(ImportError) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var line = 1, column = 0
        var recordLine = 1
        var quoted = false, inQuotes = false, afterQuote = false
        var quoteLine = 0, quoteColumn = 0
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var i = 0
        func endField() { fields.append(field); field = ""; quoted = false; afterQuote = false }
        while i < scalars.count {
            let c = scalars[i]
            column += 1
            if inQuotes {
                if c == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" { field.unicodeScalars.append("\""); i += 2; column += 1; continue }
                    inQuotes = false; afterQuote = true
                } else {
                    field.unicodeScalars.append(c)
                    if c == "\n" { line += 1; column = 0 }
                }
                i += 1
                continue
            }
            switch c {
            case ",":
                endField()
            case "\r", "\n":
                if c == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                endField()
                if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(line: recordLine, fields: fields)) }
                fields = []
                line += 1; column = 0
                recordLine = line
            case "\"":
                if field.isEmpty, !quoted {
                    quoted = true; inQuotes = true; quoteLine = line; quoteColumn = column
                } else {
                    throw .malformedInput(
                        path: path, line: line, column: column,
                        reason: "malformed CSV: a double quote inside a field that is not quoted; quote the whole field and double the quote (\"\")")
                }
            default:
                if afterQuote {
                    throw .malformedInput(
                        path: path, line: line, column: column,
                        reason: "malformed CSV: text after the closing quote of a field; double a quote that belongs to the text (\"\")")
                }
                field.unicodeScalars.append(c)
            }
            i += 1
        }
        if inQuotes {
            throw .malformedInput(
                path: path, line: quoteLine, column: quoteColumn,
                reason: "malformed CSV: this quoted field is never closed; add the closing double quote")
        }
        if !field.isEmpty || quoted || !fields.isEmpty {
            endField()
            records.append(Record(line: recordLine, fields: fields))
        }
        return records
    }
}
