import Foundation

#if os(Linux)
    internal import CSystem
#endif

/// The one way glossary writes a file a user keeps, so that neither a reader nor a power cut
/// ever sees half of one: the data goes to a temporary file in the same folder (named after
/// this process, see ``StaleTemporaryFiles``), is flushed to disk, then renamed over the
/// destination, and the folder is flushed so the rename lasts.
///
/// Only a missing path or a regular file is replaced: a folder, a symbolic link or a device
/// given by mistake is refused before anything is written.
///
/// Used by export, lint's fixes, import (which stages its files with ``writeSynced(_:to:)``
/// and ``syncFolder(_:)``) and the index (which SQLite writes to a temporary file first, then
/// ``publish(_:as:)``); the site, thousands of files written in a temporary folder swapped in
/// whole, flushes that folder's file system once (``syncFileSystem(holding:)``) before the swap,
/// then the folder it swaps in.
package enum AtomicFile {
    /// Writes `data` to `path` atomically.
    package static func write(_ data: Data, to path: String) throws(OutputError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let name = url.lastPathComponent
        var status = stat()
        if lstat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
            let kind =
                switch status.st_mode & S_IFMT {
                case S_IFDIR: "a folder"
                case S_IFLNK: "a symbolic link"
                default: "not a regular file"
                }
            throw .refusedOutput(path: path, reason: "it is \(kind), which this command never replaces; name a new file or an existing regular file")
        }
        StaleTemporaryFiles.remove(in: folder, prefix: ".\(name).", suffix: ".tmp")
        let temporary = (folder as NSString).appendingPathComponent(StaleTemporaryFiles.name(prefix: ".\(name).", suffix: ".tmp"))
        do {
            try writeSynced(data, to: temporary)
            // rename(2) replaces the destination in one step.
            guard rename(temporary, path) == 0 else { throw posixError() }
            syncFolder(folder)
        } catch {
            unlink(temporary)
            throw .write(path: path, reason: (error as NSError).localizedDescription)
        }
    }

    /// Makes the finished file `temporary` the file at `path`: flushes it, renames it over
    /// `path`, flushes the folder. Removes `temporary` when it fails.
    package static func publish(_ temporary: String, as path: String) throws(OutputError) {
        do {
            let descriptor = open(temporary, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw posixError() }
            defer { close(descriptor) }
            guard fsync(descriptor) == 0 else { throw posixError() }
            guard rename(temporary, path) == 0 else { throw posixError() }
            syncFolder((path as NSString).deletingLastPathComponent)
        } catch {
            unlink(temporary)
            throw .write(path: path, reason: (error as NSError).localizedDescription)
        }
    }

    /// Writes `data` to a new file at `path` (which must not exist) and, with `sync`, flushes
    /// it to disk.
    package static func writeSynced(_ data: Data, to path: String, sync: Bool = true) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw posixError() }
        defer { close(descriptor) }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) throws in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw posixError()
                }
                offset += written
            }
        }
        guard !sync || fsync(descriptor) == 0 else { throw posixError() }
    }

    /// Flushes every file and folder of the file system holding `folder` to disk: one call
    /// instead of an `fsync` per file for a folder of thousands of new files (the site's
    /// staging folder, before ``SitePublisher`` swaps it in), where each `fsync` would commit
    /// the journal on its own. Elsewhere than Linux, `sync()` flushes every file system.
    package static func syncFileSystem(holding folder: String) throws(OutputError) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .write(path: folder, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        #if os(Linux)
            guard syncfs(descriptor) == 0 else {
                throw .write(path: folder, reason: "cannot flush it to disk (\(String(cString: strerror(errno))))")
            }
        #else
            sync()
        #endif
    }

    /// Flushes a folder's entries (renames, new names) to disk; best effort.
    package static func syncFolder(_ folder: String) {
        let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    /// The current `errno` as an error whose description is the system's message.
    package static func posixError() -> NSError {
        NSError(domain: NSPOSIXErrorDomain, code: Int(errno), userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
    }
}
