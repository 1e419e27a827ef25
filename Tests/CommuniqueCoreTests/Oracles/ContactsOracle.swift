import Foundation

@testable import CommuniqueCore

/// `ContactsParser` as it was before its byte-level shortcuts, with `PhoneNumber.e164` as it
/// was.
///
/// Stage 8b: the press contacts at the end of a release.
///
/// Reads both the block form (one item per line: name, office, `Tél. …`, `E-mail :` then the
/// address, `ou` between people) and the inline form (`veuillez contacter Nom, OIM X,
/// Tel : …, Email : …`).
enum ContactsOracle {
  static let header = Pattern(
    #"^.*?(?:veuillez\s+contacter|contactez|contacter|joindre|s['’]adresser\s+à|:)\s*:?\s*"#,
    caseInsensitive: true)
  static let label = Pattern(
    #"^(t[ée]l[ée]phone|t[ée]l|phone|mobile|portable|cellulaire|cell|gsm|fax|e-?mail|"#
      + #"courriel|mail)\b\.?\s*[:.]?\s*"#,
    caseInsensitive: true)
  private static let labelInside = Pattern(
    #"(?<=\S)\s+(?=(?:T[ée]l[ée]phone|T[ée]l|Tel|Phone|Mobile|Portable|Fax|E-?mail|Email|"#
      + #"Courriel)\b\.?\s*[:.])"#,
    caseInsensitive: true, prerequisite: { labelWords.occurs(in: $0.lowercased()) })
  /// What every label `labelInside` finds holds once lower-cased (none of their letters folds
  /// otherwise than it lower-cases).
  private static let labelWords = LiteralSet([
    "tel", "tél", "phone", "mobile", "portable", "fax", "mail", "courriel",
  ])
  static let email = Pattern(
    #"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"#, requiringOneOf: ["@"])
  private static let separators: Set<String> = ["ou", "or", "et", "and"]

  /// The contacts in the section that starts with its header line.
  static func parse(_ lines: [String]) -> [Contact] {
    var builder = Builder()
    for (offset, rawLine) in unwrapped(lines).enumerated() {
      var line = HTMLEntities.clean(rawLine)
      if offset == 0 { line = header.replacing(in: line, with: "") }
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
  /// The line with its label marks, as the regular expression makes them.
  static func marked(_ line: String) -> String {
    labelInside.replacing(in: line, with: "\u{1F}")
  }

  static func items(of line: String) -> [String] {
    let marked = labelInside.replacing(in: line, with: "\u{1F}")
    var result: [String] = []
    for piece in marked.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\u{1F}" }) {
      let parts = piece.components(separatedBy: " ou ")
      for (index, part) in parts.enumerated() {
        var trimmed = part.trimmingWhiteSpace()
        if index > 0 || trimmed.lowercased().hasPrefix("ou ") {
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
      if separators.contains(item.lowercased()) {
        separated = true
        return
      }
      var value = item
      var itemLabel: String?
      if let match = label.firstMatch(in: item), let name = match.groups[0] {
        itemLabel = normalisedLabel(String(item[name]))
        value = String(item[match.range.upperBound...]).trimmingWhiteSpace()
        if value.isEmpty {
          if itemLabel != "email" { phoneLabel = itemLabel }
          return
        }
      }
      let emails = email.matches(in: value).map { String(value[$0.range]) }
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
          current?.phones.append(Phone(raw: raw, e164: e164(raw), label: kind))
        }
        separated = false
        return
      }
      takeText(value)
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

  /// The E.164 form (`+218913832596`) of a number written with its country code; nil
  /// when the number has no `+` or `00` prefix or the wrong number of digits.
  static func e164(_ raw: String) -> String? {
    let trimmed = raw.trimmingWhiteSpace()
    let international = trimmed.hasPrefix("+") || trimmed.hasPrefix("00")
    guard international else { return nil }
    var digits = trimmed.replacingOccurrences(of: "(0)", with: "").filter(\.isASCIIDigit)
    if !trimmed.hasPrefix("+") { digits.removeFirst(2) }
    guard (8...15).contains(digits.count) else { return nil }
    return "+" + digits
  }
}
