import Foundation
import GlossaryModel

/// The saved terminal settings, restored on exit and by the signal handlers (which can only
/// reach global state).
nonisolated(unsafe) private var savedTerminal: termios?

private func restoreTerminal() {
    if var settings = savedTerminal { tcsetattr(STDIN_FILENO, TCSAFLUSH, &settings) }
}

/// Reads the learner's answers. On a terminal, stdin is put in raw mode (no echo, no line
/// buffering, no signals) so a choice or a grade is one key, and Ctrl-C and Ctrl-D arrive as
/// bytes that end the session cleanly; the settings are restored by ``close()``, at exit,
/// and on SIGTERM/SIGHUP. Piped, it reads one line per answer and EOF means quit.
///
/// A class because it owns the terminal's state; used from the main thread only.
final class AnswerInput {
    enum Event: Equatable {
        case text(String)
        case quit
    }

    let isTerminal: Bool

    init() {
        isTerminal = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
        guard isTerminal else { return }
        var settings = termios()
        tcgetattr(STDIN_FILENO, &settings)
        savedTerminal = settings
        atexit { restoreTerminal() }
        for sig in [SIGTERM, SIGHUP] {
            signal(sig) { number in
                restoreTerminal(); _exit(128 + number)
            }
        }
        var raw = settings
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw)
    }

    func close() { restoreTerminal() }

    /// A typed answer: a line, edited with Backspace and Ctrl-U on a terminal.
    func line() -> Event {
        guard isTerminal else {
            guard let text = readLine(strippingNewline: true) else { return .quit }
            Terminal.stdout.print("› " + text)
            return text.trimming(newlines: false) == "q" ? .quit : .text(text)
        }
        var bytes: [UInt8] = [], pending: [UInt8] = []
        while let byte = readByte() {
            switch byte {
            case 3: return .quit // Ctrl-C
            case 4 where bytes.isEmpty: return .quit // Ctrl-D on an empty line
            case 13, 10:
                echo("\n")
                let text = String(decoding: bytes, as: UTF8.self)
                return text.trimming(newlines: false) == "q" ? .quit : .text(text)
            case 127, 8:
                guard !bytes.isEmpty else { continue }
                pending = []
                var text = String(decoding: bytes, as: UTF8.self)
                text.removeLast()
                bytes = Array(text.utf8)
                echo("\u{8} \u{8}")
            case 21: // Ctrl-U
                let count = String(decoding: bytes, as: UTF8.self).count
                echo(String(repeating: "\u{8} \u{8}", count: count))
                bytes = []
            case 27: // an escape sequence: ignored
                drainEscape()
            case 0..<32: continue
            default:
                bytes.append(byte)
                pending.append(byte)
                // Echo a character once its UTF-8 bytes are all there.
                if let text = String(bytes: pending, encoding: .utf8) { echo(text); pending = [] }
            }
        }
        return .quit
    }

    /// One key among `keys` (a terminal), or a line that is one of them (piped). `q`, Ctrl-C,
    /// Ctrl-D and EOF quit. Other keys are ignored; other lines too, with a hint.
    func key(_ keys: [String], hint: String) -> Event {
        while true {
            if isTerminal {
                guard let byte = readByte() else { return .quit }
                if byte == 3 || byte == 4 || byte == UInt8(ascii: "q") { return .quit }
                if byte == 27 { drainEscape(); continue }
                let key = byte == 13 || byte == 10 ? "\n" : String(decoding: [byte], as: UTF8.self).lowercased()
                if keys.contains(key) { return .text(key) }
            } else {
                guard let text = readLine(strippingNewline: true) else { return .quit }
                Terminal.stdout.print("› " + text)
                let answer = text.trimming(newlines: false).lowercased()
                if answer == "q" { return .quit }
                if keys.contains(answer) || (answer.isEmpty && keys.contains("\n")) { return .text(answer.isEmpty ? "\n" : answer) }
                Terminal.stdout.print(hint)
            }
        }
    }

    private func readByte() -> UInt8? {
        var byte: UInt8 = 0
        while true {
            let n = read(STDIN_FILENO, &byte, 1)
            if n == 1 { return byte }
            if n < 0 && errno == EINTR { continue }
            return nil
        }
    }

    /// Skips the rest of an escape sequence (arrow keys and the like) when it is already there.
    private func drainEscape() {
        var poller = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        while poll(&poller, 1, 10) > 0, let byte = readByte() {
            if (0x40...0x7E).contains(byte) && byte != UInt8(ascii: "[") && byte != UInt8(ascii: "O") { break }
        }
    }

    private func echo(_ text: String) {
        guard !text.isEmpty else { return }
        _ = text.withCString { write(STDOUT_FILENO, $0, strlen($0)) }
    }
}
