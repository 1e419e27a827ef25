import Foundation

@testable import CommuniqueCore

/// The organisation stage's helpers as they were before they read bytes and scalars: the
/// oracles that `OrganisationStageOracleTests` compares the new code with.
enum OrganisationOracle {
  /// The old `AcronymPairing.name(before:acronym:)`, on `String` by characters.
  static func name(before: Substring, acronym: String) -> String? {
    let words = tokens(before)
    guard !words.isEmpty else { return nil }
    let letters = acronym.filter(\.isLetter).uppercased()
    var suffixInitials = ""
    for count in 1...min(words.count, 14) {
      let slice = Array(words.suffix(count))
      suffixInitials = initials(of: slice[0]) + suffixInitials
      guard let first = slice.first, !first.comma, suffixInitials == letters else { continue }
      let capitalised = isCapitalised(first.bare)
      let commas = slice.dropFirst().contains(where: \.comma)
      if capitalised && !commas { return phrase(slice) }
      if letters.count >= 3, bodyNouns.contains(first.bare.lowercased()),
        !capitalised || !commas
          || InstitutionNouns.all.contains(first.bare)
      {
        return phrase(slice)
      }
    }
    var headStart: Int?
    var index = words.count - 1
    while index >= 0 && words.count - index <= 14 {
      let word = words[index]
      if stopWords.contains(word.bare.lowercased()) && !isCapitalised(word.bare) { break }
      if word.comma && index + 1 < words.count && !isCapitalised(words[index + 1].bare) { break }
      if InstitutionNouns.all.contains(word.bare) { headStart = index }
      index -= 1
    }
    if let headStart {
      return abbreviatesRole(words, before: headStart, letters: letters)
        ? nil : phrase(Array(words[headStart...]))
    }
    var runStart = words.count
    while runStart > 0 {
      let word = words[runStart - 1]
      let bare = word.bare
      guard !word.comma || runStart == words.count,
        isCapitalised(bare) || AcronymPairing.connectors.contains(bare.lowercased())
      else { break }
      runStart -= 1
    }
    while runStart < words.count, !isCapitalised(words[runStart].bare) { runStart += 1 }
    guard runStart < words.count else { return nil }
    return phrase(Array(words[runStart...]))
  }

  private static let stopWords: Set<String> = [
    "dont", "qui", "que", "avec", "par", "a", "ont", "est", "sont", "été", "ainsi", "entre",
    "chez", "comme", "notamment", "grâce", "avait", "avaient", "sera", "seront", "fait",
    "font", "selon", "mais", "or", "donc", "car", "lorsque", "quand", "où", "si",
  ]

  private static let bodyNouns: Set<String> =
    InstitutionNouns.lowercased.union([
      "forces", "force", "brigade", "unité", "garde", "gardes", "police", "gendarmerie", "armée",
    ])

  private static func abbreviatesRole(_ words: [Word], before index: Int, letters: String) -> Bool {
    var position = index - 1
    while position >= 0, AcronymPairing.connectors.contains(words[position].bare.lowercased()) {
      position -= 1
    }
    var roleStart: Int?
    while position >= 0, isRoleWord(words[position].bare.lowercased()) {
      roleStart = position
      position -= 1
    }
    guard let roleStart, let initial = words[roleStart].bare.first else { return false }
    return letters.first == Character(initial.uppercased())
  }

  private static func isRoleWord(_ word: String) -> Bool {
    PersonWords.roles.contains(word) || PersonWords.roleQualifiers.contains(word)
      || PersonWords.roleModifiers.contains(word)
  }

  /// A word before the parenthesis.
  struct Word {
    var text: String
    var bare: String
    var comma: Bool
  }

  /// The old tokenizer: the clause split by characters.
  static func tokens(_ text: Substring) -> [Word] {
    let clause = text[clauseStart(text)...]
    var words: [Word] = []
    for piece in clause.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }) {
      var text = String(piece)
      var comma = false
      if text.hasSuffix(",") {
        text.removeLast()
        comma = true
      }
      guard !text.isEmpty else { continue }
      words.append(Word(text: text, bare: stripElision(text), comma: comma))
    }
    if let last = words.indices.last { words[last].comma = false }
    return words
  }

  private static func clauseStart(_ text: Substring) -> Substring.Index {
    let bytes = text.utf8
    var position = bytes.endIndex
    while position > bytes.startIndex {
      let stop = position
      position = bytes.index(before: position)
      switch bytes[position] {
      case UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
        UInt8(ascii: "?"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["),
        UInt8(ascii: "]"), UInt8(ascii: "\n"):
        return stop
      case 0xAB, 0xBB:
        if position > bytes.startIndex, bytes[bytes.index(before: position)] == 0xC2 {
          return stop
        }
      default: continue
      }
    }
    return text.startIndex
  }

  /// The old `AcronymPairing.stripElision`.
  static func stripElision(_ word: String) -> String {
    guard let first = word.utf8.first, "lLdDqQ".utf8.contains(first) else { return word }
    let lower = word.lowercased()
    for prefix in ["l’", "l'", "d’", "d'", "qu’", "qu'"] where lower.hasPrefix(prefix) {
      let rest = word.dropFirst(prefix.count)
      if !rest.isEmpty { return String(rest) }
    }
    return word
  }

  private static func isCapitalised(_ word: String) -> Bool {
    word.first?.isUppercase == true
  }

  private static func initials(of word: Word) -> String {
    guard !AcronymPairing.connectors.contains(word.bare.lowercased()) else { return "" }
    var result = ""
    for part in word.bare.split(separator: "-")
    where !AcronymPairing.connectors.contains(part.lowercased()) {
      if let first = part.first, first.isLetter { result += String(first).uppercased() }
    }
    return result
  }

  private static func phrase(_ words: [Word]) -> String {
    var parts: [String] = []
    for (index, word) in words.enumerated() {
      parts.append((index == 0 ? word.bare : word.text) + (word.comma ? "," : ""))
    }
    return parts.joined(separator: " ")
  }

  /// The old `AcronymToken.ranges(in:)`, on the string's scalars.
  static func acronymTokens(in text: String) -> [Range<String.Index>] {
    let scalars = Array(text.unicodeScalars)
    var indices: [String.Index] = []
    var index = text.unicodeScalars.startIndex
    while index < text.unicodeScalars.endIndex {
      indices.append(index)
      index = text.unicodeScalars.index(after: index)
    }
    indices.append(text.unicodeScalars.endIndex)
    var ranges: [Range<String.Index>] = []
    var position = 0
    while position < scalars.count {
      guard isUppercase(scalars[position]),
        position == 0 || !isLetterOrDigit(scalars[position - 1])
      else {
        position += 1
        continue
      }
      var runEnd = position + 1
      while runEnd < scalars.count, runEnd - position < 10,
        isUppercase(scalars[runEnd]) || ("0"..."9").contains(scalars[runEnd])
          || scalars[runEnd] == "&"
      {
        runEnd += 1
      }
      var end = runEnd
      while end > position + 1, end < scalars.count, isLetterOrDigit(scalars[end]) {
        end -= 1
      }
      if end > position + 1, end == scalars.count || !isLetterOrDigit(scalars[end]) {
        ranges.append(indices[position]..<indices[end])
        position = end
      } else {
        position += 1
      }
    }
    return ranges
  }

  private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return ("A"..."Z").contains(scalar) }
    return scalar.properties.generalCategory == .uppercaseLetter
  }

  private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      return ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar)
        || ("0"..."9").contains(scalar)
    }
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .decimalNumber, .letterNumber, .otherNumber:
      return true
    default: return false
    }
  }
}
