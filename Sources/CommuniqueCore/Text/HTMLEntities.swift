/// Decodes the HTML entities and strips the tag remnants a scraper leaves in text.
public enum HTMLEntities {
  private static let named: [String: String] = [
    "nbsp": " ", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "rsquo": "’",
    "lsquo": "‘", "rdquo": "”", "ldquo": "“", "laquo": "«", "raquo": "»", "eacute": "é",
    "egrave": "è", "ecirc": "ê", "euml": "ë", "agrave": "à", "acirc": "â", "ccedil": "ç",
    "icirc": "î", "iuml": "ï", "ocirc": "ô", "ouml": "ö", "ugrave": "ù", "ucirc": "û",
    "uuml": "ü", "Eacute": "É", "Egrave": "È", "Agrave": "À", "Ccedil": "Ç", "oelig": "œ",
    "OElig": "Œ", "aelig": "æ", "hellip": "…", "ndash": "–", "mdash": "—", "euro": "€",
    "deg": "°", "thinsp": " ", "ensp": " ", "emsp": " ", "shy": "", "copy": "©", "reg": "®",
    "trade": "™", "middot": "·", "bull": "•",
  ]
  private static let entity = Pattern(#"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});"#)
  private static let mailLink = Pattern(
    #"(?:<a\s+href=)?"mailto:[^"\s]*"\s*>|</a>|<(?:/?(?:p|br|strong|em|b|i|span|div|u))\s*/?>"#,
    caseInsensitive: true)

  /// `text` with mail-link remnants and simple tags removed and entities decoded.
  public static func clean(_ text: String) -> String {
    let marks = MarkupBytes.marks(in: text)
    guard marks != 0 else { return text }
    var result = text
    if marks & MarkupBytes.tag != 0 {
      result = mailLink.replacing(in: result, with: "")
      guard marks & MarkupBytes.ampersand != 0, result.containsText("&") else { return result }
    }
    guard marks & MarkupBytes.ampersand != 0 else { return result }
    var output = ""
    var last = result.startIndex
    for match in entity.matches(in: result) {
      guard let nameRange = match.groups[0], let value = decode(String(result[nameRange]))
      else { continue }
      output += result[last..<match.range.lowerBound]
      output += value
      last = match.range.upperBound
    }
    output += result[last...]
    return output
  }

  private static func decode(_ name: String) -> String? {
    if name.hasPrefix("#") {
      let digits = name.dropFirst()
      let value =
        digits.first == "x" || digits.first == "X"
        ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
      guard let value, let scalar = Unicode.Scalar(value), !Sanitiser.isUnsafe(scalar) else {
        return nil
      }
      return scalar == "\u{A0}" ? " " : String(scalar)
    }
    return named[name]
  }
}
