import Foundation
import Testing

/// End-to-end tests of `glossary export` and `glossary import`, run on the built binary.
struct InterchangeCLITests {
}
