import ArgumentParser
import Foundation
import GlossaryInterchange
import GlossaryModel

extension ImportFormat: ExpressibleByArgument {}

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read TBX or CSV into concept files, then check the content.",
        discussion: """
            Reads TBX v3 or v2 (from this tool, IATE, MultiTerm, memoQ, LTAC's examples) or CSV \
            (one row per term, at least the columns concept, language, term) and writes one \
            concept file per entry into <content>/concepts (or --into DIR: DIR/concepts). A new or \
            empty content folder is created, with concepts/ and a domains.yaml listing the \
            file's subject fields, so that it passes 'glossary check' as it is. \
            Without --format, the format comes from the extension (.tbx, .csv), else from the \
            content (an XML root <tbx> or <martif>; a first row naming concept, language, term).

            All or nothing: malformed XML or CSV is reported with its line and column and nothing \
            is written; an existing concept file is compared field by field (its YAML layout does \
            not matter): an equal one is skipped, a different one is never replaced without \
            --overwrite. \
            Values the content format has no field for (other languages, statuses such as \
            proposedTerm-admn-sts, reliability codes) are kept as notes and counted in a warning. \
            Then the content is checked as 'glossary check' does; exit status 65 if it has errors.
            """
    )

    @Option(help: "The format: tbx (v3 or v2, detected), tbx2 or csv (default: from the file's extension, else its content).")
    var format: ImportFormat?

    @Argument(help: ArgumentHelp("The file to import.", valueName: "file"))
    var file: String

    @Option(
        help: ArgumentHelp(
            "The content folder to import into (default: the content folder); created, with concepts/ and a domains.yaml of the file's subject fields, when it is new or empty.",
            valueName: "dir"))
    var into: String?

    @Flag(help: "Report what would be created, updated and skipped, and write nothing.")
    var dryRun = false

    @Flag(help: "Replace existing concept files whose content differs.")
    var overwrite = false

    @OptionGroup var options: ContentOptions

    static func contents(_ file: String) throws(ImportError) -> Data {
        guard let data = FileManager.default.contents(atPath: file) else { throw .inputNotFound(file) }
        return data
    }

    func validate() throws {
        // --into used to name the concepts folder itself: refuse a folder of concept files.
        guard let into else { return }
        let fm = FileManager.default
        let names = (try? fm.contentsOfDirectory(atPath: into)) ?? []
        if !names.contains("concepts"), !names.contains("domains.yaml"), names.contains(where: { $0.hasSuffix(".yaml") }) {
            throw ValidationError(
                "'\(into)' holds concept files: --into names the content folder, the one that holds concepts/ and domains.yaml (here, probably '\((into as NSString).deletingLastPathComponent)')"
            )
        }
    }

    func run() throws {
        let destination = ImportDestination(root: into ?? options.contentDirectory)
        if into == nil, options.content == nil, Environment.value("GLOSSARY_CONTENT") == nil,
            !FileManager.default.fileExists(atPath: destination.root)
        {
            // Never create ./Content unasked: a new content folder is named on the command line.
            throw Failure.exit(ContentError.contentNotFound(destination.root))
        }
        let directory = destination.conceptsFolder
        let contentRoot = destination.root
        let domains = ContentLoader(directory: contentRoot).domains()
        let err = Terminal.stderr
        let (result, plan) = try Failure.report {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), !isFolder.boolValue,
                FileManager.default.isReadableFile(atPath: file)
            else { throw ImportError.inputNotFound(file) }
            let format: ImportFormat
            if let given = self.format { format = given } else { format = try ImportFormat.detect(path: file) }
            let result =
                switch format {
                case .tbx, .tbx2: try TBXImporter(domains: domains).read(file: file)
                case .csv: try CSVImporter(domains: domains).read(try Self.contents(file), path: file)
                }
            return (result, try ImportPlan(concepts: result.concepts, directory: directory, overwrite: overwrite))
        }
        for warning in result.warnings(writingDomains: destination.isNew) { err.print(err.style("warning:", .yellow) + " " + warning) }
        if destination.isNew {
            Terminal.stdout.print(
                "\(dryRun ? "would create" : "create"): \(destination.domainsFile) "
                    + "(\(result.newDomains.count) domain(s) from the file's subject fields: \(result.newDomainLabels))")
        }
        for item in plan.items where item.action != .skip || dryRun {
            let label = item.action == .conflict ? "exists, differs (needs --overwrite)" : item.action.rawValue
            Terminal.stdout.print("\(label): \(item.path)")
        }
        let verb = dryRun ? "would create" : "created"
        Terminal.stdout.print(
            "\(plan.items.count) concept(s) read from \(file): \(verb) \(plan.count(.create)), "
                + "\(dryRun ? "would update" : "updated") \(plan.count(.update)), skipped \(plan.count(.skip)) unchanged"
                + (plan.count(.conflict) > 0 ? ", \(plan.count(.conflict)) would overwrite" : ""))
        if dryRun {
            if plan.count(.conflict) > 0 { throw ExitCode(73) }
            return
        }
        if !destination.isNew, plan.items.allSatisfy({ $0.action == .skip }) {
            Terminal.stdout.print("nothing to do: every concept of \(file) is already in \(directory)")
            return
        }
        try Failure.report {
            try destination.create(domains: result.newDomains)
            do { try plan.apply() } catch {
                destination.undo()
                throw error
            }
        }
        let check = try Failure.report { try ContentLoader(directory: contentRoot).load() }
        let errors = check.diagnostics.errors
        for d in check.diagnostics.prefix(50) { err.print(d.description) }
        Terminal.stdout.print("check: \(errors.count) error(s), \(check.diagnostics.warnings.count) warning(s) in \(contentRoot)")
        if !errors.isEmpty {
            err.print("the files were written; fix the errors above (glossary check --content \(contentRoot) lists them all)")
            throw ExitCode(65)
        }
    }
}
