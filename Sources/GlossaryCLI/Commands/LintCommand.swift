import ArgumentParser
import Foundation
import GlossaryInterchange
import GlossaryLint
import GlossaryModel
import GlossarySearch
import GlossaryStore

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check a document's terminology against the knowledge base.",
        discussion: """
            Reads Markdown (.md), HTML (.html) or plain text (any other name, or - for standard \
            input), checks only the prose (not code, markup, link addresses or attributes), \
            guesses the language of each paragraph (French or English; --lang to force it) and \
            reports every term the knowledge base marks deprecated or obsolete, with what to \
            write instead, in the language of the text:

              report.md:12:5: warning: « SSII » est un terme obsolète ; employez « ESN » / \
            « entreprise de services du numérique » [esn]

            Matching ignores case, accents, apostrophes and hyphens, and reduces plurals; \
            multi-word terms may span lines. --fix rewrites the files with the suggested terms \
            (keeping the case pattern and, in French, making the article agree) and prints a \
            unified diff; --fix --dry-run only prints the diff.

            Exit status: 0 no finding (or all fixed), 1 findings, 64 usage error, 66 a file \
            cannot be read or the content folder is missing, 74 a file cannot be written.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, sarif }
    enum Strictness: String, ExpressibleByArgument, CaseIterable { case deprecated, obsolete }

    @Argument(help: ArgumentHelp("The documents to check; - reads standard input.", valueName: "file"))
    var files: [String]

    @Option(help: ArgumentHelp("The language of every paragraph, instead of guessing it.", valueName: "fr|en"))
    var lang: Language?

    @Flag(help: "Also report terms that a terminology authority cited in the content does not recommend (e.g. « infogérance », FranceTerme INFO711).")
    var authority = false

    @Option(
        name: .customLong("min-status"),
        help: ArgumentHelp("deprecated reports deprecated and obsolete terms; obsolete only obsolete ones.", valueName: "status"))
    var minStatus: Strictness = .deprecated

    @Option(help: ArgumentHelp("Output format: text, json (one object per finding) or sarif (SARIF 2.1.0).", valueName: "format"))
    var format: Format = .text

    @Flag(help: "Same as --format json.")
    var json = false

    @Flag(help: "Rewrite the files with the suggested terms and print a unified diff.")
    var fix = false

    @Flag(name: .customLong("dry-run"), help: "With --fix: print the diff, change nothing.")
    var dryRun = false

    @OptionGroup var options: ContentOptions

    func validate() throws {
        if dryRun && !fix { throw ValidationError("--dry-run goes with --fix") }
        if fix && (json || format != .text) { throw ValidationError("--fix prints a diff: leave out --json and --format") }
        if files.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read once") }
    }

    func run() throws {
        // Every file is read first: a missing one stops the command before any output.
        var documents: [(name: String, bytes: [UInt8])] = []
        for name in files {
            if name == "-" {
                documents.append((name, Array(FileHandle.standardInput.readDataToEndOfFile())))
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: name, isDirectory: &isDirectory), !isDirectory.boolValue,
                let data = FileManager.default.contents(atPath: name)
            else {
                Failure.print("cannot read '\(name)': no such file, or not a readable file; check the path")
                throw ExitCode(66)
            }
            documents.append((name, Array(data)))
        }
        let opened = try options.openIndex()
        let concepts = try Failure.report { try opened.index.allConcepts() }
        let linter = Linter(
            concepts: concepts,
            options: Linter.Options(
                minStatus: minStatus == .obsolete ? .obsolete : .deprecated, authority: authority, language: lang))
        var all: [LintFinding] = []
        var unfixed = 0
        for document in documents {
            let findings = linter.lint(document.bytes, file: document.name, format: DocumentFormat(path: document.name))
            all += findings
            guard fix else { continue }
            let edits = LintFixer.edits(document.bytes, findings: findings, concepts: concepts)
            unfixed += findings.count - edits.count
            guard !edits.isEmpty else { continue }
            let fixed = LintFixer.apply(edits, to: document.bytes)
            print(UnifiedDiff.make(old: document.bytes, edits: edits, path: document.name), terminator: "")
            if dryRun { continue }
            if document.name == "-" {
                FileHandle.standardOutput.write(Data(fixed))
            } else {
                try Failure.report { try AtomicFile.write(Data(fixed), to: document.name) }
            }
        }
        if fix {
            let count = all.count - unfixed
            Terminal.stderr.print(
                "\(count) term(s) \(dryRun ? "would be " : "")replaced in \(documents.count) file(s)"
                    + (unfixed > 0 ? "; \(unfixed) without a suggestion left as they are" : ""))
            if dryRun ? !all.isEmpty : unfixed > 0 { throw ExitCode(1) }
            return
        }
        switch json ? .json : format {
        case .json:
            print(try JSONOutput.encode(all))
        case .sarif:
            print(try JSONOutput.encode(SARIFLog(findings: all, toolVersion: Glossary.configuration.version)))
        case .text:
            // One write for the whole report: a line per finding was a system call per finding.
            let out = Terminal.stdout
            let label = out.style("warning:", .yellow, .bold)
            var report = ""
            for f in all { report += "\(f.file):\(f.line):\(f.column): \(label) \(Self.visible(f.message))\n" }
            if !report.isEmpty { out.print(String(report.dropLast())) }
            if !all.isEmpty {
                Terminal.stderr.print("\(all.count) finding(s) in \(Set(all.map(\.file)).count) of \(documents.count) file(s)")
            }
        }
        if !all.isEmpty { throw ExitCode(1) }
    }

    /// Control characters from a document shown escaped, never sent raw to the terminal.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return text }
        return String(
            text.unicodeScalars.flatMap { scalar -> [Character] in
                scalar.properties.generalCategory == .control ? Array("\\u{\(String(scalar.value, radix: 16))}") : [Character(scalar)]
            })
    }
}
