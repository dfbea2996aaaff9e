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
            concept file per entry into the concepts folder (default: <content>/concepts).

            All or nothing: malformed XML or CSV is reported with its line and column and nothing \
            is written; an existing file that would change is never replaced without --overwrite. \
            Values the content format has no field for (other languages, statuses such as \
            proposedTerm-admn-sts, reliability codes) are kept as notes and counted in a warning. \
            Then the content is checked as 'glossary check' does; exit status 65 if it has errors.
            """
    )

    @Option(help: "The format: tbx (v3 or v2, detected), tbx2 or csv.")
    var format: ImportFormat

    @Argument(help: ArgumentHelp("The file to import.", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("The folder to write concept files into (default: <content>/concepts).", valueName: "dir"))
    var into: String?

    @Flag(help: "Report what would be created, updated and skipped, and write nothing.")
    var dryRun = false

    @Flag(help: "Replace existing concept files whose content differs.")
    var overwrite = false

    @OptionGroup var options: ContentOptions

    static func contents(_ file: String) throws(GlossaryError) -> Data {
        guard let data = FileManager.default.contents(atPath: file) else { throw .inputNotFound(file) }
        return data
    }

    func run() throws {
        let content = options.contentDirectory
        let directory = into ?? (content as NSString).appendingPathComponent("concepts")
        let contentRoot = into.map { ($0 as NSString).deletingLastPathComponent } ?? content
        let domains = ContentLoader(directory: contentRoot).domains()
        let err = Terminal.stderr
        let (result, plan) = try Failure.report { () throws(GlossaryError) in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), !isFolder.boolValue else { throw .inputNotFound(file) }
            let result = switch format {
            case .tbx, .tbx2: try TBXImporter(domains: domains).read(file: file)
            case .csv: try CSVImporter(domains: domains).read(try Self.contents(file), path: file)
            }
            return (result, try ImportPlan(concepts: result.concepts, directory: directory, overwrite: overwrite))
        }
        for warning in result.warnings { err.print(err.style("warning:", .yellow) + " " + warning) }
        for item in plan.items where item.action != .skip || dryRun {
            let label = item.action == .conflict ? "exists, differs (needs --overwrite)" : item.action.rawValue
            Terminal.stdout.print("\(label): \(item.path)")
        }
        let verb = dryRun ? "would create" : "created"
        Terminal.stdout.print("\(plan.items.count) concept(s) read from \(file): \(verb) \(plan.count(.create)), " +
                              "\(dryRun ? "would update" : "updated") \(plan.count(.update)), skipped \(plan.count(.skip)) unchanged" +
                              (plan.count(.conflict) > 0 ? ", \(plan.count(.conflict)) would overwrite" : ""))
        if dryRun {
            if plan.count(.conflict) > 0 { throw ExitCode(73) }
            return
        }
        try Failure.report { () throws(GlossaryError) in try plan.apply() }
        let check = try Failure.report { () throws(GlossaryError) in try ContentLoader(directory: contentRoot).load() }
        let errors = check.diagnostics.errors
        for d in check.diagnostics.prefix(50) { err.print(d.description) }
        Terminal.stdout.print("check: \(errors.count) error(s), \(check.diagnostics.warnings.count) warning(s) in \(contentRoot)")
        if !errors.isEmpty {
            err.print("the files were written; fix the errors above (glossary check --content \(contentRoot) lists them all)")
            throw ExitCode(65)
        }
    }
}
