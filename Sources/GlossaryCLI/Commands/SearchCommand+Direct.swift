import ArgumentParser
import GlossaryKit

extension SearchCommand {
    /// The command for `arguments` (those after `search`) when they have the plain shape of
    /// nearly every search; nil for anything else, which ArgumentParser then parses.
    ///
    /// ArgumentParser builds a command by reflecting on its properties (`Mirror`) and decoding
    /// them, which has the Swift runtime search the binary's 7,000 protocol conformances
    /// again and again: about 2 ms, a third of a search from the shell on the shipped content.
    /// The plain shape is words that do not start with `-`, and `--content DIR`,
    /// `--index PATH`, `--lang fr|en`, `--limit N` and `--json` at most once each, in any
    /// order. Help, `--name=value`, `--`, a repeated option, an unknown option or an invalid
    /// value all return nil, so their messages and exit codes stay ArgumentParser's; values
    /// are converted and validated by the same code ArgumentParser uses. A test checks that
    /// the two parsers agree.
    static func parsedDirectly(_ arguments: some Sequence<String>) -> SearchCommand? {
        var words: [String] = []
        var json = false
        var content: String?, index: String?, lang: String?, limit: String?
        var iterator = arguments.makeIterator()
        // The value after an option given for the first time, unless it looks like an option.
        func fill(_ slot: inout String?) -> Bool {
            guard slot == nil, let value = iterator.next(), !value.hasPrefix("-") else { return false }
            slot = value
            return true
        }
        while let argument = iterator.next() {
            switch argument {
            case "--json":
                guard !json else { return nil }
                json = true
            case "--content": guard fill(&content) else { return nil }
            case "--index": guard fill(&index) else { return nil }
            case "--lang": guard fill(&lang) else { return nil }
            case "--limit": guard fill(&limit) else { return nil }
            default:
                guard !argument.hasPrefix("-") else { return nil }
                words.append(argument)
            }
        }
        var command = SearchCommand()
        command.query = words
        command.json = json
        command.lang = nil
        if let lang {
            guard let parsed = Language(argument: lang) else { return nil }
            command.lang = parsed
        }
        command.limit = defaultLimit
        if let limit {
            guard let parsed = Int(argument: limit) else { return nil }
            command.limit = parsed
        }
        var options = ContentOptions()
        options.content = content
        options.index = index
        command.options = options
        do {
            try options.validate()
            try command.validate()
        } catch {
            return nil
        }
        return command
    }
}
