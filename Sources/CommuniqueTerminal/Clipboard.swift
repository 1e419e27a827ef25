import CommuniqueTUI
import Foundation

/// Puts text on the clipboard through a `ClipboardBackend`: OSC 52 written to the terminal, or
/// a tool (`tmux load-buffer -w -`, `wl-copy`, `xclip`, `xsel`, `pbcopy`) fed on its standard
/// input. Never reads the clipboard back.
public enum Clipboard {
  /// The largest OSC 52 sequence sent; many terminals drop longer ones.
  static let osc52Limit = 100_000

  /// Copies `text`, returning the message for `update`: copied, or why not.
  public static func copy(_ text: String, summary: String, via backend: ClipboardBackend)
    -> Message
  {
    let failure: String?
    switch backend {
    case .none:
      failure = "le presse-papiers est désactivé (--clipboard none ou fichier de configuration)."
    case .osc52:
      failure = writeOSC52(text)
    case .tmux, .wlCopy, .xclip, .xsel, .pbcopy:
      failure = ClipboardTool.run(backend.command ?? [], input: Array(text.utf8))
    }
    if let failure { return .copyFailed(reason: failure) }
    return .copied(summary: summary, via: backend)
  }

  /// Whether a program is on the `PATH` (for `ClipboardChoice`).
  public static func isInstalled(_ name: String) -> Bool {
    ClipboardTool.path(of: name) != nil
  }

  /// The escape sequence that asks the terminal to put `text` on the clipboard.
  static func sequence(for text: String) -> [UInt8] {
    Array("\u{1B}]52;c;".utf8) + base64(Array(text.utf8)) + [0x07]
  }

  private static func writeOSC52(_ text: String) -> String? {
    let bytes = sequence(for: text)
    guard bytes.count <= osc52Limit else {
      return "le texte dépasse la limite d’OSC 52 (100 ko)."
    }
    let written = bytes.withUnsafeBufferPointer { buffer in
      write(STDOUT_FILENO, buffer.baseAddress, buffer.count)
    }
    return written == bytes.count ? nil : "le terminal n’a pas accepté la séquence OSC 52."
  }

  private static let alphabet = Array(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

  private static func base64(_ bytes: [UInt8]) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity((bytes.count + 2) / 3 * 4)
    var index = 0
    while index < bytes.count {
      let chunk = bytes[index..<min(index + 3, bytes.count)]
      let value = chunk.enumerated().reduce(UInt32(0)) {
        $0 | UInt32($1.element) << (16 - 8 * $1.offset)
      }
      for position in 0..<4 {
        let character = alphabet[Int(value >> (18 - 6 * position) & 0x3F)]
        output.append(position <= chunk.count ? character : UInt8(ascii: "="))
      }
      index += 3
    }
    return output
  }
}
