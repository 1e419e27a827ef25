/// JSON written into a byte buffer: objects, arrays of objects or strings, strings and integers
/// (a class, so that the closures writing an object's fields write into the same buffer). Keys
/// come out in the order they are written.
final class JSONBytes {
  private static let hexDigits = Array("0123456789abcdef".utf8)
  /// Whether strings are escaped exactly as `JSONEncoder` escapes them (`/` as `\/`, and
  /// backspace, form feed and carriage return by their short forms), for JSON compared as text.
  private let escapesLikeJSONEncoder: Bool
  /// The JSON so far. Exclusivity is not checked at run time: only this class, on one thread,
  /// reaches it, one access at a time, and the checks were a third of the writing.
  @exclusivity(unchecked) private(set) var bytes: [UInt8] = []
  @exclusivity(unchecked) private var needsComma = false

  /// An empty buffer; `escapingLikeJSONEncoder` as `escapesLikeJSONEncoder`.
  init(escapingLikeJSONEncoder: Bool = false, capacity: Int = 16_384) {
    escapesLikeJSONEncoder = escapingLikeJSONEncoder
    bytes.reserveCapacity(capacity)
  }

  /// An object whose fields `body` writes.
  func object(_ body: () -> Void) {
    bytes.append(UInt8(ascii: "{"))
    needsComma = false
    body()
    bytes.append(UInt8(ascii: "}"))
    needsComma = true
  }

  /// A field holding an array of objects, each written by `body`.
  func array<Element>(_ name: StaticString, _ elements: [Element], _ body: (Element) -> Void) {
    key(name)
    bytes.append(UInt8(ascii: "["))
    needsComma = false
    for (index, element) in elements.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      object { body(element) }
    }
    bytes.append(UInt8(ascii: "]"))
    needsComma = true
  }

  /// A field holding an array of strings.
  func field(_ name: StaticString, _ values: [String]) {
    key(name)
    bytes.append(UInt8(ascii: "["))
    for (index, value) in values.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      string(value)
    }
    bytes.append(UInt8(ascii: "]"))
    needsComma = true
  }

  /// A string field, left out when nil.
  func field(_ name: StaticString, _ value: String?) {
    guard let value else { return }
    key(name)
    string(value)
    needsComma = true
  }

  /// An integer field, left out when nil.
  func field(_ name: StaticString, _ value: Int?) {
    guard let value else { return }
    key(name)
    integer(value)
    needsComma = true
  }

  /// A field's name, quoted, and its colon, after a comma when a value came before (names are
  /// plain ASCII literals: nothing to escape).
  func key(_ name: StaticString) {
    if needsComma { bytes.append(UInt8(ascii: ",")) }
    bytes.append(UInt8(ascii: "\""))
    bytes.append(
      contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    bytes.append(UInt8(ascii: "\""))
    bytes.append(UInt8(ascii: ":"))
  }

  /// `value` in decimal, as `String(value)` spells it.
  private func integer(_ value: Int) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    let first = bytes.count
    repeat {
      bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
      magnitude /= 10
    } while magnitude > 0
    bytes[first...].reverse()
  }

  /// `text` quoted, with quotes, backslashes and control characters escaped; the runs in
  /// between copied whole.
  private func string(_ text: String) {
    var text = text
    bytes.append(UInt8(ascii: "\""))
    text.withUTF8 { utf8 in
      var start = 0
      for (offset, byte) in utf8.enumerated()
      where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
        || (byte == UInt8(ascii: "/") && escapesLikeJSONEncoder)
      {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<offset]))
        escape(byte)
        start = offset + 1
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
    }
    bytes.append(UInt8(ascii: "\""))
  }

  private func escape(_ byte: UInt8) {
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"):
      bytes.append(contentsOf: [UInt8(ascii: "\\"), byte])
    case UInt8(ascii: "\n"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
    case UInt8(ascii: "\t"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
    case 0x08 where escapesLikeJSONEncoder:
      bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
    case 0x0C where escapesLikeJSONEncoder:
      bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
    case UInt8(ascii: "\r") where escapesLikeJSONEncoder:
      bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
    default:
      bytes.append(contentsOf: [
        UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
        Self.hexDigits[Int(byte >> 4)], Self.hexDigits[Int(byte & 0xF)],
      ])
    }
  }
}
