import Foundation

/// A `[TextKey: Value]` table that also answers from the bytes of a plain key (every scalar
/// below U+0300 or `’`, as `TextKey.isPlain` says): plain keys compare byte for byte, so its
/// plain keys are put in a `ByteKeyTable`. A plain text is in normal form C and `String`s
/// compare by that form, so a plain text equals another key only if that key's normal form C
/// is the text: such a key is put in the byte table under that form; a key whose form is not
/// plain equals no plain text (nor does one that holds General Punctuation other than `’`,
/// U+2000…U+206F: none of those scalars composes, and none decomposes below U+0300). Only a
/// key whose composed form `String` does not take as equal to it (never seen) leaves the
/// dictionary to answer. A class, read in place: a look-up copies nothing.
final class TextKeyTable<Value: Sendable>: Sendable {
  /// The table as a dictionary.
  let dictionary: [TextKey: Value]
  /// The dictionary's plain keys and their values.
  private let plain: ByteKeyTable<Value>
  /// Whether the dictionary has keys that are not plain and may equal a plain key.
  private let hasOtherKeys: Bool

  init(_ dictionary: [TextKey: Value]) {
    self.dictionary = dictionary
    var pairs: [(key: [UInt8], value: Value)] = []
    var hasOtherKeys = false
    for (key, value) in dictionary {
      if key.isPlain {
        pairs.append((Array(key.text.utf8), value))
      } else if !key.text.unicodeScalars.contains(where: Self.isPunctuation) {
        let composed = key.text.precomposedStringWithCanonicalMapping
        var bytes = composed
        if composed != key.text {
          hasOtherKeys = true
        } else if bytes.withUTF8(TextKey.isPlain) {
          pairs.append((Array(composed.utf8), value))
        }
      }
    }
    plain = ByteKeyTable(pairs)
    self.hasOtherKeys = hasOtherKeys
  }

  /// Whether `scalar` is General Punctuation (U+2000…U+206F) other than `’`.
  private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    (0x2000..<0x2070).contains(scalar.value) && scalar != "’"
  }

  /// `dictionary[TextKey(key)]`.
  func value(for key: String) -> Value? {
    var bytes = key
    let plain = bytes.withUTF8 { bytes -> Value?? in
      TextKey.isPlain(bytes) ? .some(value(forPlain: bytes)) : .none
    }
    if let plain { return plain }
    return dictionary[TextKey(key)]
  }

  /// `dictionary[TextKey(key)]` for the key whose UTF-8 bytes are `bytes`, which are plain.
  func value(forPlain bytes: UnsafeBufferPointer<UInt8>) -> Value? {
    if let found = plain.value(for: bytes) { return found }
    guard hasOtherKeys else { return nil }
    return dictionary[TextKey(String(decoding: bytes, as: UTF8.self))]
  }
}
