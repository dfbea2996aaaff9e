import Foundation

/// Reads one file of a content folder as text, or says why it cannot, at `path:line:column`.
///
/// Only a regular file is read, or a symbolic link to a regular file inside the content
/// folder: a link to a file elsewhere (`/etc/passwd`) is refused before it is opened, so no
/// diagnostic ever quotes a file the content does not own, and a pipe or device is never
/// opened (reading one could block forever). A UTF-8 byte order mark is skipped; bytes that
/// are not UTF-8 are reported at the first bad one.
enum ContentFile {
    /// The file's text, or the diagnostic that replaces it.
    enum Outcome {
        case success(String)
        case failure(Diagnostic)
    }

    static func read(_ path: String, contentFolder: String) -> Outcome {
        func failure(_ message: String, line: Int = 1, column: Int = 1) -> Outcome {
            .failure(Diagnostic(.error, path: path, line: line, column: column, message))
        }
        var status = stat()
        guard lstat(path, &status) == 0 else {
            return failure(
                errno == ENOENT
                    ? "the file is missing: create it (see Content/README.md)"
                    : "cannot read the file (\(String(cString: strerror(errno)))): check its permissions")
        }
        if status.st_mode & S_IFMT == S_IFLNK {
            let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            let folder = URL(fileURLWithPath: contentFolder).resolvingSymlinksInPath().path
            guard target.hasPrefix(folder + "/") else {
                return failure("the file is a symbolic link to something outside the content folder, which is not read: copy the file into the folder instead")
            }
            guard stat(target, &status) == 0 else { return failure("the file is a symbolic link that leads nowhere: remove it or fix it") }
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            return failure("not a regular file (a folder, pipe or device), so it is not read: remove it or rename it")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return failure("cannot read the file: check that it is readable")
        }
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let bytes = data.starts(with: bom) ? data.dropFirst(3) : data[...]
        if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
        let (line, column) = position(ofInvalidUTF8In: bytes)
        return failure("bytes that are not UTF-8 text: save the file as UTF-8", line: line, column: column)
    }

    /// Line and column (in characters, from 1) of the first byte that is not part of UTF-8.
    static func position(ofInvalidUTF8In bytes: Data.SubSequence) -> (Int, Int) {
        var line = 1, column = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput, .error:
                return (line, column)
            }
        }
    }

    /// Line and column (from 1, columns in Unicode scalars as libyaml counts) of a byte
    /// offset in `bytes`, for the errors libyaml gives with an offset only.
    static func position(ofOffset offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for byte in bytes.prefix(offset) {
            if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }
}
