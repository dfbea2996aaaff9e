import Foundation

/// Writes the site's files with plain POSIX calls: `FileManager.createFile` writes through a
/// temporary file and a rename for each file, which is wasted work inside a folder that is
/// itself swapped in atomically (``SitePublisher``), and was a sixth of the build time.
enum FileWriter {
    static func write(_ text: String, to path: String) throws(GlossaryError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw .write(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var text = text
        let ok = text.withUTF8 { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { return false }
                offset += written
            }
            return true
        }
        guard ok else { throw .write(path: path, reason: String(cString: strerror(errno))) }
    }
}
