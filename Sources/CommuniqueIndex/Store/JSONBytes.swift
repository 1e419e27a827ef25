import CommuniqueCore
import Foundation

/// JSON written into a byte buffer: objects, arrays of objects or strings, strings and integers
/// (a class, so that the closures writing an object's fields write into the same buffer). Keys
/// come out in the order they are written.
///
/// The buffer is memory it owns, grown by doubling: appending a byte is a store, not an
/// array's uniqueness and capacity checks (they were most of the writing); strings are copied
/// in runs between the bytes to escape, found eight bytes at a time.
final class JSONBytes {
  private static let hexDigits = Array("0123456789abcdef".utf8)
  /// Whether strings are escaped exactly as `JSONEncoder` escapes them (`/` as `\/`, and
  /// backspace, form feed and carriage return by their short forms), for JSON compared as text.
  private let escapesLikeJSONEncoder: Bool
  private var start: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  private var count = 0
  private var needsComma = false

  /// An empty buffer; `escapingLikeJSONEncoder` as `escapesLikeJSONEncoder`.
  init(escapingLikeJSONEncoder: Bool = false, capacity: Int = 16_384) {
    escapesLikeJSONEncoder = escapingLikeJSONEncoder
    self.capacity = max(capacity, 16)
    start = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
  }

  deinit {
    start.deallocate()
  }

  /// The JSON so far, as `Data`.
  var data: Data { Data(bytes: start, count: count) }

  /// An object whose fields `body` writes.
  func object(_ body: () -> Void) {
    append(UInt8(ascii: "{"))
    needsComma = false
    body()
    append(UInt8(ascii: "}"))
    needsComma = true
  }

  /// A field holding an array of objects, each written by `body`.
  func array<Element>(_ name: StaticString, _ elements: [Element], _ body: (Element) -> Void) {
    key(name)
    append(UInt8(ascii: "["))
    needsComma = false
    for (index, element) in elements.enumerated() {
      if index > 0 { append(UInt8(ascii: ",")) }
      object { body(element) }
    }
    append(UInt8(ascii: "]"))
    needsComma = true
  }

  /// A field holding an array of strings.
  func field(_ name: StaticString, _ values: [String]) {
    key(name)
    append(UInt8(ascii: "["))
    for (index, value) in values.enumerated() {
      if index > 0 { append(UInt8(ascii: ",")) }
      string(value)
    }
    append(UInt8(ascii: "]"))
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
    reserve(name.utf8CodeUnitCount + 4)
    if needsComma { store(UInt8(ascii: ",")) }
    store(UInt8(ascii: "\""))
    (start + count).update(from: name.utf8Start, count: name.utf8CodeUnitCount)
    count += name.utf8CodeUnitCount
    store(UInt8(ascii: "\""))
    store(UInt8(ascii: ":"))
  }

  /// `value` in decimal, as `String(value)` spells it: its digits from the highest power of
  /// ten it reaches down.
  private func integer(_ value: Int) {
    reserve(20)
    if value < 0 { store(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    var power: UInt = 1
    while power <= magnitude / 10 { power *= 10 }
    repeat {
      store(UInt8(ascii: "0") + UInt8(magnitude / power))
      magnitude %= power
      power /= 10
    } while power > 0
  }

  /// `text` quoted, with quotes, backslashes and control characters escaped; the runs in
  /// between copied whole.
  private func string(_ text: String) {
    var text = text
    append(UInt8(ascii: "\""))
    text.withUTF8 { utf8 in
      var runStart = 0
      var index = 0
      while index < utf8.count {
        if index + 8 <= utf8.count, !mayNeedEscape(ByteWord.load(utf8, at: index)) {
          index += 8
          continue
        }
        let byte = utf8[index]
        if needsEscape(byte) {
          append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
          escape(byte)
          runStart = index + 1
        }
        index += 1
      }
      append(UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }
    append(UInt8(ascii: "\""))
  }

  /// Whether `byte` is written escaped.
  @inline(__always)
  private func needsEscape(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
      || (byte == UInt8(ascii: "/") && escapesLikeJSONEncoder)
  }

  /// Whether one of the eight bytes of `word` may need escaping: one below 0x20, a quote, a
  /// backslash or a slash (`ByteWord`'s marks, combined and tested once; a slash is looked at
  /// even when it is not escaped).
  @inline(__always)
  private func mayNeedEscape(_ word: UInt64) -> Bool {
    ByteWord.marks(below: 0x20, in: word) | ByteWord.marks(of: UInt8(ascii: "\""), in: word)
      | ByteWord.marks(of: UInt8(ascii: "\\"), in: word)
      | ByteWord.marks(of: UInt8(ascii: "/"), in: word) != 0
  }

  private func escape(_ byte: UInt8) {
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"):
      append(UInt8(ascii: "\\"), byte)
    case UInt8(ascii: "\n"): append(UInt8(ascii: "\\"), UInt8(ascii: "n"))
    case UInt8(ascii: "\t"): append(UInt8(ascii: "\\"), UInt8(ascii: "t"))
    case 0x08 where escapesLikeJSONEncoder: append(UInt8(ascii: "\\"), UInt8(ascii: "b"))
    case 0x0C where escapesLikeJSONEncoder: append(UInt8(ascii: "\\"), UInt8(ascii: "f"))
    case UInt8(ascii: "\r") where escapesLikeJSONEncoder:
      append(UInt8(ascii: "\\"), UInt8(ascii: "r"))
    default:
      append(UInt8(ascii: "\\"), UInt8(ascii: "u"))
      append(UInt8(ascii: "0"), UInt8(ascii: "0"))
      append(Self.hexDigits[Int(byte >> 4)], Self.hexDigits[Int(byte & 0xF)])
    }
  }

  /// Appends `byte`.
  @inline(__always)
  private func append(_ byte: UInt8) {
    reserve(1)
    store(byte)
  }

  /// Appends `first` then `second`.
  private func append(_ first: UInt8, _ second: UInt8) {
    reserve(2)
    store(first)
    store(second)
  }

  /// Appends `run`.
  private func append(_ run: UnsafeBufferPointer<UInt8>) {
    guard let base = run.baseAddress, !run.isEmpty else { return }
    reserve(run.count)
    (start + count).update(from: base, count: run.count)
    count += run.count
  }

  /// Stores `byte` after the others, room for it being reserved.
  @inline(__always)
  private func store(_ byte: UInt8) {
    start[count] = byte
    count += 1
  }

  /// Makes room for `more` bytes after the others.
  @inline(__always)
  private func reserve(_ more: Int) {
    if count + more > capacity { grow(to: count + more) }
  }

  /// Doubles the buffer until it holds `needed` bytes.
  private func grow(to needed: Int) {
    while capacity < needed { capacity *= 2 }
    let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    larger.update(from: start, count: count)
    start.deallocate()
    start = larger
  }
}
