/// The saying verbs of `QuoteExtractor`'s attribution patterns (`(?:a\s+|avait\s+)?(?:…)`),
/// read by hand: each piece (`déclar[ée]`, `rappel(?:le|é)`, `s['’]est\s+[\p{Ll}]+` …) is
/// parsed once into a few elements, and every end a verb can have at a place is visited in
/// the order the regular expression engine tries them.
struct VerbPattern: Sendable {
  private enum Element: Sendable {
    /// One scalar of the set (a letter is a set of one).
    case scalars([UInt32])
    /// `\s`.
    case space
    /// `[\p{Ll}]`.
    case lowercase
    /// `(?:a|b)`: literals, in order.
    case group([[UInt8]])
  }

  private enum Quantifier: Sendable {
    case one, optional, oneOrMore
  }

  private struct Item: Sendable {
    var element: Element
    var quantifier: Quantifier
  }

  /// The pieces, parsed, in order.
  private let pieces: [[Item]]
  /// For each first byte, the pieces (indices, in order) that can start with it.
  private let piecesByFirstByte: [[Int]]
  private static let auxiliaries = [Array("a".utf8), Array("avait".utf8)]

  /// Parses `pieces` (literal letters and spaces, `[…]` classes of letters or `\p{Ll}`,
  /// `(?:…|…)` groups of literals, `\s`, and the quantifiers `?` and `+`).
  init(_ pieces: [String]) {
    self.pieces = pieces.map(Self.parse)
    var byFirstByte = [[Int]](repeating: [], count: 256)
    for (index, piece) in self.pieces.enumerated() {
      guard case .one = piece[0].quantifier else { preconditionFailure("optional start") }
      var first: Set<UInt8> = []
      switch piece[0].element {
      case .scalars(let values):
        for value in values { first.insert(Array(String(Unicode.Scalar(value)!).utf8)[0]) }
      case .group(let literals): for literal in literals { first.insert(literal[0]) }
      case .space, .lowercase: first = Set(0...255)
      }
      for byte in first { byFirstByte[Int(byte)].append(index) }
    }
    piecesByFirstByte = byFirstByte
  }

  private static func parse(_ piece: String) -> [Item] {
    var items: [Item] = []
    var characters = Array(piece.unicodeScalars)[...]
    while let character = characters.popFirst() {
      var element: Element
      switch character {
      case "\\":
        precondition(characters.popFirst() == "s", "unsupported escape in \(piece)")
        element = .space
      case "[":
        let close = characters.firstIndex(of: "]")!
        let inside = String(String.UnicodeScalarView(characters[..<close]))
        characters = characters[(close + 1)...]
        element = inside == #"\p{Ll}"# ? .lowercase : .scalars(inside.unicodeScalars.map(\.value))
      case "(":
        let close = characters.firstIndex(of: ")")!
        let inside = String(String.UnicodeScalarView(characters[..<close]))
        precondition(inside.hasPrefix("?:"), "unsupported group in \(piece)")
        characters = characters[(close + 1)...]
        element = .group(
          inside.dropFirst(2).split(separator: "|", omittingEmptySubsequences: false).map {
            Array($0.utf8)
          })
      default:
        precondition(!"]){}*.|^$".unicodeScalars.contains(character), "unsupported \(piece)")
        element = .scalars([character.value])
      }
      var quantifier = Quantifier.one
      if characters.first == "?" {
        quantifier = .optional
        characters = characters.dropFirst()
      } else if characters.first == "+" {
        quantifier = .oneOrMore
        characters = characters.dropFirst()
      }
      items.append(Item(element: element, quantifier: quantifier))
    }
    return items
  }

  /// Calls `visit` with each end of a verb (auxiliary included) that starts at `offset`, in
  /// the engine's order, until it returns true; returns whether it did.
  func visitEnds(in text: PatternText, at offset: Int, _ visit: (Int) -> Bool) -> Bool {
    for auxiliary in Self.auxiliaries where text.holds(auxiliary, at: offset) {
      // `\s+`, longest first.
      var spaces: [Int] = []
      var index = offset + auxiliary.count
      while index < text.count {
        let (value, length) = text.scalar(at: index)
        guard PatternText.isSpace(value) else { break }
        index += length
        spaces.append(index)
      }
      for start in spaces.reversed() where visitPieceEnds(in: text, at: start, visit) {
        return true
      }
    }
    return visitPieceEnds(in: text, at: offset, visit)
  }

  private func visitPieceEnds(in text: PatternText, at offset: Int, _ visit: (Int) -> Bool)
    -> Bool
  {
    guard offset < text.count else { return false }
    for index in piecesByFirstByte[Int(text.bytes[offset])]
    where visitEnds(pieces[index][...], in: text, at: offset, visit) {
      return true
    }
    return false
  }

  private func visitEnds(
    _ items: ArraySlice<Item>, in text: PatternText, at offset: Int, _ visit: (Int) -> Bool
  ) -> Bool {
    guard let item = items.first else { return visit(offset) }
    let rest = items.dropFirst()
    switch item.quantifier {
    case .one:
      for end in steps(item.element, in: text, at: offset)
      where visitEnds(rest, in: text, at: end, visit) {
        return true
      }
      return false
    case .optional:
      for end in steps(item.element, in: text, at: offset)
      where visitEnds(rest, in: text, at: end, visit) {
        return true
      }
      return visitEnds(rest, in: text, at: offset, visit)
    case .oneOrMore:
      var ends: [Int] = []
      var index = offset
      while let end = steps(item.element, in: text, at: index).first {
        ends.append(end)
        index = end
      }
      for end in ends.reversed() where visitEnds(rest, in: text, at: end, visit) {
        return true
      }
      return false
    }
  }

  /// Where one match of `element` at `offset` can end, in order.
  private func steps(_ element: Element, in text: PatternText, at offset: Int) -> [Int] {
    if case .group(let literals) = element {
      return literals.filter { text.holds($0, at: offset) }.map { offset + $0.count }
    }
    guard offset < text.count else { return [] }
    let (value, length) = text.scalar(at: offset)
    switch element {
    case .scalars(let values): return values.contains(value) ? [offset + length] : []
    case .space: return PatternText.isSpace(value) ? [offset + length] : []
    case .lowercase: return PatternText.isLowercase(value) ? [offset + length] : []
    case .group: return []
    }
  }
}
