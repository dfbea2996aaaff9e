import Foundation
import GlossaryTestSupport

/// Runs the built `glossary` binary, as a user would, and captures what it prints: the one
/// runner of the end-to-end tests.
struct CLIRunner {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The repository root, from this file's location.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `glossary` executable: `$GLOSSARY_BIN`, else next to the test bundle (SwiftPM puts
    /// both in the same build folder), else `.build/debug/glossary`.
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["GLOSSARY_BIN"], !path.isEmpty { return URL(fileURLWithPath: path) }
        var candidates: [URL] = []
        for start in [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()] {
            var directory = start
            for _ in 0..<4 {
                candidates.append(directory.appendingPathComponent("glossary"))
                directory.deleteLastPathComponent()
            }
        }
        candidates.append(root.appendingPathComponent(".build/debug/glossary"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }()

    /// The fixture content of the library tests.
    static let fixture = root.appendingPathComponent("Tests/GlossaryKitTests/Fixtures/content").path

    /// What the quiz tests run with: no colour, a dumb terminal, UTF-8, UTC.
    static let quiz = CLIRunner(environment: ["NO_COLOR": "1", "TERM": "dumb", "LANG": "C.UTF-8", "TZ": "UTC"])

    /// Added to the inherited environment, from which the colour setting and glossary's own
    /// variables (content, progress) are removed first.
    var environment: [String: String] = [:]
    /// The working folder, when not the test's own.
    var directory: URL?

    /// Runs `glossary arguments` with `environment` added, `input` on stdin, in `directory`.
    static func run(
        _ arguments: [String], environment: [String: String] = [:], input: String? = nil,
        directory: URL? = nil
    ) throws -> Output {
        try CLIRunner(environment: environment, directory: directory).run(arguments, input: input)
    }

    /// Starts `glossary arguments` without waiting, in ``directory`` when there is one; stdin is
    /// closed after `input` when there is one, and left open for the test to write otherwise.
    func start(_ arguments: [String], input: String? = nil) throws -> (Process, Pipe, Pipe, Pipe) {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for key in ["NO_COLOR", "GLOSSARY_CONTENT", "GLOSSARY_PROGRESS"] { env.removeValue(forKey: key) }
        env.merge(environment) { $1 }
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
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

    /// Runs `glossary arguments` to the end with `input` (default: nothing) on stdin.
    func run(_ arguments: [String], input: String? = nil) throws -> Output {
        let (process, _, stdout, stderr) = try start(arguments, input: input ?? "")
        // Both pipes are read at once, so a command that fills one (64 kB) cannot block.
        let errors = DataBox(), group = DispatchGroup()
        DispatchQueue.global().async(group: group) { errors.data = stderr.fileHandleForReading.readDataToEndOfFile() }
        let outData = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        group.wait()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errors.data, as: UTF8.self))
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = TestScratch.path("glossary-cli")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Bytes handed from the reading thread to the test, which reads them only after `group.wait()`.
final class DataBox: @unchecked Sendable {
    var data = Data()
}
