/// Stage 8b: the press contacts at the end of a release.
///
/// Reads both the block form (one item per line: name, office, `Tél. …`, `E-mail :` then the
/// address, `ou` between people) and the inline form (`veuillez contacter Nom, OIM X,
/// Tel : …, Email : …`).
public enum ContactsParser {
  private static let header = Pattern(
    #"^.*?(?:veuillez\s+contacter|contactez|contacter|joindre|s['’]adresser\s+à|:)\s*:?\s*"#,
    caseInsensitive: true)
  private static let label = Pattern(
    #"^(t[ée]l[ée]phone|t[ée]l|phone|mobile|portable|cellulaire|cell|gsm|fax|e-?mail|"#
      + #"courriel|mail)\b\.?\s*[:.]?\s*"#,
    caseInsensitive: true, prerequisite: { ContactBytes.mayOpenWithLabel($0) })
  private static let labelInside = Pattern(
    #"(?<=\S)\s+(?=(?:T[ée]l[ée]phone|T[ée]l|Tel|Phone|Mobile|Portable|Fax|E-?mail|Email|"#
      + #"Courriel)\b\.?\s*[:.])"#,
    caseInsensitive: true, prerequisite: { ContactBytes.mayHoldLabel($0) })
  private static let separators: Set<String> = ["ou", "or", "et", "and"]

  /// The contacts in the section that starts with its header line.
  public static func parse(_ lines: [String]) -> [Contact] {
    var builder = Builder()
    for (offset, rawLine) in unwrapped(lines).enumerated() {
      var line = HTMLEntities.clean(rawLine)
      if offset == 0 {
        line = ContactsLeadIn.stripped(line) ?? header.replacing(in: line, with: "")
      }
      for item in items(of: line) { builder.take(item) }
    }
    return builder.finish()
  }

  /// The inline form wrapped over several lines (some lines end with a comma) is joined
  /// back into one line; the block form stays one item per line.
  static func unwrapped(_ lines: [String]) -> [String] {
    let nonEmpty = lines.filter { !$0.isEmpty }
    guard nonEmpty.dropLast().contains(where: { $0.hasSuffix(",") }) else { return nonEmpty }
    return [nonEmpty.joined(separator: " ")]
  }

  /// Splits a line into items: at commas and semicolons, before labels, around ` ou `.
  static func items(of line: String) -> [String] {
    let marked = LabelMarks.marked(line) ?? labelInside.replacing(in: line, with: "\u{1F}")
    var result: [String] = []
    for piece in ContactBytes.pieces(of: marked) {
      let parts =
        piece.containsText(" ou ") ? piece.components(separatedBy: " ou ") : [String(piece)]
      for (index, part) in parts.enumerated() {
        var trimmed = part.trimmingWhiteSpace()
        if index > 0
          || (ContactBytes.mayOpenWithOu(trimmed) && trimmed.lowercased().hasPrefix("ou "))
        {
          result.append("ou")
          if index == 0 { trimmed = String(trimmed.dropFirst(3)).trimmingWhiteSpace() }
        }
        let cleaned =
          trimmed.hasSuffix(".") && !trimmed.containsText("@")
          ? String(trimmed.dropLast()).trimmingWhiteSpace() : trimmed
        if !cleaned.isEmpty { result.append(cleaned) }
      }
    }
    return result
  }

  /// Accumulates items into contacts.
  private struct Builder {
    var contacts: [Contact] = []
    var current: Contact?
    var separated = false
    var phoneLabel: String?

    mutating func take(_ item: String) {
      // A separator is at most three bytes long, lower-casing shrinks a scalar no more than
      // four times.
      if item.utf8.count <= 12 && separators.contains(item.lowercased()) {
        separated = true
        return
      }
      var value = item
      var itemLabel: String?
      if let opening = openingLabel(item) {
        itemLabel = normalisedLabel(String(item[..<opening.nameEnd]))
        value = String(item[opening.end...]).trimmingWhiteSpace()
        if value.isEmpty {
          if itemLabel != "email" { phoneLabel = itemLabel }
          return
        }
      }
      let emails = EmailRuns.ranges(in: value).map { String(value[$0]) }
      if !emails.isEmpty {
        for address in emails where !(current?.emails.contains(address) ?? false) {
          ensureContact()
          current?.emails.append(address)
        }
        separated = false
        return
      }
      let phones = PhoneNumber.find(in: value)
      if !phones.isEmpty, itemLabel != nil || PhoneNumber.digitCount(value) * 2 >= value.count {
        ensureContact()
        let kind = itemLabel ?? phoneLabel ?? "tel"
        for raw in phones {
          current?.phones.append(Phone(raw: raw, e164: PhoneNumber.e164(raw), label: kind))
        }
        separated = false
        return
      }
      takeText(value)
    }

    /// Where the label that opens `item` ends, and the match with the white space and colon
    /// after it: read on the bytes, or by the regular expression when they cannot tell.
    private func openingLabel(_ item: String) -> (nameEnd: String.Index, end: String.Index)? {
      guard ContactBytes.mayOpenWithLabel(item) else { return nil }
      switch ContactLabelReader.opening(item) {
      case .none: return nil
      case .label(let nameEnd, let end):
        let utf8 = item.utf8
        return (
          utf8.index(utf8.startIndex, offsetBy: nameEnd), utf8.index(utf8.startIndex, offsetBy: end)
        )
      case .unknown:
        guard let match = label.firstMatch(in: item), let name = match.groups[0] else { return nil }
        return (name.upperBound, match.range.upperBound)
      }
    }

    private mutating func takeText(_ text: String) {
      guard text.count <= 120, text.contains(where: \.isLetter) else { return }
      let startsNew =
        current == nil || separated || !(current?.phones.isEmpty ?? true)
        || !(current?.emails.isEmpty ?? true)
      separated = false
      if startsNew {
        closeCurrent()
        var name = text
        var office: String?
        if let open = text.firstIndex(of: "("), text.last == ")" {
          name = text[..<open].trimmingWhiteSpace()
          office = text[text.index(after: open)..<text.index(before: text.endIndex)]
            .trimmingWhiteSpace()
        }
        current = Contact(name: name, office: office)
      } else if current?.office == nil {
        current?.office = text
      }
    }

    private mutating func ensureContact() {
      if current == nil { current = Contact(name: "", office: nil) }
    }

    private mutating func closeCurrent() {
      if let contact = current, !contact.phones.isEmpty || !contact.emails.isEmpty {
        contacts.append(contact)
      }
      current = nil
      phoneLabel = nil
    }

    mutating func finish() -> [Contact] {
      closeCurrent()
      return contacts
    }

    private func normalisedLabel(_ text: String) -> String {
      let lower = text.lowercased()
      if lower.hasPrefix("mob") || lower.hasPrefix("port") || lower.hasPrefix("cel")
        || lower == "gsm"
      {
        return "mobile"
      }
      if lower == "fax" { return "fax" }
      if lower.containsText("mail") || lower == "courriel" { return "email" }
      return "tel"
    }
  }
}
