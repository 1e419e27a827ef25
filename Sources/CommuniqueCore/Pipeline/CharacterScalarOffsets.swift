/// Where each character of a paragraph starts, counted in scalars (quote extents count
/// characters, spans count scalars).
struct CharacterScalarOffsets {
  /// The scalar offset of each character and of the end; nil when every scalar is a
  /// character of its own, each offset then its character's.
  private let offsets: [Int]?
  /// The number of characters.
  let count: Int

  /// Reads `text`: nothing to read when it is plain Latin (`isPlainLatin`: every scalar is
  /// then a character of its own, the typographic apostrophe and quotes of French included),
  /// character by character otherwise.
  init(_ text: ScalarText) {
    if text.text.isPlainLatin {
      offsets = nil
      count = text.scalars.count
      return
    }
    var offsets = [0]
    var offset = 0
    for character in text.text {
      offset += character.unicodeScalars.count
      offsets.append(offset)
    }
    self.offsets = offsets
    count = offsets.count - 1
  }

  /// The scalar offset where character `index` starts (`count`: the end).
  func scalarOffset(of index: Int) -> Int {
    offsets?[index] ?? index
  }
}
