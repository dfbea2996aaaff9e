import Foundation
import GlossaryModel

/// Writes files so that a reader never sees half of one: the data goes to a temporary file
/// in the same folder, which is then renamed over the destination.
package enum AtomicFile {
    package static func write(_ data: Data, to path: String) throws(GlossaryError) {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try data.write(to: temporary)
            // rename(2) replaces the destination in one step.
            if rename(temporary.path, url.path) != 0 {
                throw NSError(domain: NSPOSIXErrorDomain, code: Int(errno),
                              userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .write(path: path, reason: (error as NSError).localizedDescription)
        }
    }
}
