/// Writes contacts as vCard 4.0 (RFC 6350): CRLF line endings, text values escaped, lines
/// folded at 75 octets without cutting a UTF-8 sequence.
public enum VCardWriter {
  /// One card for a contact; `note` (the release title, for instance) goes in `NOTE`.
  public static func card(for contact: Contact, note: String? = nil) -> String {
    let (family, given) = nameParts(contact.name)
    var lines = [
      "BEGIN:VCARD",
      "VERSION:4.0",
      "FN:" + escape(contact.name),
      "N:" + [family, given, "", "", ""].map(escape).joined(separator: ";"),
    ]
    if let office = contact.office { lines.append("ORG:" + escape(office)) }
    for phone in contact.phones { lines.append(telephone(phone)) }
    for email in contact.emails { lines.append("EMAIL;TYPE=work:" + escape(email)) }
    if let note, !note.isEmpty { lines.append("NOTE:" + escape(note)) }
    lines.append("END:VCARD")
    return lines.map(fold).joined()
  }

  /// `TEL` as a `tel:` URI when the number has a country code, else as text.
  static func telephone(_ phone: Phone) -> String {
    let type: String
    switch phone.label {
    case "mobile": type = "TYPE=\"work,cell\""
    case "fax": type = "TYPE=\"work,fax\""
    default: type = "TYPE=work"
    }
    if let e164 = phone.e164 { return "TEL;VALUE=uri;\(type):tel:\(e164)" }
    return "TEL;VALUE=text;\(type):" + escape(PhoneNumber.tidy(phone.raw))
  }

  /// The family name (every word after the first) and the given name (the first word).
  static func nameParts(_ name: String) -> (family: String, given: String) {
    let words = name.split(separator: " ")
    guard words.count > 1 else { return (name, "") }
    return (words.dropFirst().joined(separator: " "), String(words[0]))
  }

  /// A text value with `\`, `,`, `;` and line breaks escaped.
  public static func escape(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "\\": result += "\\\\"
      case ",": result += "\\,"
      case ";": result += "\\;"
      case "\n", "\r\n", "\r": result += "\\n"
      default: result.append(character)
      }
    }
    return result
  }

  /// A content line folded into chunks of at most 75 octets, each ended by CRLF; continuation
  /// lines start with one space.
  static func fold(_ line: String) -> String {
    var result = ""
    var used = 0
    for character in line {
      let octets = character.utf8.count
      if used + octets > 75 {
        result += "\r\n "
        used = 1
      }
      result.append(character)
      used += octets
    }
    return result + "\r\n"
  }
}
