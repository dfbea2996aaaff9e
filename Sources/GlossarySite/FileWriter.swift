import Foundation
import GlossaryModel

/// Writes the site's files with plain POSIX calls: `FileManager.createFile` writes through a
/// temporary file and a rename for each file, which is wasted work inside a folder that is
/// itself swapped in atomically (``SitePublisher``, which flushes it to disk once before the
/// swap), and was a sixth of the build time.
enum FileWriter {
    static func write(_ text: String, to path: String) throws(OutputError) {
        var text = text
        try text.withUTF8 { buffer in Result { () throws(OutputError) in try write(UnsafeRawBufferPointer(buffer), to: path) } }.get()
    }

    static func write(_ bytes: UnsafeRawBufferPointer, to path: String) throws(OutputError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw .write(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written <= 0 { throw .write(path: path, reason: String(cString: strerror(errno))) }
            offset += written
        }
    }

    /// Writes `text` to `path`, or, when the file at `previous` (the same page in the site
    /// being replaced) holds exactly these bytes, hard-links that file to `path` instead.
    ///
    /// Creating a file costs far more than linking one (a new inode: 100–200 µs on ext4,
    /// against about 30 µs to read and compare 8 kB and link), and deleting the previous site
    /// after the swap then frees no inode for unchanged pages; a rebuild after a small edit
    /// writes only the pages that changed. The previous site is not modified: a link adds a
    /// name. Only a regular file with no other link is reused, so a page never shares its
    /// storage with a file outside the two sites; anything unexpected (another volume, a
    /// symbolic link, a read error) falls back to writing.
    static func write(_ text: String, to path: String, reusing previous: String?) throws(OutputError) {
        var text = text
        try text.withUTF8 { buffer in
            Result { () throws(OutputError) in try write(UnsafeRawBufferPointer(buffer), to: path, reusing: previous) }
        }.get()
    }

    /// ``write(_:to:reusing:)`` of UTF-8 bytes.
    static func write(_ bytes: [UInt8], to path: String, reusing previous: String?) throws(OutputError) {
        try bytes.withUnsafeBytes { buffer in Result { () throws(OutputError) in try write(buffer, to: path, reusing: previous) } }.get()
    }

    static func write(_ bytes: UnsafeRawBufferPointer, to path: String, reusing previous: String?) throws(OutputError) {
        if let previous, holds(previous, bytes), link(previous, path) == 0 { return }
        try write(bytes, to: path)
    }

    /// Whether `path` is a regular file, with one link, whose bytes are `expected`.
    private static func holds(_ path: String, _ expected: UnsafeRawBufferPointer) -> Bool {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_nlink == 1,
            status.st_size == expected.count
        else { return false }
        guard expected.count > 0 else { return true }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: expected.count + 1, alignment: 1)
        defer { buffer.deallocate() }
        var offset = 0
        // One byte more than expected, to see the file did not grow since fstat.
        while offset <= expected.count {
            let count = read(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if count < 0 { return false }
            if count == 0 { break }
            offset += count
        }
        return offset == expected.count && memcmp(buffer.baseAddress!, expected.baseAddress!, expected.count) == 0
    }
}
