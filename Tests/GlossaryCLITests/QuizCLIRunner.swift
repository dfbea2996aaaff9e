import Foundation
import GlossaryTestSupport

/// Runs the built `glossary` binary for the quiz end-to-end tests: the tests pipe answers in
/// and read what a user would see.
struct QuizCLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The fixture knowledge base shared with GlossaryKitTests.
    static let fixtureContent = packageRoot.appendingPathComponent("Tests/GlossaryKitTests/Fixtures/content").path

    /// The `glossary` executable: `$GLOSSARY_BIN`, else next to the test bundle (SwiftPM puts
    /// both in the same build folder), else `.build/debug/glossary`.
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["GLOSSARY_BIN"], !path.isEmpty { return URL(fileURLWithPath: path) }
        var candidates: [URL] = []
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = runner.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(folder.appendingPathComponent("glossary"))
            folder = folder.deletingLastPathComponent()
        }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("glossary"))
        candidates.append(packageRoot.appendingPathComponent(".build/debug/glossary"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }()

    /// A fresh temporary folder, removed by the caller with `cleanUp`.
    static func temporaryDirectory() throws -> URL {
        let url = TestScratch.path("glossary-quiz")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    var environment: [String: String] = ["NO_COLOR": "1", "TERM": "dumb", "LANG": "C.UTF-8", "TZ": "UTC"]
    /// The working folder, when not the test's own.
    var directory: URL?

    /// Starts `glossary arguments` with `input` on stdin (closed after), without waiting.
    func start(_ arguments: [String], input: String? = nil) throws -> (Process, Pipe, Pipe, Pipe) {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "GLOSSARY_PROGRESS")
        env.merge(environment) { $1 }
        process.environment = env
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        return (process, stdin, stdout, stderr)
    }

    /// Runs `glossary arguments` to the end with `input` on stdin.
    func run(_ arguments: [String], input: String = "") throws -> Result {
        let (process, _, stdout, stderr) = try start(arguments, input: input)
        // Read both pipes before waiting, so a chatty command cannot fill a pipe and block.
        let errors = DataBox(), group = DispatchGroup()
        DispatchQueue.global().async(group: group) { errors.data = stderr.fileHandleForReading.readDataToEndOfFile() }
        let outData = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        group.wait()
        let errData = errors.data
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// Bytes handed from the reading thread to the test, which reads them only after `group.wait()`.
final class DataBox: @unchecked Sendable {
    var data = Data()
}
