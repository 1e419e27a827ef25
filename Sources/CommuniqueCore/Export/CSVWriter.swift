/// Writes tables as CSV (RFC 4180): fields quoted when they hold a comma, a quote or a line
/// break, quotes doubled, every record ended by CRLF.
public enum CSVWriter {
  /// The whole table: the header, then one record per row.
  public static func table(header: [String], rows: [[String]]) -> String {
    ([header] + rows).map(record).joined()
  }

  /// One record, CRLF included.
  public static func record(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + "\r\n"
  }

  /// One field, quoted when it needs to be.
  public static func field(_ text: String) -> String {
    let special = text.contains { $0 == "," || $0 == "\"" || $0.isNewline }
    guard special else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
