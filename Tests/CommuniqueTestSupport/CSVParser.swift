/// A strict RFC 4180 reader for tests: quoted fields, doubled quotes, CRLF record ends.
public enum CSVParser {
  /// What is wrong with a text that should be CSV.
  public struct Failure: Error, CustomStringConvertible, Sendable {
    /// The explanation.
    public var description: String
  }

  /// The records of `text`, each a list of fields.
  /// - Throws: `Failure` on a bare LF outside quotes, a stray quote or an unclosed field.
  public static func parse(_ text: String) throws -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var afterQuote = false
    var scalars = text.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      if quoted {
        if scalar == "\"" {
          quoted = false
          afterQuote = true
        } else {
          field.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"" where afterQuote:
        field.append("\"")
        quoted = true
        afterQuote = false
      case "\"" where field.isEmpty:
        quoted = true
      case "\"":
        throw Failure(description: "guillemet au milieu d’un champ")
      case ",":
        record.append(field)
        field = ""
        afterQuote = false
      case "\r":
        guard scalars.next() == "\n" else { throw Failure(description: "CR sans LF") }
        record.append(field)
        records.append(record)
        record = []
        field = ""
        afterQuote = false
      case "\n":
        throw Failure(description: "LF sans CR")
      default:
        guard !afterQuote else { throw Failure(description: "texte après un guillemet fermant") }
        field.unicodeScalars.append(scalar)
      }
    }
    guard !quoted else { throw Failure(description: "champ entre guillemets non fermé") }
    guard record.isEmpty, field.isEmpty else { throw Failure(description: "pas de CRLF final") }
    return records
  }
}
