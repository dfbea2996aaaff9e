import Foundation

/// The one folder under the system's temporary directory that a test process writes into.
///
/// Tests make hundreds of temporary folders (progress files, indexes, sites). They all go in
/// `glossary-tests-<pid>`, and the first test to ask removes the folders of test processes
/// that have ended, so runs do not pile up in `/tmp` even when a test stops before its own
/// clean-up.
public enum TestScratch {
    /// `glossary-tests-<pid>` in the temporary directory, created on first use.
    public static let root: URL = {
        let base = FileManager.default.temporaryDirectory
        let prefix = "glossary-tests-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? [] where name.hasPrefix(prefix) {
            // kill(pid, 0) fails with ESRCH once no process has that id.
            if let pid = Int32(name.dropFirst(prefix.count)), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH {
                try? FileManager.default.removeItem(at: base.appendingPathComponent(name))
            }
        }
        let root = base.appendingPathComponent("\(prefix)\(getpid())")
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return root
    }()

    /// A new path in ``root`` (not created): `name-<uuid>`.
    public static func path(_ name: String) -> URL {
        root.appendingPathComponent("\(name)-\(UUID().uuidString)")
    }
}
