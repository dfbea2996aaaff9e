import ArgumentParser
import Foundation
import GlossaryModel
import GlossarySearch
import GlossarySite
import GlossaryStore

struct SiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Build the bilingual static website, searchable offline.",
        discussion: """
            Writes a French and an English version of every page (fr/, en/), an A–Z index, \
            domain and concept pages, sitemap.xml and a client-side search index. Every link \
            is relative, so the site works opened from disk (file://) and under any path of a \
            static host.

            Templates are Mustache files in Site/templates and assets (CSS, JavaScript) are \
            copied from Site/assets, both read from the current folder; --templates DIR reads \
            DIR/templates and DIR/assets instead.

            The site is built in a temporary folder next to --out and swapped in only when \
            complete: invalid content (exit 65) or a template error (exit 65, with its file \
            and line) leaves the previous site untouched.

            --out is replaced only when it is missing, an empty folder, or a site glossary \
            built (it holds a .glossary-site marker). Any other folder or file is refused \
            (exit 73) and left as it is; --force replaces a non-empty folder anyway, but never \
            /, the home folder, the current folder or a folder holding the content, the \
            templates or the index.
            """
    )

    @Option(help: ArgumentHelp("The output folder.", valueName: "dir"))
    var out = "_site"

    @Option(
        name: .customLong("base-url"),
        help: ArgumentHelp("The site's public address, for sitemap.xml, canonical links and JSON-LD (default: relative URLs only).", valueName: "url"))
    var baseURL: String?

    @Option(help: ArgumentHelp("The folder holding templates/ and assets/.", valueName: "dir"))
    var templates = "Site"

    @Flag(help: "Replace --out even if it is a non-empty folder that glossary did not build.")
    var force = false

    @Flag(help: "Print the build report as one JSON object on stdout.")
    var json = false

    @OptionGroup var options: ContentOptions

    func validate() throws {
        if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
            throw ValidationError("--base-url must start with https:// or http://")
        }
    }

    func run() throws {
        let started = Date()
        let result = try Failure.report { try ContentLoader(directory: options.contentDirectory).load() }
        guard result.isValid else {
            let err = Terminal.stderr
            for d in result.diagnostics.errors { err.print(d.description) }
            Failure.print(
                "\(result.diagnostics.errors.count) error(s) in the content: the site was not built and '\(out)' was left as it was; fix them (glossary check lists them all)"
            )
            throw ExitCode(65)
        }
        let loaded = Date()
        var report = try Failure.report {
            let builder = try SiteBuilder(knowledgeBase: result.knowledgeBase, siteDirectory: templates, baseURL: baseURL)
            let output = URL(fileURLWithPath: out)
            let index = options.index ?? IndexLocation.defaultPath(forContent: options.contentDirectory)
            let protected = [options.contentDirectory, templates, index].map { URL(fileURLWithPath: $0) }
            return try SitePublisher.publish(to: output, force: force, protecting: protected) { folder in try builder.build(into: folder, reusing: output) }
        }
        // Reading and checking the content, and swapping the new site in (deleting the old one).
        report.seconds["load"] = (loaded.timeIntervalSince(started) * 1000).rounded() / 1000
        report.seconds["swap"] = ((Date().timeIntervalSince(loaded) - (report.seconds["build"] ?? 0)) * 1000).rounded() / 1000
        let seconds = Date().timeIntervalSince(started)
        if json {
            struct Output: Encodable { var out: String; var seconds: Double; var report: SiteBuilder.Report }
            print(try JSONOutput.encode(Output(out: out, seconds: (seconds * 1000).rounded() / 1000, report: report)))
        } else {
            Terminal.stdout.print(
                "Built \(report.pages) pages (\(report.concepts) concepts, \(report.terms) terms) into \(out)/ in \(String(format: "%.2f", seconds)) s; open \(out)/index.html"
            )
        }
    }
}
