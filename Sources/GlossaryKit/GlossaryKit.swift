// `import GlossaryKit` brings every capability of the glossary library at once; each is also
// its own module, for a client that needs only one (README, "Architecture").
@_exported import GlossaryInterchange
@_exported import GlossaryLint
@_exported import GlossaryModel
@_exported import GlossaryQuiz
@_exported import GlossarySearch
@_exported import GlossarySite
@_exported import GlossaryStore
