/// The graphic rendition (SGR) in force at a point of a line of `tmux capture-pane -e` output:
/// which attributes and colours apply to the text there.
public struct SGRState: Equatable, Sendable {
  /// Active parameters by kind: `bold`, `underline`, `reverse`, `fg`, `bg`.
  public private(set) var active: [String: String] = [:]

  /// The state at the first occurrence of `text` in `line`, or nil when `text` is absent.
  public init?(in line: Substring, before text: String) {
    guard let end = line.range(of: text)?.lowerBound else { return nil }
    let prefix = line[..<end]
    for sequence in prefix.split(separator: "\u{1B}", omittingEmptySubsequences: true)
    where sequence.hasPrefix("[") {
      guard let close = sequence.firstIndex(of: "m") else { continue }
      let body = sequence[sequence.index(after: sequence.startIndex)..<close]
      apply(body.split(separator: ";", omittingEmptySubsequences: false).map(String.init))
    }
  }

  /// Whether text there is bold.
  public var isBold: Bool { active["bold"] != nil }

  private mutating func apply(_ parameters: [String]) {
    var index = 0
    while index < parameters.count {
      let parameter = parameters[index]
      switch parameter {
      case "", "0": active = [:]
      case "1": active["bold"] = "1"
      case "22": active["bold"] = nil
      case "4": active["underline"] = "4"
      case "24": active["underline"] = nil
      case "7": active["reverse"] = "7"
      case "27": active["reverse"] = nil
      case "39": active["fg"] = nil
      case "49": active["bg"] = nil
      case "38", "48":
        let extra = parameters.dropFirst(index + 1).prefix(1).first == "5" ? 2 : 4
        let value = parameters.dropFirst(index).prefix(extra + 1).joined(separator: ";")
        active[parameter == "38" ? "fg" : "bg"] = value
        index += extra
      default:
        if parameter.count == 2, parameter.hasPrefix("3") { active["fg"] = parameter }
        if parameter.count == 2, parameter.hasPrefix("4") { active["bg"] = parameter }
      }
      index += 1
    }
  }
}
