/// A photo credit in a caption line (`… Photo : OIM 2023/Prénom Nom`, `© OIM/Prénom Nom`).
enum PhotoCredit {
  private static let labels = [
    "Photo :", "Photo:", "Photos :", "Photos:", "Photo ©", "Crédit photo :", "Crédit :",
    "Crédits :", "Crédit:", "©",
  ]

  /// Bytes every credit holds one of: lines without them are not read further.
  private static let cues = LiteralSet(["Photo", "Crédit", "©"])

  /// The credit of a caption: what follows its last `Photo :` or `©`, when the line is short
  /// enough to be a caption.
  static func credit(in text: String) -> Substring? {
    guard text.utf8.count <= 600, cues.occurs(in: text) else { return nil }
    // Typography puts a no-break space before the colon (`Photo :`).
    let text =
      text.containsText("\u{00A0}") ? text.replacingOccurrences(of: "\u{00A0}", with: " ") : text
    for label in labels {
      if let range = text.range(of: label, options: .backwards) {
        let credit = text[range.upperBound...].trimmingWhiteSpace()
        return credit.isEmpty || credit.count > 120 ? nil : Substring(credit)
      }
    }
    return nil
  }

  /// The photographer a credit names (`OIM 2023/M.Prénom Nom` → `Prénom Nom`,
  /// `Prénom NOM/IOM` → `Prénom NOM`): the part between slashes that reads as a name, without
  /// a leading initial.
  static func photographer(in text: String) -> String? {
    guard let credit = credit(in: text) else { return nil }
    for part in credit.split(separator: "/").reversed() {
      var name = part.trimmingWhiteSpace()
      if name.count > 2, name.dropFirst().first == ".", name.first?.isUppercase == true {
        name = String(name.dropFirst(2)).trimmingWhiteSpace()
      }
      while let last = name.last, !last.isLetter { name.removeLast() }
      if readsAsName(name) { return name }
    }
    return nil
  }

  private static func readsAsName(_ name: String) -> Bool {
    let words = name.split(separator: " ")
    guard (2...4).contains(words.count), !name.contains(where: \.isNumber),
      words.allSatisfy({ $0.first?.isUppercase == true }),
      words.contains(where: { $0.contains(where: \.isLowercase) })
    else { return false }
    return !words.contains {
      Gazetteer.entry(for: String($0)) != nil || KnownOrganisations.isKnown(String($0))
    }
  }
}
