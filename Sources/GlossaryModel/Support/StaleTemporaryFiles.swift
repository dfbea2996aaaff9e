import Foundation

/// Temporary files and folders named after the process that made them, and their removal
/// once that process is gone (killed, crashed, out of power), so that no debris piles up.
///
/// A name carries the owner's pid right after a fixed prefix: `PREFIX<pid>-<random><suffix>`.
/// The next run of the same command removes the entries whose pid no longer names a process
/// (`kill(pid, 0)` fails with `ESRCH`); an entry of a running process, or one whose owner
/// cannot be judged (another user's process), is left alone.
package enum StaleTemporaryFiles {
    /// A fresh name for a temporary entry of this process: `PREFIX<pid>-<random><suffix>`.
    package static func name(prefix: String, suffix: String = "") -> String {
        "\(prefix)\(getpid())-\(String(UInt32.random(in: 0...UInt32.max), radix: 16))\(suffix)"
    }

    /// Removes the entries of `folder` named `PREFIX<pid>-…<suffix>` whose process has ended;
    /// with `marker`, only those that are folders holding a file of that name (a folder a
    /// command fills, such as a site being built, is marked first, so that a folder the user
    /// happened to name the same way is never deleted).
    package static func remove(in folder: String, prefix: String, suffix: String = "", marker: String? = nil) {
        let folder = folder.isEmpty ? "." : folder
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix(suffix) {
            let rest = entry.utf8.dropFirst(prefix.utf8.count)
            guard let dash = rest.firstIndex(of: UInt8(ascii: "-")),
                let pid = pid_t(String(decoding: rest[..<dash], as: UTF8.self)), pid > 0, isGone(pid)
            else { continue }
            let path = (folder as NSString).appendingPathComponent(entry)
            if let marker {
                var status = stat()
                let markerPath = (path as NSString).appendingPathComponent(marker)
                guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR,
                    lstat(markerPath, &status) == 0
                else { continue }
            }
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    /// Whether no process has this id.
    package static func isGone(_ pid: pid_t) -> Bool {
        pid != getpid() && kill(pid, 0) != 0 && errno == ESRCH
    }
}
